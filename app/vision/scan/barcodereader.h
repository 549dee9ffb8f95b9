#pragma once

#include "pagetypes.h"

#include <opencv2/core.hpp>

#include <vector>

namespace ow::vision {

// Reads every barcode and QR code on an image with ZXing-cpp, safely:
// - ZXing's own downscaling is OFF: Debian's ZXing-cpp 1.4 aborts the whole process
//   (assertion `lineCount() == 1` in Result::operator==) when it merges a Code 128 or Code 39
//   found at several scales. We scale ourselves and merge the results by format and text.
// - Passes: the image as it is (at most 4000 px), upscaled twice when small codes may hide in
//   it, halved for big blurry codes, and a global-histogram binarizer as the last resort.
// - Boxes are in the input's pixels. Never throws; garbage in gives an empty list.
std::vector<Barcode> readBarcodes(const cv::Mat &image);

} // namespace ow::vision
