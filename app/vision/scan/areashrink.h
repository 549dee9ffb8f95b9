#pragma once

#include <opencv2/core.hpp>

namespace ow::vision::scanimage {

// An 8-bit grey image averaged down by `factor` (under 1): the same pixels as
// cv::resize(grey, out, {}, factor, factor, cv::INTER_AREA), several times faster. For a factor
// that is not one over a whole number OpenCV weighs every source pixel into its output pixel
// one at a time, in floats, each addition waiting for the one before it in memory (~5 ms for
// the photos' 800 px skew copy). Here four source rows are weighed at once, one in each lane
// of a vector, and an output pixel's sum stays in a register: the same float operations in the
// same order, so the same roundings. Other images, and factors of 1 or more, go to OpenCV.
cv::Mat areaShrunk(const cv::Mat &grey, double factor);

} // namespace ow::vision::scanimage
