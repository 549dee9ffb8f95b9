#include "eyestatemodel.h"

#include "livenessmodel.h"

#include <opencv2/imgproc.hpp>

namespace ow::vision {

EyeStateModel::EyeStateModel(cv::dnn::Net net)
    : m_net(std::move(net)) {}

cv::Rect EyeStateModel::eyePatch(const cv::Size &frame, const FaceLandmarks68 &p, int corner) {
    // corner 36 (image-left eye: lids 37,38,40,41, far corner 39) or 42 (lids 43,44,46,47, 45).
    const cv::Point2f centre = (p[corner + 1] + p[corner + 2] + p[corner + 4] + p[corner + 5]) / 4;
    int side = static_cast<int>((p[corner + 3].x - p[corner].x) * 1.6F);
    int x = std::max(0, static_cast<int>(centre.x) - side / 2);
    int y = std::max(0, static_cast<int>(centre.y) - side / 2);
    if (x + side >= frame.width)
        side = frame.width - x - 1;
    if (y + side >= frame.height)
        side = frame.height - y - 1;
    if (side < 4)
        return {};
    return cv::Rect(x, y, side, side);
}

double EyeStateModel::closed(const cv::Mat &bgr, const cv::Rect &patch) {
    if (patch.empty())
        return -1.0;
    cv::Mat grey;
    cv::cvtColor(bgr(patch), grey, cv::COLOR_BGR2GRAY);
    m_net.setInput(cv::dnn::blobFromImage(grey, 1.0 / 255.0, cv::Size(24, 24)), "input");
    cv::Mat out = m_net.forward().clone();
    if (out.total() < 2)
        return -1.0;
    softmaxInPlace(out.ptr<float>(), 2);
    return out.ptr<float>()[0];
}

EyeClosedProbability EyeStateModel::closedProbability(const cv::Mat &bgr,
                                                      const FaceLandmarks68 &points) {
    return {closed(bgr, eyePatch(bgr.size(), points, 36)),
            closed(bgr, eyePatch(bgr.size(), points, 42))};
}

} // namespace ow::vision
