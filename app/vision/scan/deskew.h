#pragma once

#include <opencv2/core.hpp>

namespace ow::vision {

// The direction of the text lines on a page, measured from the ink's projection profiles.
struct SkewEstimate {
    double angleDeg = 0.0; // skew as seen on screen, counter-clockwise positive
    bool vertical = false; // the lines run top to bottom: the page is turned by a quarter
    bool measured = false; // enough text to measure (kMinSkewMarks marks); otherwise angleDeg is 0
    int marks = 0;         // character-sized marks seen
    int writtenMarks = 0;  // of those, the ones of a small character's size away from the edges
    double horizontalScore = 0.0;
    double verticalScore = 0.0;
    // scanimage::inkBelow(image, kTextInkLevel) when the fine search ran on the image itself
    // (its long side at most 2400 px, a photo's page), else empty: the orientation view of an
    // unrotated page is that image too, and need not find its ink again.
    cv::Mat imageInk;
};

// Fewer character-sized marks than this (a page number, a signature) give no direction.
inline constexpr int kMinSkewMarks = 8;

// Looks for lines within ±maxDeg of horizontal and of vertical and keeps the sharper family.
// Rotating by -angleDeg straightens the page (a vertical family still needs its quarter turn).
SkewEstimate estimateSkew(const cv::Mat &image, double maxDeg = 15.0);

// The skew alone (0 when there is nothing to measure), counter-clockwise positive.
double estimateSkewDeg(const cv::Mat &image);

// Rotates counter-clockwise by angleDeg about the centre; the canvas grows so that nothing is
// cut, and the new corners take the fill colour. Returns an empty Mat on failure.
cv::Mat rotateImage(const cv::Mat &image, double angleDeg, const cv::Scalar &fill);

} // namespace ow::vision
