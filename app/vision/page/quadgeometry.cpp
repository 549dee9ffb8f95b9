#include "quadgeometry.h"

#include <algorithm>
#include <cmath>

namespace ow::vision {

QuadGeometry::Quad QuadGeometry::sortedClockwise(const Quad &quad) {
    cv::Point2f centre(0, 0);
    for (const auto &p : quad)
        centre += p * 0.25f;
    Quad sorted = quad;
    // atan2 grows clockwise on screen because y points down.
    std::sort(sorted.begin(), sorted.end(), [&](const cv::Point2f &a, const cv::Point2f &b) {
        return std::atan2(a.y - centre.y, a.x - centre.x) <
               std::atan2(b.y - centre.y, b.x - centre.x);
    });
    const auto first = std::min_element(
        sorted.begin(), sorted.end(),
        [](const cv::Point2f &a, const cv::Point2f &b) { return a.x + a.y < b.x + b.y; });
    std::rotate(sorted.begin(), first, sorted.end());
    return sorted;
}

double QuadGeometry::area(const Quad &quad) {
    double twice = 0;
    for (size_t i = 0; i < 4; ++i) {
        const auto &a = quad[i];
        const auto &b = quad[(i + 1) % 4];
        twice += double(a.x) * b.y - double(b.x) * a.y;
    }
    return std::abs(twice) / 2.0;
}

bool QuadGeometry::isConvex(const Quad &quad) {
    int sign = 0;
    for (size_t i = 0; i < 4; ++i) {
        const cv::Point2f e1 = quad[(i + 1) % 4] - quad[i];
        const cv::Point2f e2 = quad[(i + 2) % 4] - quad[(i + 1) % 4];
        const double cross = double(e1.x) * e2.y - double(e1.y) * e2.x;
        const int s = cross > 0 ? 1 : (cross < 0 ? -1 : 0);
        if (s == 0)
            return false;
        if (sign == 0)
            sign = s;
        else if (s != sign)
            return false;
    }
    return true;
}

double QuadGeometry::minInteriorAngle(const Quad &quad) {
    double smallest = 180.0;
    for (size_t i = 0; i < 4; ++i) {
        const cv::Point2f a = quad[(i + 3) % 4] - quad[i];
        const cv::Point2f b = quad[(i + 1) % 4] - quad[i];
        const double na = std::hypot(a.x, a.y);
        const double nb = std::hypot(b.x, b.y);
        if (na < 1e-6 || nb < 1e-6)
            return 0.0;
        const double c = std::clamp((double(a.x) * b.x + double(a.y) * b.y) / (na * nb), -1.0, 1.0);
        smallest = std::min(smallest, std::acos(c) * 180.0 / CV_PI);
    }
    return smallest;
}

std::optional<cv::Point2f> QuadGeometry::intersect(cv::Point2f p1, cv::Point2f d1, cv::Point2f p2,
                                                   cv::Point2f d2) {
    const double det = double(d1.x) * d2.y - double(d1.y) * d2.x;
    if (std::abs(det) < 1e-9)
        return std::nullopt;
    const cv::Point2f w = p2 - p1;
    const double t = (double(w.x) * d2.y - double(w.y) * d2.x) / det;
    return cv::Point2f(float(p1.x + t * d1.x), float(p1.y + t * d1.y));
}

QuadGeometry::Quad QuadGeometry::scaled(const Quad &quad, double factor) {
    Quad out;
    for (size_t i = 0; i < 4; ++i)
        out[i] = quad[i] * float(factor);
    return out;
}

QuadGeometry::Quad QuadGeometry::scaledAboutCentre(const Quad &quad, float factor) {
    cv::Point2f centre(0, 0);
    for (const auto &p : quad)
        centre += p * 0.25f;
    Quad out;
    for (size_t i = 0; i < 4; ++i)
        out[i] = centre + (quad[i] - centre) * factor;
    return out;
}

} // namespace ow::vision
