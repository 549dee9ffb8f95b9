#include "pagelinecandidates.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace ow::vision {

namespace {

constexpr int kMaxLines = 16;
constexpr double kMergeAngle = 2.0 * CV_PI / 180.0;
constexpr double kMergeDistance = 4.0;
constexpr double kMaxPairSpread = 25.0 * CV_PI / 180.0; // perspective keeps sides near parallel
constexpr double kMinCrossing = 50.0 * CV_PI / 180.0;   // the two pairs must cross steeply

// An infinite line in normal form (x cos theta + y sin theta = rho), theta in [0, pi).
struct Line {
    double theta;
    double rho;
    double length; // total supporting segment length
};

double angleBetween(double a, double b) {
    const double d = std::fmod(std::abs(a - b), CV_PI);
    return std::min(d, CV_PI - d);
}

Line fromSegment(const cv::Vec4i &s) {
    const double dx = s[2] - s[0];
    const double dy = s[3] - s[1];
    double theta = std::atan2(dx, -dy); // normal direction
    if (theta < 0)
        theta += CV_PI;
    if (theta >= CV_PI)
        theta -= CV_PI;
    const double rho = s[0] * std::cos(theta) + s[1] * std::sin(theta);
    return {theta, rho, std::hypot(dx, dy)};
}

// Signed distance between two near-parallel lines, measured along the first one's normal.
double separation(const Line &a, const Line &b) {
    // Bring b's normal to the same half-turn as a's before comparing offsets.
    const double flip = std::cos(a.theta - b.theta) < 0 ? -1.0 : 1.0;
    return std::abs(a.rho - flip * b.rho);
}

std::optional<cv::Point2f> meet(const Line &a, const Line &b) {
    const double det =
        std::cos(a.theta) * std::sin(b.theta) - std::sin(a.theta) * std::cos(b.theta);
    if (std::abs(det) < 1e-6)
        return std::nullopt;
    const double x = (a.rho * std::sin(b.theta) - b.rho * std::sin(a.theta)) / det;
    const double y = (b.rho * std::cos(a.theta) - a.rho * std::cos(b.theta)) / det;
    return cv::Point2f(float(x), float(y));
}

} // namespace

std::vector<QuadGeometry::Quad> PageLineCandidates::find(const cv::Mat &lightness) {
    std::vector<QuadGeometry::Quad> out;
    cv::Mat edges;
    cv::Canny(lightness, edges, 20, 60);
    const int minSide = std::min(lightness.cols, lightness.rows);
    std::vector<cv::Vec4i> segments;
    cv::HoughLinesP(edges, segments, 1, CV_PI / 180, 30, 0.1 * minSide, 8);
    std::vector<Line> lines;
    for (const auto &s : segments) {
        const Line l = fromSegment(s);
        auto same = std::find_if(lines.begin(), lines.end(), [&](const Line &m) {
            return angleBetween(l.theta, m.theta) < kMergeAngle &&
                   separation(l, m) < kMergeDistance;
        });
        if (same == lines.end())
            lines.push_back(l);
        else if (l.length > same->length)
            *same = Line{l.theta, l.rho, same->length + l.length};
        else
            same->length += l.length;
    }
    std::sort(lines.begin(), lines.end(),
              [](const Line &a, const Line &b) { return a.length > b.length; });
    if (lines.size() > size_t(kMaxLines))
        lines.resize(size_t(kMaxLines));

    struct Pair {
        size_t a;
        size_t b;
        double theta;
    };
    std::vector<Pair> pairs;
    for (size_t i = 0; i < lines.size(); ++i)
        for (size_t j = i + 1; j < lines.size(); ++j)
            if (angleBetween(lines[i].theta, lines[j].theta) < kMaxPairSpread &&
                separation(lines[i], lines[j]) > 0.1 * minSide)
                pairs.push_back({i, j, lines[i].theta});
    for (size_t p = 0; p < pairs.size(); ++p) {
        for (size_t q = p + 1; q < pairs.size(); ++q) {
            if (angleBetween(pairs[p].theta, pairs[q].theta) < kMinCrossing)
                continue;
            const Line &a1 = lines[pairs[p].a];
            const Line &a2 = lines[pairs[p].b];
            const Line &b1 = lines[pairs[q].a];
            const Line &b2 = lines[pairs[q].b];
            const auto c1 = meet(a1, b1);
            const auto c2 = meet(b1, a2);
            const auto c3 = meet(a2, b2);
            const auto c4 = meet(b2, a1);
            if (c1 && c2 && c3 && c4)
                out.push_back({*c1, *c2, *c3, *c4});
        }
    }
    return out;
}

} // namespace ow::vision
