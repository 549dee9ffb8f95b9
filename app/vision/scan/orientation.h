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

// Expects a deskewed page (lines within a degree or two of horizontal or vertical). The shapes
// of its glyphs decide first (glyphorientation.h) when their vote is clear; otherwise lines that
// run vertically mean 90 or 270, and upright versus upside down is decided by reading a few text
// lines both ways with Tesseract, or, without its model, by the ascenders of Latin text.
OrientationEstimate estimateOrientation(const cv::Mat &page);
// The same when the caller has measured the lines already. When the two line directions score
// alike (forms with aligned labels, licences), both readings are tried and the clearer wins.
OrientationEstimate estimateOrientation(const cv::Mat &page, const SkewEstimate &lines);

// An analysis copy for the page processor: `grey` is a small, deskewed grey copy of the page
// (lines are found on it); the lines read by Tesseract are cut from `source` (the page's
// full-resolution grey, not deskewed) through `toSource`, which maps grey's pixels to source's.
// Reading sharp full-resolution lines keeps Tesseract's confidences as they were while the
// search for lines runs on a tenth of the pixels.
struct OrientationView {
    cv::Mat grey;
    cv::Mat ink; // scanimage::inkBelow(grey, kTextInkLevel) when already made, else empty
    cv::Mat source;
    cv::Matx23d toSource = cv::Matx23d(1, 0, 0, 0, 1, 0);
};
OrientationEstimate estimateOrientation(const OrientationView &view, const SkewEstimate &lines);

// Pages with too little to read (a page number, a signature): such marks sit at the foot of
// a portrait sheet. Expects a deskewed grey copy; the longer side of the sheet is taken to run
// up the page, and the content to lie in its lower half. Not measured without ink.
OrientationEstimate orientationFromPlacement(const cv::Mat &grey);

// Turns a page whose content is rotated by quarterDeg back upright (exact, no resampling).
cv::Mat turnUpright(const cv::Mat &page, int quarterDeg);

} // namespace ow::vision
