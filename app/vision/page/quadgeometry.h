#pragma once

#include <opencv2/core.hpp>

#include <array>
#include <optional>

namespace ow::vision {

// Small plane-geometry helpers shared by the page detector's stages.
class QuadGeometry {
public:
    using Quad = std::array<cv::Point2f, 4>;

    // Corners sorted clockwise in image space (y down) with the one nearest the image's top-left
    // corner (smallest x + y) first.
    static Quad sortedClockwise(const Quad &quad);
    static double area(const Quad &quad);
    static bool isConvex(const Quad &quad);
    // The smallest interior angle in degrees (a quad from a real page stays well above 30).
    static double minInteriorAngle(const Quad &quad);
    // Where two infinite lines meet, each given by a point and a direction; none when parallel.
    static std::optional<cv::Point2f> intersect(cv::Point2f p1, cv::Point2f d1, cv::Point2f p2,
                                                cv::Point2f d2);
    static Quad scaled(const Quad &quad, double factor);
    // Grown (factor > 1) or shrunk about the mean of its corners.
    static Quad scaledAboutCentre(const Quad &quad, float factor);
};

} // namespace ow::vision
