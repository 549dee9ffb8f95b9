#include "pageedgerefiner.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ow::vision {

namespace {

// Bilinear sample of all channels (1 to 4 of 8 bits) at p; false outside the image.
bool sample(const cv::Mat &img, cv::Point2f p, float *out) {
    if (p.x < 0 || p.y < 0 || p.x >= img.cols - 1 || p.y >= img.rows - 1)
        return false;
    const int x = int(p.x);
    const int y = int(p.y);
    const float fx = p.x - float(x);
    const float fy = p.y - float(y);
    const int cn = img.channels();
    const uchar *r0 = img.ptr<uchar>(y) + x * cn;
    const uchar *r1 = img.ptr<uchar>(y + 1) + x * cn;
    for (int c = 0; c < std::min(cn, 3); ++c) {
        const float top = r0[c] + fx * float(r0[c + cn] - r0[c]);
        const float bottom = r1[c] + fx * float(r1[c + cn] - r1[c]);
        out[c] = top + fy * (bottom - top);
    }
    return true;
}

} // namespace

std::optional<PageEdgeRefiner::Line> PageEdgeRefiner::fitSide(const cv::Mat &bgr, cv::Point2f a,
                                                              cv::Point2f b, double radius) {
    const cv::Point2f d = b - a;
    const double len = std::hypot(d.x, d.y);
    if (len < 10)
        return std::nullopt;
    const cv::Point2f t(float(d.x / len), float(d.y / len));
    const cv::Point2f n(t.y, -t.x);
    const int cn = std::min(bgr.channels(), 3);
    const int steps = int(std::ceil(radius));
    const int count = std::clamp(int(len / 6), 24, 160);
    std::vector<float> profile(size_t(2 * steps + 1) * 3);
    std::vector<float> strength(size_t(2 * steps + 1));
    std::vector<cv::Point2f> points;
    std::vector<float> peaks;
    points.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        // Stay clear of the corners: cards have rounded ones and the lines meet there anyway.
        const cv::Point2f p = a + d * float(0.07 + 0.86 * i / (count - 1));
        bool ok = true;
        for (int k = -steps; k <= steps && ok; ++k) {
            float acc[3] = {0, 0, 0};
            for (float along = -1.f; along <= 1.f && ok; along += 1.f) {
                float v[3] = {0, 0, 0};
                ok = sample(bgr, p + n * float(k) + t * along, v);
                for (int c = 0; c < cn; ++c)
                    acc[c] += v[c];
            }
            for (int c = 0; c < 3; ++c)
                profile[size_t(k + steps) * 3 + size_t(c)] = acc[c] / 3.f;
        }
        if (!ok)
            continue;
        int best = -1;
        float bestValue = 0;
        for (int k = 1; k < 2 * steps; ++k) {
            float sq = 0;
            for (int c = 0; c < cn; ++c) {
                const float g =
                    profile[size_t(k + 1) * 3 + size_t(c)] - profile[size_t(k - 1) * 3 + size_t(c)];
                sq += g * g;
            }
            strength[size_t(k)] = std::sqrt(sq);
            if (strength[size_t(k)] > bestValue) {
                bestValue = strength[size_t(k)];
                best = k;
            }
        }
        if (best <= 1 || best >= 2 * steps - 1)
            continue;
        // Parabola through the peak and its neighbours gives the sub-pixel position.
        const float l = strength[size_t(best - 1)];
        const float c0 = strength[size_t(best)];
        const float r = strength[size_t(best + 1)];
        const float denom = l - 2 * c0 + r;
        const float offset = std::abs(denom) > 1e-6f ? 0.5f * (l - r) / denom : 0.f;
        points.push_back(p + n * (float(best - steps) + std::clamp(offset, -0.5f, 0.5f)));
        peaks.push_back(bestValue);
    }
    if (points.size() < 8)
        return std::nullopt;
    // Weak steps are text or noise; keep the points on the page's strong boundary.
    std::vector<float> sorted = peaks;
    std::nth_element(sorted.begin(), sorted.begin() + long(sorted.size() / 2), sorted.end());
    const float floorValue = 0.4f * sorted[sorted.size() / 2];
    std::vector<cv::Point2f> strong;
    for (size_t i = 0; i < points.size(); ++i) {
        if (peaks[i] >= floorValue)
            strong.push_back(points[i]);
    }
    if (strong.size() < 8)
        return std::nullopt;
    cv::Vec4f line;
    cv::fitLine(strong, line, cv::DIST_HUBER, 0, 0.01, 0.01);
    // Drop points far from the first fit (clutter, shadow edges) and fit again.
    std::vector<cv::Point2f> inliers;
    const cv::Point2f dir(line[0], line[1]);
    const cv::Point2f origin(line[2], line[3]);
    for (const auto &p : strong) {
        const cv::Point2f w = p - origin;
        if (std::abs(w.x * dir.y - w.y * dir.x) < 1.5f)
            inliers.push_back(p);
    }
    if (inliers.size() >= std::max<size_t>(8, strong.size() / 3))
        cv::fitLine(inliers, line, cv::DIST_HUBER, 0, 0.01, 0.01);
    return Line{{line[2], line[3]}, {line[0], line[1]}};
}

std::optional<QuadGeometry::Quad>
PageEdgeRefiner::refine(const cv::Mat &bgr, const QuadGeometry::Quad &rough, double searchRadius) {
    std::array<Line, 4> lines;
    for (size_t i = 0; i < 4; ++i) {
        auto line = fitSide(bgr, rough[i], rough[(i + 1) % 4], searchRadius);
        if (!line)
            return std::nullopt;
        lines[i] = *line;
    }
    QuadGeometry::Quad refined;
    for (size_t i = 0; i < 4; ++i) {
        // Corner i is where side i-1 (ending at it) meets side i (starting from it).
        const Line &prev = lines[(i + 3) % 4];
        const Line &next = lines[i];
        auto corner =
            QuadGeometry::intersect(prev.point, prev.direction, next.point, next.direction);
        if (!corner || cv::norm(*corner - rough[i]) > 4 * searchRadius + 4)
            return std::nullopt;
        refined[i] = *corner;
    }
    return refined;
}

} // namespace ow::vision
