#pragma once

#include "quadgeometry.h"

#include <opencv2/core.hpp>

#include <vector>

namespace ow::vision {

// Finds rough page outlines on a small (about 640 px) copy of a photo: closed outlines in the
// colour edge map and bright, low-saturation regions (paper) are each reduced to four corners.
// Many candidates may come back; PageQuadScorer picks among them.
class PageCandidateSearch {
public:
    // lab: the small image in 8-bit Lab, already smoothed.
    static std::vector<QuadGeometry::Quad> find(const cv::Mat &lab);

private:
    static void addOutlines(const cv::Mat &binary, double minArea,
                            std::vector<QuadGeometry::Quad> &out);
};

} // namespace ow::vision
