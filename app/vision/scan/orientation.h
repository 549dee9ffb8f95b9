#pragma once

#include "deskew.h"

#include <opencv2/core.hpp>

namespace ow::vision {

// Which way up a page's content is, in quarter turns.
struct OrientationEstimate {
    int quarterDeg = 0;      // 0, 90, 180 or 270: content rotation as seen, counter-clockwise
    double confidence = 0.0; // 0..1; 0 when nothing could be read
    bool measured = false;
};

// Expects a deskewed page (lines within a degree or two of horizontal or vertical). Lines that
// run vertically mean 90 or 270; upright versus upside down is decided by reading a few text
// lines both ways with Tesseract, or, without its model, by the ascenders of Latin text.
OrientationEstimate estimateOrientation(const cv::Mat &page);
// The same when the caller has measured the lines already. When the two line directions score
// alike (forms with aligned labels, licences), both readings are tried and the clearer wins.
OrientationEstimate estimateOrientation(const cv::Mat &page, const SkewEstimate &lines);

// Turns a page whose content is rotated by quarterDeg back upright (exact, no resampling).
cv::Mat turnUpright(const cv::Mat &page, int quarterDeg);

} // namespace ow::vision
