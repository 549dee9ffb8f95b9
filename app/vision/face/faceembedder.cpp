#include "faceembedder.h"

#include <cmath>

namespace ow::vision {

FaceEmbedder::FaceEmbedder(cv::dnn::Net net)
    : m_net(std::move(net)) {}

std::vector<float> FaceEmbedder::embed(const cv::Mat &alignedBgr112) {
    m_net.setInput(cv::dnn::blobFromImage(alignedBgr112, 1.0 / 128.0, cv::Size(112, 112),
                                          cv::Scalar(127, 127, 127), false, false),
                   "input");
    const cv::Mat out = m_net.forward("output");
    const auto *v = out.ptr<float>();
    std::vector<float> embedding(v, v + out.total());
    normaliseL2(embedding);
    return embedding;
}

void normaliseL2(std::vector<float> &v) {
    double sum = 0;
    for (const float x : v)
        sum += static_cast<double>(x) * x;
    const double norm = std::sqrt(sum);
    if (norm <= 0)
        return;
    for (float &x : v)
        x = static_cast<float>(x / norm);
}

} // namespace ow::vision
