#include "linearcoderedraw.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ow::vision {

cv::Mat columnProfile(const cv::Mat &crop, int fromPercent, int toPercent) {
    const int from = crop.rows * fromPercent / 100;
    cv::Mat profile;
    cv::reduce(crop.rowRange(from, std::max(from + 1, crop.rows * toPercent / 100)), profile, 0,
               cv::REDUCE_AVG, CV_32F);
    return profile;
}

namespace {

// The rows across the code's middle averaged into one profile (noise and JPEG blocks average
// out); the middle half keeps text printed under the code out.
cv::Mat middleProfile(const cv::Mat &crop) {
    return columnProfile(crop, 25, 75);
}

} // namespace

// One row (0 on the bars, 255 between them) repeated into an image with a white frame. Forty
// rows are plenty: every row is the same, and ZXing reads 15 rows of a linear code whatever
// the height; binarizing an eighth of the width in rows (~175) made each of the dozen
// renderings of a blurred code cost four times as much (bench_scan: the same codes read).
cv::Mat renderBarRow(const cv::Mat &row) {
    constexpr int height = 40;
    cv::Mat drawn;
    cv::repeat(row, height, 1, drawn);
    cv::Mat framed;
    cv::copyMakeBorder(drawn, framed, 10, 10, kRedrawMargin, kRedrawMargin, cv::BORDER_CONSTANT,
                       cv::Scalar(255));
    return framed;
}

float rowPercentile(const cv::Mat &row, double q) {
    std::vector<float> v(row.begin<float>(), row.end<float>());
    const auto nth = v.begin() + static_cast<long>(q * static_cast<double>(v.size() - 1));
    std::nth_element(v.begin(), nth, v.end());
    return *nth;
}

// How often the crop's column profile (its middle rows averaged) dips by `depth` of its range
// and rises again: the dark bars a linear code shows across, even blurred.
int barDips(const cv::Mat &crop, double depth) {
    const cv::Mat profile = columnProfile(crop, 15, 85);
    double low = 0.0, high = 0.0;
    cv::minMaxLoc(profile, &low, &high);
    const auto step = static_cast<float>(depth * (high - low));
    if (step <= 0.0f)
        return 0;
    const float *p = profile.ptr<float>();
    int dips = 0;
    bool falling = true;
    float extreme = p[0];
    for (int x = 1; x < profile.cols; ++x) {
        if (falling) {
            if (p[x] < extreme)
                extreme = p[x];
            else if (p[x] > extreme + step) {
                ++dips;
                falling = false;
                extreme = p[x];
            }
        } else {
            if (p[x] > extreme)
                extreme = p[x];
            else if (p[x] < extreme - step) {
                falling = true;
                extreme = p[x];
            }
        }
    }
    return dips;
}

void redrawDeblurred(const cv::Mat &crop, const std::function<bool(const cv::Mat &)> &try_) {
    try {
        if (crop.empty() || crop.type() != CV_8UC1 || crop.cols < 24 || crop.rows < 4)
            return;
        const cv::Mat profile = middleProfile(crop);
        const float white = rowPercentile(profile, 0.97);
        const float black = rowPercentile(profile, 0.03);
        if (white - black < 20.f)
            return;
        // Ink: 0 on paper, 1 on a solid bar; a small floor keeps the ratios finite.
        cv::Mat ink = (white - profile) / (white - black);
        cv::max(ink, 0.02, ink);
        // Blur widths in module-ish steps: the crop is about 1400 px for 100-200 modules.
        const double moduleGuess = crop.cols / 160.0;
        for (const double sigmaModules : {0.6, 0.9, 1.2, 0.4}) {
            const double sigma = sigmaModules * moduleGuess;
            // What cv::GaussianBlur(…, Size(0, 1), sigma, 0, BORDER_REPLICATE) does to a float
            // row, with its kernel made once: OpenCV computes each Gaussian kernel in software
            // floating point (bit-exact), which cost more than these 50 blurs of one row.
            const int width = cvRound(sigma * 4 * 2 + 1) | 1;
            const cv::Mat along = cv::getGaussianKernel(width, sigma, CV_32F);
            const cv::Mat across = cv::getGaussianKernel(1, sigma, CV_32F);
            const auto blur = [&](const cv::Mat &in, cv::Mat &out) {
                cv::sepFilter2D(in, out, CV_32F, along, across, cv::Point(-1, -1), 0,
                                cv::BORDER_REPLICATE);
            };
            cv::Mat estimate = ink.clone();
            cv::Mat blurred, ratio;
            for (int i = 0; i < 25; ++i) {
                blur(estimate, blurred);
                cv::max(blurred, 1e-3, blurred);
                cv::divide(ink, blurred, ratio);
                blur(ratio, ratio);
                estimate = estimate.mul(ratio);
            }
            const float top = rowPercentile(estimate, 0.95);
            if (top <= 0.f)
                continue;
            for (const double level : {0.5, 0.35, 0.65}) {
                cv::Mat row;
                cv::compare(estimate, static_cast<double>(top) * level, row, cv::CMP_LE);
                if (try_(renderBarRow(row)))
                    return;
            }
        }
    } catch (const cv::Exception &) {
    }
}

cv::Mat redrawLinearCode(const cv::Mat &crop) {
    try {
        if (crop.empty() || crop.type() != CV_8UC1 || crop.cols < 24 || crop.rows < 4)
            return {};
        cv::Mat profile = middleProfile(crop);
        cv::GaussianBlur(profile, profile, cv::Size(5, 1), 1.0, 0.0, cv::BORDER_REPLICATE);
        const int n = profile.cols;
        const float *p = profile.ptr<float>(0);
        std::vector<float> slope(static_cast<size_t>(n), 0.f);
        float strongest = 0.f;
        for (int x = 1; x + 1 < n; ++x) {
            slope[static_cast<size_t>(x)] = (p[x + 1] - p[x - 1]) * 0.5f;
            strongest = std::max(strongest, std::abs(slope[static_cast<size_t>(x)]));
        }
        if (strongest < 4.f)
            return {};
        // Edges: local extrema of the slope above a noise floor; runs of one sign keep the
        // strongest, so that edges alternate dark-going / light-going.
        const float floor = 0.12f * strongest;
        struct Edge {
            int x;
            float s;
        };
        std::vector<Edge> edges;
        for (int x = 2; x + 2 < n; ++x) {
            const float s = slope[static_cast<size_t>(x)];
            const float a = std::abs(s);
            if (a < floor || a < std::abs(slope[static_cast<size_t>(x - 1)]) ||
                a < std::abs(slope[static_cast<size_t>(x + 1)]))
                continue;
            if (!edges.empty() && (edges.back().s < 0) == (s < 0)) {
                if (a > std::abs(edges.back().s))
                    edges.back() = {x, s};
                continue;
            }
            edges.push_back({x, s});
        }
        // A bar starts where the profile falls and ends where it rises.
        while (!edges.empty() && edges.front().s > 0)
            edges.erase(edges.begin());
        if (edges.size() < 8)
            return {};
        cv::Mat row(1, n, CV_8U, cv::Scalar(255));
        for (size_t i = 0; i + 1 < edges.size(); i += 2)
            row.colRange(edges[i].x, edges[i + 1].x).setTo(0);
        return renderBarRow(row);
    } catch (const cv::Exception &) {
        return {};
    }
}

} // namespace ow::vision
