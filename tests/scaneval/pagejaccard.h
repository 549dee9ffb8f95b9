#pragma once

#include "scansample.h"

#include <opencv2/core.hpp>

#include <array>

namespace ow::scaneval {

// SmartDoc 2015's measure: both quads are warped into the true page's own frame (its size in
// mm, undoing the photo's perspective) and compared by area: |A n B| / |A u B|. The order of
// the detected corners does not matter.
double pageJaccard(const ScanSample &truth, const std::array<cv::Point2f, 4> &detected);

} // namespace ow::scaneval
