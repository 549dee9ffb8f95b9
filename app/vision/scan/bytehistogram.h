#pragma once

#include <opencv2/core.hpp>

#include <array>

namespace ow::vision::scanimage {

using ByteHistogram = std::array<int, 256>;

// How many pixels of an 8-bit, one-channel image hold each value (all zero for other images).
ByteHistogram histogramOf(const cv::Mat &bytes);

// Otsu's threshold: the level that splits the histogram into the two classes with the largest
// variance between them (values up to the level in the lower class; the first of equal splits).
// The level cv::threshold(…, THRESH_OTSU) finds for an image with these counts, without a pass
// over the image.
int otsuLevel(const ByteHistogram &counts);

} // namespace ow::vision::scanimage
