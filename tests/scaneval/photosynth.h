#pragma once

#include "pagerenderer.h"
#include "scansample.h"

#include <opencv2/core.hpp>

#include <random>

namespace ow::scaneval {

// A document-camera photo: the sheet placed under a pinhole camera (focal length 0.7-1.0 x the
// image width, principal point at the centre, tilt up to 12 degrees, any turn on the desk) on a
// procedural desk, with a soft drop shadow, clutter beside it, uneven light, a cast shadow,
// blur, sensor noise and JPEG compression.
class PhotoSynth {
public:
    static ScanSample compose(PageKind page, Desk desk, cv::Size imageSize, std::mt19937_64 &rng);

private:
    // mm on the page (origin at the centre) -> image pixels; false when no placement fits.
    static bool placeCamera(cv::Size2d pageMm, PageKind page, cv::Size imageSize,
                            std::mt19937_64 &rng, cv::Matx33d &mmToImage);
    static void addClutter(cv::Mat &image, const std::vector<cv::Point2f> &sheet,
                           std::mt19937_64 &rng);
    static cv::Mat lightField(cv::Size size, std::mt19937_64 &rng);
};

} // namespace ow::scaneval
