#pragma once

#include "facelandmarker.h"

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

namespace ow::vision {

struct EyeClosedProbability {
    double left = -1.0;  // image-left eye (iBUG 36-41); -1 when the patch was unusable
    double right = -1.0; // image-right eye (iBUG 42-47)
};

// fr_eye.onnx: a square eye patch (side = 1.6 x eye width), grey, 24x24, px/255; softmax[0] is
// "closed". Only a change against the person's own baseline means anything (a blink).
class EyeStateModel {
public:
    explicit EyeStateModel(cv::dnn::Net net);
    EyeClosedProbability closedProbability(const cv::Mat &bgr, const FaceLandmarks68 &points);

    // The patch for one eye: corners a/b (36/39 or 42/45), centre = mean of the four lids.
    static cv::Rect eyePatch(const cv::Size &frame, const FaceLandmarks68 &p, int corner);

private:
    double closed(const cv::Mat &bgr, const cv::Rect &patch);
    cv::dnn::Net m_net;
};

} // namespace ow::vision
