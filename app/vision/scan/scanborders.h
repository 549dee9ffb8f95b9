#pragma once

#include <opencv2/core.hpp>

namespace ow::vision {

// What removeScanBorders found and did.
struct BorderCleanup {
    cv::Mat page;   // the paper cropped out, borders and holes painted in the paper's colour;
                    // shares the input's pixels when nothing was found
    cv::Rect paper; // the crop in input pixels
    bool bordersFound = false;
    int holesFilled = 0;
    // `page` in grey shrunk to at most 1000 px (scanimage::shrinkTo, Sampled), the copy the
    // holes were looked for on, when no hole was painted after it was made: the blank check's
    // first look needs the same copy (~2.5 ms a 300-dpi scan to make again). Else empty.
    cv::Mat quickCopy;
};

// Scanner pages: crops the dark scanner background (lid, feeder) around the paper, paints over
// what is left of it where the paper is skewed, and paints over punch holes that show dark near
// an edge. dpi 0 = unknown (the page is taken to be A4). Never throws; an empty input gives an
// empty page.
BorderCleanup removeScanBorders(const cv::Mat &page, double dpi = 0.0);

// True for a dark, round blob of punch-hole size (4-9 mm) whose centre lies within 30 mm of the
// page's edge. Shared with the blank-page check, which must not count holes as marks.
// The skew of the paper's own edges where they show against the dark scanner background (the
// wedges a skewed sheet leaves in the scan's corners), counter-clockwise positive, folded into
// [-45, 45). The only skew cue on a page holding a page number or a signature. Not measured when
// no straight paper edge at least a fifth of the image long shows. Expects the uncropped scan.
struct PaperEdgeSkew {
    double angleDeg = 0.0;
    bool measured = false;
};
PaperEdgeSkew paperEdgeSkew(const cv::Mat &scan);

bool looksLikePunchHole(const cv::Rect &box, int area, const cv::Size &page, double pixelsPerMm);

} // namespace ow::vision
