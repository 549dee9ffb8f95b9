#include "scanimage.h"

#include "areashrink.h"
#include "median5x5.h"

#include <opencv2/core/hal/intrin.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace ow::vision::scanimage {

namespace {

// The background copy's long side: the halvings leave it between half this and this (600 was
// the fixed size before; 900 keeps an 800 px copy whole and a 1400 px one at 700, so that every
// copy stays near that detail: limiting it to 600 turned a near-blank photo upside down).
constexpr int kBackgroundSide = 900;
constexpr int kMinBackground = 24;

// Four labels at p, all zero (paper).
bool fourZero(const int *p) {
    std::uint64_t words[2];
    std::memcpy(words, p, sizeof words);
    return (words[0] | words[1]) == 0;
}

// Averaged by exactly two (OpenCV's fast path for INTER_AREA); an odd last row or column is
// left out, which moves no pixel centre.
cv::Mat halved(const cv::Mat &image) {
    cv::Mat half;
    cv::resize(image(cv::Rect(0, 0, image.cols & ~1, image.rows & ~1)), half,
               cv::Size(image.cols / 2, image.rows / 2), 0, 0, cv::INTER_AREA);
    return half;
}

// sums[x] = a[x] (twice when doubleA) + b[x] (+ c[x] when there is a third row), over a row of
// `width` bytes, with SIMD where there is any: the column sums of the 3-to-1 and 3-to-2 block
// averages.
void sumRows(std::uint16_t *sums, int width, const uchar *a, bool doubleA, const uchar *b,
             const uchar *c) {
    int x = 0;
#if CV_SIMD128
    for (; x + 16 <= width; x += 16) {
        cv::v_uint16x8 a0, a1, b0, b1;
        cv::v_expand(cv::v_load(a + x), a0, a1);
        cv::v_expand(cv::v_load(b + x), b0, b1);
        if (doubleA) {
            a0 = a0 + a0;
            a1 = a1 + a1;
        }
        a0 = a0 + b0;
        a1 = a1 + b1;
        if (c) {
            cv::v_expand(cv::v_load(c + x), b0, b1);
            a0 = a0 + b0;
            a1 = a1 + b1;
        }
        cv::v_store(sums + x, a0);
        cv::v_store(sums + x + 8, a1);
    }
#endif
    for (; x < width; ++x)
        sums[x] = static_cast<std::uint16_t>((doubleA ? 2 : 1) * a[x] + b[x] + (c ? c[x] : 0));
}

cv::Mat to8Bit(const cv::Mat &image) {
    if (image.depth() == CV_8U)
        return image;
    cv::Mat out;
    if (image.depth() == CV_16U)
        image.convertTo(out, CV_8U, 1.0 / 257.0);
    else
        cv::normalize(image, out, 0, 255, cv::NORM_MINMAX, CV_8U);
    return out;
}

} // namespace

cv::Mat toGrey(const cv::Mat &image) {
    if (image.empty())
        return {};
    try {
        const cv::Mat eight = to8Bit(image);
        cv::Mat grey;
        switch (eight.channels()) {
        case 1:
            return eight;
        case 3:
            cv::cvtColor(eight, grey, cv::COLOR_BGR2GRAY);
            return grey;
        case 4:
            cv::cvtColor(eight, grey, cv::COLOR_BGRA2GRAY);
            return grey;
        default:
            return {};
        }
    } catch (const cv::Exception &) {
        return {};
    }
}

cv::Mat toBgr(const cv::Mat &image) {
    if (image.empty())
        return {};
    try {
        const cv::Mat eight = to8Bit(image);
        cv::Mat bgr;
        switch (eight.channels()) {
        case 1:
            cv::cvtColor(eight, bgr, cv::COLOR_GRAY2BGR);
            return bgr;
        case 3:
            return eight;
        case 4:
            cv::cvtColor(eight, bgr, cv::COLOR_BGRA2BGR);
            return bgr;
        default:
            return {};
        }
    } catch (const cv::Exception &) {
        return {};
    }
}

// The background is what survives closing away the ink (a grey-level dilation with a kernel
// wider than any stroke), estimated on a small copy for speed: the page halved (OpenCV's fast
// path) until its long side is at most kBackgroundSide. Averaging by a fraction to a fixed size
// cost 2.5-4.5 ms a call (most of a call on the 800-1400 px copies the skew, blank and
// orientation steps flatten); the kernel and the median scale with the copy, and the background
// is smooth at any of these sizes.
cv::Mat smallBackground(const cv::Mat &grey) {
    cv::Mat small = grey;
    while (std::max(small.cols, small.rows) > kBackgroundSide)
        small = halved(small);
    const int kernel = std::max(7, static_cast<int>(std::lround(small.cols / 40.0)) | 1);
    cv::Mat background;
    cv::morphologyEx(small, background, cv::MORPH_CLOSE,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(kernel, kernel)));
    background = median5x5(background); // cv::medianBlur(…, 5), faster on bytes
    return background;
}

cv::Mat flattenBackground(const cv::Mat &grey) {
    if (grey.empty() || grey.type() != CV_8UC1)
        return {};
    try {
        cv::Mat background = smallBackground(grey);
        if (background.size() != grey.size())
            cv::resize(background, background, grey.size(), 0, 0, cv::INTER_LINEAR);
        // Dark photos: avoid blowing up noise.
        cv::max(background, cv::Scalar(kMinBackground), background);
        cv::Mat flat;
        cv::divide(grey, background, flat, 255.0);
        return flat;
    } catch (const cv::Exception &) {
        return {};
    }
}

cv::Mat inkBelow(const cv::Mat &grey, int level) {
    if (grey.empty() || grey.type() != CV_8UC1)
        return {};
    try {
        // flattenBackground's pixel is round(255 · grey / background): below `level` when
        // grey < (level − ½) · background / 255. That threshold is made on the small background
        // (a table) and enlarged in place of the background, and the page is compared with it:
        // no division of every pixel (~4 ms on the skew's 2400 px copy). Only pixels within a
        // grey level of the threshold can differ from the flattened page's mask.
        cv::Mat table(1, 256, CV_8U);
        for (int b = 0; b < 256; ++b)
            table.at<uchar>(b) = cv::saturate_cast<uchar>(
                std::ceil((level - 0.5) * std::max(b, kMinBackground) / 255.0));
        cv::Mat threshold;
        cv::LUT(smallBackground(grey), table, threshold);
        if (threshold.size() != grey.size())
            cv::resize(threshold, threshold, grey.size(), 0, 0, cv::INTER_LINEAR);
        return grey < threshold;
    } catch (const cv::Exception &) {
        return {};
    }
}

cv::Scalar paperColour(const cv::Mat &bgrOrGrey) {
    cv::Scalar colour(255, 255, 255);
    if (bgrOrGrey.empty() || bgrOrGrey.depth() != CV_8U)
        return colour;
    try {
        // A percentile needs a sample, not an average: about 300 x 300 pixels taken on a grid
        // (resampling the full page cost ~25 ms per call on a 300-dpi colour scan), counted in
        // a histogram per channel (sorting the sample cost ~1 ms a call).
        const int channels = std::min(bgrOrGrey.channels(), 3);
        const int step = bgrOrGrey.channels();
        const int stride = std::max(1, std::max(bgrOrGrey.cols, bgrOrGrey.rows) / 300);
        std::array<std::array<int, 256>, 3> histograms{};
        int count = 0;
        for (int y = stride / 2; y < bgrOrGrey.rows; y += stride) {
            const uchar *row = bgrOrGrey.ptr<uchar>(y);
            for (int x = stride / 2; x < bgrOrGrey.cols; x += stride) {
                for (int c = 0; c < channels; ++c)
                    ++histograms[static_cast<size_t>(c)][row[x * step + c]];
                ++count;
            }
        }
        if (count == 0)
            return colour;
        // The 75th percentile: the middle of the bright (paper) half. The value at index
        // count * 3 / 4 of the sorted sample.
        const int rank = count * 3 / 4;
        for (int c = 0; c < channels; ++c) {
            int seen = 0;
            for (int v = 0; v < 256; ++v) {
                seen += histograms[static_cast<size_t>(c)][static_cast<size_t>(v)];
                if (seen > rank) {
                    colour[c] = v;
                    break;
                }
            }
        }
        if (channels == 1)
            colour = cv::Scalar(colour[0], colour[0], colour[0]);
    } catch (const cv::Exception &) {
    }
    return colour;
}

cv::Mat characterMarks(const cv::Mat &ink, MarkCounts *counts) {
    MarkCounts seen;
    cv::Mat labels, stats;
    const int count = labelComponents(ink, labels, stats, 8);
    const int longestMark = std::max(8, std::max(ink.cols, ink.rows) / 20);
    const int margin = static_cast<int>(kWrittenMarkMargin * std::max(ink.cols, ink.rows));
    const cv::Rect inner(margin, margin, ink.cols - 2 * margin, ink.rows - 2 * margin);
    std::vector<uchar> keep(static_cast<size_t>(count), 0);
    for (int i = 1; i < count; ++i) {
        const cv::Rect box(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                           stats.at<int>(i, cv::CC_STAT_WIDTH),
                           stats.at<int>(i, cv::CC_STAT_HEIGHT));
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        const int longSide = std::max(box.width, box.height);
        const bool kept =
            longSide <= longestMark && longSide <= 6 * std::max(1, std::min(box.width, box.height));
        keep[static_cast<size_t>(i)] = kept;
        seen.kept += kept;
        seen.written += kept && longSide >= kWrittenMarkSide &&
                        area >= kWrittenMarkSide + kWrittenMarkSide / 2 && (box & inner) == box;
        seen.largestArea = std::max(seen.largestArea, area);
    }
    if (counts)
        *counts = seen;
    return maskOfLabels(labels, keep);
}

cv::Mat maskOfLabels(const cv::Mat &labels, const std::vector<uchar> &keep) {
    // Paper (label 0) is most of a page: four labels are tested at once and left at zero.
    cv::Mat mask = cv::Mat::zeros(labels.size(), CV_8U);
    for (int y = 0; y < labels.rows; ++y) {
        const int *label = labels.ptr<int>(y);
        uchar *out = mask.ptr<uchar>(y);
        for (int x = 0; x < labels.cols;) {
            if (x + 4 <= labels.cols && fourZero(label + x)) {
                x += 4;
                continue;
            }
            out[x] = keep[static_cast<size_t>(label[x])] ? 255 : 0;
            ++x;
        }
    }
    return mask;
}

int labelComponents(const cv::Mat &mask, cv::Mat &labels, cv::Mat &stats, int connectivity) {
    const int count = cv::connectedComponents(mask, labels, connectivity, CV_32S);
    stats = cv::Mat::zeros(count, cv::CC_STAT_MAX, CV_32S);
    // While scanning, the width and height columns hold the right and bottom edges (inclusive).
    for (int y = 0; y < labels.rows; ++y) {
        const int *row = labels.ptr<int>(y);
        const uchar *inked = mask.ptr<uchar>(y); // zero exactly where the label is
        for (int x = 0; x < labels.cols;) {
            if (x + 8 <= labels.cols && eightZero(inked + x)) {
                x += 8;
                continue;
            }
            const int label = row[x];
            if (label == 0) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < labels.cols && row[x] == label)
                ++x;
            int *s = stats.ptr<int>(label);
            if (s[cv::CC_STAT_AREA] == 0) {
                s[cv::CC_STAT_LEFT] = start;
                s[cv::CC_STAT_TOP] = y; // rows come in order: the first one seen is the top
            } else {
                s[cv::CC_STAT_LEFT] = std::min(s[cv::CC_STAT_LEFT], start);
            }
            s[cv::CC_STAT_WIDTH] = std::max(s[cv::CC_STAT_WIDTH], x - 1);
            s[cv::CC_STAT_HEIGHT] = y;
            s[cv::CC_STAT_AREA] += x - start;
        }
    }
    for (int label = 1; label < count; ++label) {
        int *s = stats.ptr<int>(label);
        s[cv::CC_STAT_WIDTH] -= s[cv::CC_STAT_LEFT] - 1;
        s[cv::CC_STAT_HEIGHT] -= s[cv::CC_STAT_TOP] - 1;
    }
    return count;
}

double pixelsPerMm(const cv::Size &page, double dpi) {
    if (dpi > 0.0)
        return dpi / 25.4;
    return std::max(page.width, page.height) / 297.0;
}

cv::Mat thirded(const cv::Mat &grey) {
    if (grey.empty() || grey.type() != CV_8UC1 || grey.cols < 3 || grey.rows < 3)
        return {};
    cv::Mat out(grey.rows / 3, grey.cols / 3, CV_8UC1);
    const int inCols = out.cols * 3;
    // Each block's sum times 1/9 as a float, rounded: the product OpenCV's area fast path rounds,
    // made once for every possible sum.
    static const std::array<uchar, 9 * 255 + 1> ninth = [] {
        std::array<uchar, 9 * 255 + 1> table{};
        for (size_t sum = 0; sum < table.size(); ++sum)
            table[sum] = cv::saturate_cast<uchar>(static_cast<float>(sum) * (1.f / 9.f));
        return table;
    }();
    std::vector<std::uint16_t> columns(static_cast<size_t>(inCols));
    for (int y = 0; y < out.rows; ++y) {
        std::uint16_t *c = columns.data();
        sumRows(c, inCols, grey.ptr<uchar>(3 * y), false, grey.ptr<uchar>(3 * y + 1),
                grey.ptr<uchar>(3 * y + 2));
        uchar *d = out.ptr<uchar>(y);
        for (int i = 0; i < out.cols; ++i)
            d[i] = ninth[static_cast<size_t>(c[3 * i] + c[3 * i + 1] + c[3 * i + 2])];
    }
    return out;
}

cv::Mat twoThirds(const cv::Mat &image) {
    if (image.empty() || image.depth() != CV_8U)
        return {};
    const int channels = image.channels();
    const cv::Size out(static_cast<int>(std::lround(image.cols * 2.0 / 3.0)),
                       static_cast<int>(std::lround(image.rows * 2.0 / 3.0)));
    if (out.width < 1 || out.height < 1)
        return {};
    // A 3 x 3 block with rows a b c and columns 0 1 2 becomes 2 x 2 pixels with weights 4 2 1
    // (e.g. 4 a0 + 2 a1 + 2 b0 + b1): down the columns first (2a + b and b + 2c, every column
    // at once), then along the row, and the sum over nine rounded. Rows and columns past the
    // last whole block repeat the edge (OpenCV's area average there too).
    const int blocksX = (image.cols + 2) / 3;
    const int blocksY = (image.rows + 2) / 3;
    const int width = image.cols * channels;
    const int paddedWidth = 3 * blocksX * channels;
    const auto ninth = [](int sum) { return static_cast<uchar>((sum + 4) / 9); };
    std::vector<std::uint16_t> upper(static_cast<size_t>(paddedWidth));
    std::vector<std::uint16_t> lower(static_cast<size_t>(paddedWidth));
    cv::Mat result(2 * blocksY, 2 * blocksX, image.type());
    const auto down = [width](const uchar *heavy, const uchar *light, std::uint16_t *sums) {
        sumRows(sums, width, heavy, true, light, nullptr);
    };
    const auto along = [&](std::uint16_t *sums, uchar *row) {
        for (int x = width; x < paddedWidth; ++x) // the last pixel repeated
            sums[x] = sums[x - channels];
        int b = 0;
#if CV_SIMD128
        if (channels == 1) {
            // (sum + 4) / 9 as the high half of (sum + 4) · 7282: equal for every sum up to
            // 9 · 255 (tst_scanimage compares with the division).
            const cv::v_uint16x8 four = cv::v_setall_u16(4), ninthScaled = cv::v_setall_u16(7282);
            for (; b + 8 <= blocksX; b += 8) {
                cv::v_uint16x8 p0, p1, p2, left, right;
                cv::v_load_deinterleave(sums + 3 * b, p0, p1, p2);
                left = cv::v_mul_hi(p0 + p0 + p1 + four, ninthScaled);
                right = cv::v_mul_hi(p1 + p2 + p2 + four, ninthScaled);
                cv::v_zip(left, right, p0, p1);
                cv::v_store(row + 2 * b, cv::v_pack(p0, p1));
            }
        }
#endif
        for (; b < blocksX; ++b) {
            const std::uint16_t *p = sums + 3 * b * channels;
            uchar *q = row + 2 * b * channels;
            for (int c = 0; c < channels; ++c) {
                q[c] = ninth(2 * p[c] + p[channels + c]);
                q[channels + c] = ninth(p[channels + c] + 2 * p[2 * channels + c]);
            }
        }
    };
    const int last = image.rows - 1;
    for (int by = 0; by < blocksY; ++by) {
        const uchar *a = image.ptr<uchar>(3 * by);
        const uchar *b = image.ptr<uchar>(std::min(3 * by + 1, last));
        const uchar *c = image.ptr<uchar>(std::min(3 * by + 2, last));
        down(a, b, upper.data());
        down(c, b, lower.data());
        along(upper.data(), result.ptr<uchar>(2 * by));
        along(lower.data(), result.ptr<uchar>(2 * by + 1));
    }
    if (result.size() == out)
        return result;
    return result(cv::Rect(0, 0, out.width, out.height)).clone();
}

bool hasDarkRun(const uchar *row, int cols, int minRun, int level) {
    if (cols <= 0)
        return false;
    if (minRun <= 0)
        return true; // an empty run is in every row
    // A sample's run never reaches back past the sample before it (light, or where its own run
    // ended): the whole row is read at most about once.
    for (int x = minRun - 1; x < cols; x += minRun) {
        if (row[x] >= level)
            continue;
        int first = x;
        while (first > 0 && row[first - 1] < level)
            --first;
        int last = x;
        while (last + 1 < cols && row[last + 1] < level && last + 1 - first < minRun)
            ++last;
        if (last - first + 1 >= minRun)
            return true;
        x = last - (last - (minRun - 1)) % minRun; // this run's last sample: the loop steps past it
    }
    return false;
}

double shrinkTo(const cv::Mat &in, cv::Mat &out, int maxSide, Shrink how) {
    const int longSide = std::max(in.cols, in.rows);
    if (longSide <= maxSide || longSide == 0) {
        out = in;
        return 1.0;
    }
    const double factor = static_cast<double>(maxSide) / longSide;
    // Area averaging by exactly two has a fast path in OpenCV (0.4 ms on a 300-dpi page, where
    // any other factor costs 15-25 ms): the fast way halves while the copy stays at least twice
    // the target, then averages the rest by the remaining factor, so that a pixel of the input
    // still lands at x · factor in the copy. An odd last row or column is left out of a halving
    // (the copy may then be a pixel shorter at that edge).
    cv::Mat source = in;
    double remaining = factor;
    while (how != Shrink::Exact && std::max(source.cols, source.rows) >= 2 * maxSide &&
           source.cols >= 4 && source.rows >= 4) {
        source = halved(source);
        remaining *= 2.0;
    }
    if (how == Shrink::Sampled)
        cv::resize(source, out, cv::Size(), remaining, remaining, cv::INTER_LINEAR);
    else
        out = areaShrunk(source, remaining); // OpenCV's INTER_AREA pixels, faster on grey
    return factor;
}

} // namespace ow::vision::scanimage
