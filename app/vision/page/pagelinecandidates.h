#pragma once

#include "quadgeometry.h"

#include <opencv2/core.hpp>

#include <vector>

namespace ow::vision {

// Page outlines built from straight lines: when a cast shadow or clutter breaks the page's
// outline into pieces, its four sides are still long straight edges. The longest lines of the
// small image's edge map are paired into two roughly parallel pairs, and each pair of pairs
// gives a quad (for PageQuadScorer to judge).
class PageLineCandidates {
public:
    // lightness: the small smoothed L channel.
    static std::vector<QuadGeometry::Quad> find(const cv::Mat &lightness);
};

} // namespace ow::vision
