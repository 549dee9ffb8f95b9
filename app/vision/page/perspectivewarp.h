#pragma once

#include <opencv2/core.hpp>

namespace ow::vision {

// cv::warpPerspective(src, dst, srcToDst, size, INTER_LINEAR, BORDER_REPLICATE), pixel for
// pixel, at about four fifths of its time on 8-bit grey and BGR (other types go to OpenCV).
// OpenCV computes a map of 1/32-pixel positions and then samples it; here both happen in one
// pass, four grey pixels at a time, with the same arithmetic (see perspectivewarp.cpp).
// A singular matrix gives OpenCV's answer too: every pixel the source's top-left one.
cv::Mat warpPerspectiveLinear(const cv::Mat &src, const cv::Matx33d &srcToDst, cv::Size size);

} // namespace ow::vision
