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
    struct Candidates {
        std::vector<QuadGeometry::Quad> outlines;
        // Two outlines side by side joined into one: a page cut in two by a cast shadow's edge.
        std::vector<QuadGeometry::Quad> joined;
    };
    // lab: the small image in 8-bit Lab, already smoothed.
    static Candidates find(const cv::Mat &lab);

private:
    struct Piece {
        std::vector<cv::Point> hull;
        double area; // of the hull: text touching the outline notches the outline itself
    };
    enum class Pieces { Apart, HolesJoined };
    static void addOutlines(const cv::Mat &binary, double minArea, Pieces join, Candidates &out);
    static void addHull(const std::vector<cv::Point> &hull, std::vector<QuadGeometry::Quad> &out);
    static void addJoinedPieces(const std::vector<Piece> &pieces,
                                std::vector<QuadGeometry::Quad> &out);
};

} // namespace ow::vision
