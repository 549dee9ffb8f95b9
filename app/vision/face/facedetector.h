#pragma once

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

#include <vector>

namespace ow::vision {

struct FaceCandidate {
    cv::Rect2f box; // square (side = detector box height), centred, clipped to the frame
    float score = 0.0F;
};

// fr_detect.onnx (RFB-320): whole frame at 320x240, RGB, (px-127)/128; boxes come decoded and
// normalised. Throws cv::Exception on model errors (the pipeline catches it).
class FaceDetector {
public:
    explicit FaceDetector(cv::dnn::Net net);
    // Faces in a BGR 8-bit image, largest first.
    std::vector<FaceCandidate> detect(const cv::Mat &bgr);

    static constexpr float kScoreThreshold = 0.65F;
    static constexpr float kNmsIou = 0.4F;

private:
    cv::dnn::Net m_net;
};

} // namespace ow::vision
