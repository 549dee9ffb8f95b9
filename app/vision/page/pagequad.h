#pragma once

#include <opencv2/core.hpp>

#include <array>

namespace ow::vision {

// A page's four corners in input pixels: top-left first, then clockwise (TL, TR, BR, BL), where
// "top" is the top of the page's content as it will be shown once upright.
struct PageQuad {
    std::array<cv::Point2f, 4> corners{};
    double confidence = 0.0; // 0..1, how sure the detector is
};

} // namespace ow::vision
