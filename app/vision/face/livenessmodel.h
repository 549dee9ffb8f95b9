#pragma once

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

namespace ow::vision {

// fr_liveness.onnx (MiniFASNet-like): the square box scaled x2.7 about its centre and kept in
// the frame, 128x128, BGR, raw 0..255; softmax class 0 = live (measured, specs/face-models.md).
class LivenessModel {
public:
    explicit LivenessModel(cv::dnn::Net net);
    // p(live) in 0..1, or -1 when the crop is unusable.
    double liveProbability(const cv::Mat &bgr, const cv::Rect2f &squareBox);

    // The context crop around the box, shifted to stay inside the frame.
    static cv::Rect contextCrop(const cv::Size &frame, const cv::Rect2f &box, double scale);

    static constexpr double kContextScale = 2.7;

private:
    cv::dnn::Net m_net;
};

// Softmax of n logits into probabilities (numerically stable).
void softmaxInPlace(float *values, int n);

} // namespace ow::vision
