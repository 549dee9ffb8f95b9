#pragma once

#include "pagetypes.h"

#include <opencv2/core.hpp>

namespace ow::vision {

// The resolution each mode is archived at (docs/scanning.md): black-and-white needs the dots
// for sharp text edges, grey and colour are JPEG-compressed and need fewer.
double archiveDpi(EnhanceMode mode);

// Scales an upright page to its mode's archive resolution (down, or up to it for
// black-and-white pages below it, which threshold badly when small). dpi 0 = unknown: the page
// is taken to be A4. outputDpi receives the page's resolution afterwards.
cv::Mat scaleForArchive(const cv::Mat &page, double dpi, EnhanceMode mode, double &outputDpi);

// The factor scaleForArchive scales a page of this size by (1 when it leaves it as it is).
double archiveScale(const cv::Size &page, double dpi, EnhanceMode mode);

// The page prepared for the archive: colour (8UC3) and grey (8UC1) with the paper's shading
// divided out, the paper pure white and the ink's contrast stretched; black-and-white (8UC1,
// only 0 and 255) thresholded against the paper for text, with lone specks removed.
// Returns an empty Mat on bad input; never throws.
cv::Mat enhancePage(const cv::Mat &page, EnhanceMode mode);

} // namespace ow::vision
