#pragma once

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

#include <vector>

namespace ow::vision {

// fr_feature.onnx: a 112x112 aligned chip, BGR (not the package's RGB), (px-127)/128; 512
// values, L2-normalised here so that the dot product is the cosine.
class FaceEmbedder {
public:
    explicit FaceEmbedder(cv::dnn::Net net);
    std::vector<float> embed(const cv::Mat &alignedBgr112);

private:
    cv::dnn::Net m_net;
};

// Scales v to unit length (left as it is when its norm is 0).
void normaliseL2(std::vector<float> &v);

} // namespace ow::vision
