#pragma once

#include "pagetypes.h"

#include <opencv2/core.hpp>

#include <vector>

namespace ow::vision {

// Reads every barcode and QR code on an image with ZXing-cpp, safely:
// - ZXing's own downscaling is OFF: Debian's ZXing-cpp 1.4 aborts the whole process
//   (assertion `lineCount() == 1` in Result::operator==) when it merges a Code 128 or Code 39
//   found at several scales. We scale ourselves and merge the results by format and text.
// - Small images (under 1300 px, a cropped code, a phone picture) are read whole once, without
//   ZXing's tryRotate: cheap at that size, and a code that fills the image has no surroundings
//   the region finder could tell it from.
// - Every likely code region (BarcodeRegionFinder) that no pass has read yet is cropped, its bars
//   turned upright, enlarged to about 7 px per module and read with ZXing's local-average and
//   global-histogram binarizers, as a sharpened Otsu threshold, and as bars redrawn from the
//   profile's edges or deblurred (linearcoderedraw): a photo's blur merges narrow bars that no
//   full-page pass separates. Pages (a scan, a rectified photo) are read in their regions only:
//   the whole-page pass cost ~40 ms on a 300-dpi page and, on the 480 pages of bench_scan's two
//   evaluation sets, found no code the regions missed.
// - Boxes are in the input's pixels. Never throws; garbage in gives an empty list.
std::vector<Barcode> readBarcodes(const cv::Mat &image);

} // namespace ow::vision
