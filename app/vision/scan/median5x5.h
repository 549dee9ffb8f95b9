#pragma once

#include <opencv2/core.hpp>

namespace ow::vision::scanimage {

// The 5 x 5 median of an 8-bit image (each channel on its own), edges repeated: the same pixels as
// cv::medianBlur(grey, out, 5) (a median is a median), several times faster. OpenCV runs its
// sorting network at 5 x 5 only above 8 bits; for bytes it keeps a histogram per column,
// ~13 cycles a pixel, in every shading estimate of a page. Here the five values of each column
// are sorted once per output row and shared by the five windows that hold the column; a window
// then sorts its five rank rows and selects from the 13 values that can still be the median,
// sixteen bytes at a time. Other images go to OpenCV.
cv::Mat median5x5(const cv::Mat &image);

} // namespace ow::vision::scanimage
