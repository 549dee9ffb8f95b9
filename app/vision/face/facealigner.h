#pragma once

#include <opencv2/core.hpp>

#include <array>

namespace ow::vision {

// 5-point similarity alignment onto the ArcFace 112x112 template (the embedding was trained on
// such chips; the package's 3-point affine loses several points of accuracy).
class FaceAligner {
public:
    // Least-squares similarity (rotation, uniform scale, translation; no shear or reflection)
    // mapping the five points onto the template: a 2x3 CV_64F matrix.
    static cv::Mat similarityToTemplate(const std::array<cv::Point2f, 5> &points);
    // The 112x112 BGR chip.
    static cv::Mat align(const cv::Mat &bgr, const std::array<cv::Point2f, 5> &points);

    static const std::array<cv::Point2f, 5> kTemplate;
};

} // namespace ow::vision
