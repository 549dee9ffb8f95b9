#pragma once

#include "pagequad.h"

#include <opencv2/core.hpp>

#include <optional>

namespace ow::vision {

// Finds the page (A4 sheet, certificate, ID card...) in a document-camera photo.
// Corners are input pixels sorted clockwise in image space with the corner nearest the image's
// top-left first; which edge is the top of the text is decided later by the orientation step.
// Works on a ~640 px copy to find the page, then fits each edge at full resolution.
// Accepts 8-bit grey, BGR and BGRA (and 16-bit, scaled down); never throws. None when no
// four-sided page stands out (for example a bare desk).
std::optional<PageQuad> detectPage(const cv::Mat &bgr);

// The page cut out and warped flat, sized from the longer of each pair of opposite sides with
// the height/width ratio of estimatePageAspect(). The output's top edge is corners[0]->[1].
// Any channel count (the page processor rectifies grey for its grey modes). Returns an empty
// Mat on bad input.
cv::Mat rectifyPage(const cv::Mat &image, const PageQuad &quad);

// The real page's height/width (height along corners[1]->[2], width along [0]->[1]), undoing
// perspective with a pinhole camera whose principal point is the image centre. The focal length
// is solved from the quad (Zhang & He's whiteboard method); when the quad is too close to a
// parallelogram for that to be stable, a guess of 0.85 x the longer image side is used (a
// document camera or phone with about 60-65 degrees horizontal field of view).
double estimatePageAspect(const PageQuad &quad, cv::Size imageSize);

} // namespace ow::vision
