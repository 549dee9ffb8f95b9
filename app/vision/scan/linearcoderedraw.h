#pragma once

#include <opencv2/core.hpp>

#include <functional>

namespace ow::vision {

// White margin left and right of every redrawing, in pixels (a redrawing's x minus this is
// the crop's x).
constexpr int kRedrawMargin = 20;

// The rows of an 8-bit crop from fromPercent to toPercent of its height (at least one)
// averaged into one row of floats: the profile across a linear code's bars.
cv::Mat columnProfile(const cv::Mat &crop, int fromPercent, int toPercent);

// How often the crop's column profile (rows 15-85 % averaged) dips by `depth` of its range and
// rises again: the dark bars a linear code shows across, even blurred.
int barDips(const cv::Mat &crop, double depth);

// One row of bars (0 on the bars, 255 between them) repeated into an image with a white frame,
// kRedrawMargin wide left and right: what ZXing reads of a redrawing.
cv::Mat renderBarRow(const cv::Mat &row);

// The value below which the fraction q of a float row's values lie.
float rowPercentile(const cv::Mat &row, double q);

// Redraws a blurred linear barcode as clean black bars on white. crop: 8-bit grey, bars
// vertical, a few modules of quiet zone either side. The rows across the code's middle are
// averaged into one profile (noise and JPEG blocks average out) and every bar is cut at its
// edges, the extrema of the profile's slope: in a photo's blur a narrow bar between two wide
// spaces never gets dark enough for any threshold, but its edges still show. Returns an empty
// image when the crop holds no bars.
cv::Mat redrawLinearCode(const cv::Mat &crop);

// Deblurred renderings of the same profile, for blur too strong even for the edges (a narrow
// space between two bars never gets lighter than grey): the ink profile is deconvolved
// (Richardson-Lucy) for several Gaussian blur widths and cut at several levels. try_ is called
// with each rendering (bars black on white, kRedrawMargin either side) until it returns true.
void redrawDeblurred(const cv::Mat &crop, const std::function<bool(const cv::Mat &)> &try_);

} // namespace ow::vision
