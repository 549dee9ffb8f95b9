#pragma once

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

namespace ow::vision {

struct HeadPose {
    double yaw = 0, pitch = 0, roll = 0; // degrees
};

// fr_pose.onnx (HopeNet-style): the box enlarged by 1/4 each side, 224x224, RGB, ImageNet
// mean/std; three 66-bin heads, angle = sum(softmax * bin) * 3 - 99.
class HeadPoseModel {
public:
    explicit HeadPoseModel(cv::dnn::Net net);
    // False when the crop is unusable.
    bool estimate(const cv::Mat &bgr, const cv::Rect2f &box, HeadPose *pose);

private:
    cv::dnn::Net m_net;
};

} // namespace ow::vision
