#pragma once

#include "pagetypes.h"

#include <opencv2/core.hpp>

#include <vector>

namespace ow::vision {

// Reads every barcode and QR code on an image with ZXing-cpp, safely:
// - ZXing's own downscaling is OFF: Debian's ZXing-cpp 1.4 aborts the whole process
//   (assertion `lineCount() == 1` in Result::operator==) when it merges a Code 128 or Code 39
//   found at several scales. We scale ourselves and merge the results by format and text.
// - Passes: the image as it is (at most 4000 px) and, when it is small (under 1300 px), at twice
//   its size, without ZXing's tryRotate (crops below turn codes whose bars lie horizontal). Then
//   every likely code region (BarcodeRegionFinder) that no pass has read yet is cropped, its bars
//   turned upright, enlarged to about 7 px per module and read with ZXing's local-average and
//   global-histogram binarizers, as a sharpened Otsu threshold, and as bars redrawn from the
//   profile's edges or deblurred (linearcoderedraw): a photo's blur merges narrow bars that no
//   full-page pass separates. Crops, not full pages, keep this cheap. Last, when nothing was found,
//   the page halved (big blurry codes) and the global-histogram binarizer on the whole page.
// - Boxes are in the input's pixels. Never throws; garbage in gives an empty list.
std::vector<Barcode> readBarcodes(const cv::Mat &image);

} // namespace ow::vision
