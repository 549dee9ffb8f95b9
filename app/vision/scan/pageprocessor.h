#pragma once

#include "pagetypes.h"

#include <opencv2/core.hpp>

namespace ow::vision {

// The whole path from a raw image (document-camera photo or scanner page) to an archived page
// (docs/scanning.md):
//  1. photo (CameraPhoto, or Auto when a page is found well inside the image, or manual
//     corners): detect and rectify the page; scan: crop dark borders, fill punch holes;
//  2. deskew (scans ±15°, rectified photos ±3°), then turn upright (0/90/180/270);
//  3. blank-page check, barcodes, separator sheet, business-licence credit code;
//  4. scale to the mode's archive resolution and enhance.
// Used by onewindow-cli scan, the scan benchmark and the workstation's scanning workflow.
// Never throws: an empty or unusable input gives a page with an empty Mat.
ProcessedPage processPage(const cv::Mat &input, const PageOptions &options);

} // namespace ow::vision
