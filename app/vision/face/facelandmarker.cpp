#include "facelandmarker.h"

#include <opencv2/imgproc.hpp>

namespace ow::vision {

FaceLandmarker::FaceLandmarker(cv::dnn::Net net)
    : m_net(std::move(net)) {}

FaceLandmarks68 FaceLandmarker::landmarks(const cv::Mat &bgr, const cv::Rect2f &squareBox) {
    FaceLandmarks68 points{};
    const cv::Rect crop = cv::Rect(squareBox) & cv::Rect(0, 0, bgr.cols, bgr.rows);
    if (crop.width < 2 || crop.height < 2)
        return points;
    cv::Mat grey;
    cv::cvtColor(bgr(crop), grey, cv::COLOR_BGR2GRAY);
    m_net.setInput(cv::dnn::blobFromImage(grey, 1.0 / 256.0, cv::Size(64, 64)), "input");
    const cv::Mat out = m_net.forward("output");
    if (out.total() < 136)
        return points;
    const auto *v = out.ptr<float>();
    for (size_t i = 0; i < points.size(); ++i) {
        points[i] = cv::Point2f(
            v[2 * i] * static_cast<float>(crop.width) + static_cast<float>(crop.x),
            v[2 * i + 1] * static_cast<float>(crop.height) + static_cast<float>(crop.y));
    }
    return points;
}

std::array<cv::Point2f, 5> FaceLandmarker::fivePoints(const FaceLandmarks68 &p) {
    const auto mean4 = [&p](int a, int b, int c, int d) { return (p[a] + p[b] + p[c] + p[d]) / 4; };
    return {mean4(37, 38, 40, 41), mean4(43, 44, 46, 47), p[30], (p[48] + p[60]) / 2,
            (p[54] + p[64]) / 2};
}

} // namespace ow::vision
