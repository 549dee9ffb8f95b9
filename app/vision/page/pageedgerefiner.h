#pragma once

#include "quadgeometry.h"

#include <opencv2/core.hpp>

#include <optional>

namespace ow::vision {

// Moves a rough quad onto the page's real edges at full resolution: along each side it samples
// short profiles across the edge, takes the strongest colour step with sub-pixel precision and
// fits a straight line through those points (robust to text, clutter and rounded card corners).
// Corners are where neighbouring lines meet. Only pixels near the sides are read, so this costs
// little even on an 8-megapixel photo.
class PageEdgeRefiner {
public:
    // searchRadius: how far (full-resolution pixels) the edge may lie from the rough side.
    static std::optional<QuadGeometry::Quad>
    refine(const cv::Mat &bgr, const QuadGeometry::Quad &rough, double searchRadius);

private:
    struct Line {
        cv::Point2f point;
        cv::Point2f direction;
    };
    static std::optional<Line> fitSide(const cv::Mat &bgr, cv::Point2f a, cv::Point2f b,
                                       double radius);
};

} // namespace ow::vision
