#pragma once

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

#include <array>

namespace ow::vision {

using FaceLandmarks68 = std::array<cv::Point2f, 68>; // iBUG-68 order, image pixels

// fr_landmark.onnx: the square box cropped, grey, 64x64, px/256; 68 points normalised to the crop.
class FaceLandmarker {
public:
    explicit FaceLandmarker(cv::dnn::Net net);
    FaceLandmarks68 landmarks(const cv::Mat &bgr, const cv::Rect2f &squareBox);

    // Eyes = mean of 37,38,40,41 and 43,44,46,47 (image left, then right), nose = 30, mouth
    // corners = mean(48,60) and mean(54,64): the order of the ArcFace template.
    static std::array<cv::Point2f, 5> fivePoints(const FaceLandmarks68 &points);

private:
    cv::dnn::Net m_net;
};

} // namespace ow::vision
