#include "bytehistogram.h"

namespace ow::vision::scanimage {

ByteHistogram histogramOf(const cv::Mat &bytes) {
    if (bytes.empty() || bytes.type() != CV_8UC1)
        return {};
    // Four tables so that runs of one value do not wait on their own increments.
    std::array<std::array<int, 256>, 4> parts{};
    for (int y = 0; y < bytes.rows; ++y) {
        const uchar *row = bytes.ptr<uchar>(y);
        int x = 0;
        for (; x + 4 <= bytes.cols; x += 4) {
            ++parts[0][row[x]];
            ++parts[1][row[x + 1]];
            ++parts[2][row[x + 2]];
            ++parts[3][row[x + 3]];
        }
        for (; x < bytes.cols; ++x)
            ++parts[0][row[x]];
    }
    ByteHistogram counts{};
    for (const auto &part : parts)
        for (size_t v = 0; v < counts.size(); ++v)
            counts[v] += part[v];
    return counts;
}

int otsuLevel(const ByteHistogram &counts) {
    double total = 0.0, sum = 0.0;
    for (size_t v = 0; v < counts.size(); ++v) {
        total += counts[v];
        sum += static_cast<double>(v) * counts[v];
    }
    double lowerCount = 0.0, lowerSum = 0.0, best = 0.0;
    int level = 0;
    for (size_t v = 0; v < counts.size(); ++v) {
        lowerCount += counts[v];
        lowerSum += static_cast<double>(v) * counts[v];
        const double upperCount = total - lowerCount;
        if (lowerCount == 0.0 || upperCount == 0.0)
            continue;
        const double difference = lowerSum / lowerCount - (sum - lowerSum) / upperCount;
        const double between = lowerCount * upperCount * difference * difference;
        if (between > best) {
            best = between;
            level = static_cast<int>(v);
        }
    }
    return level;
}

} // namespace ow::vision::scanimage
