#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace ow::vision {

// Where on a page a barcode may be, so that the reader can decode small crops enlarged instead
// of the whole page again (a photo's codes are small and blurred; a full-page pass at twice the
// size costs a second or more).
class BarcodeRegionFinder {
public:
    struct Region {
        cv::Rect box;        // in the input's pixels, with a quiet zone around the code
        bool barsHorizontal; // a linear code turned by a quarter: its bars run left to right
        bool linear;         // bars (Code 128, Code 39, EAN) rather than a 2D code (QR)
        double score;        // gradient strength times area: the likelier codes first
    };

    // At most maxRegions regions (and up to two codes joined from blobs of bars split at wide
    // spaces): up to half of them linear (strongest first), then 2D ones
    // (densest first). Linear codes: areas whose gradients across one direction are more than
    // twice those along it (text has both), longer across the bars than along them (a ruled
    // line is not). 2D codes: square, dense in both directions.
    static std::vector<Region> find(const cv::Mat &grey, int maxRegions = 8);
};

} // namespace ow::vision
