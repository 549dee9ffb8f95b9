#include "livenessmodel.h"

#include <algorithm>
#include <cmath>

namespace ow::vision {

LivenessModel::LivenessModel(cv::dnn::Net net)
    : m_net(std::move(net)) {}

cv::Rect LivenessModel::contextCrop(const cv::Size &frame, const cv::Rect2f &box, double scale) {
    const double srcW = frame.width, srcH = frame.height;
    const double boxW = box.width, boxH = box.height;
    if (boxW <= 0 || boxH <= 0 || srcW < 2 || srcH < 2)
        return {};
    // As the package's alignLivenessImage: the scale shrinks to fit, then the crop is shifted
    // back inside the frame rather than cut.
    const double s = std::min({(srcH - 1) / boxH, (srcW - 1) / boxW, scale});
    const double w = boxW * s, h = boxH * s;
    const double cx = box.x + boxW / 2, cy = box.y + boxH / 2;
    double x1 = cx - w / 2, y1 = cy - h / 2, x2 = cx + w / 2, y2 = cy + h / 2;
    if (x1 < 0) {
        x2 -= x1;
        x1 = 0;
    }
    if (y1 < 0) {
        y2 -= y1;
        y1 = 0;
    }
    if (x2 > srcW - 1) {
        x1 -= x2 - srcW + 1;
        x2 = srcW - 1;
    }
    if (y2 > srcH - 1) {
        y1 -= y2 - srcH + 1;
        y2 = srcH - 1;
    }
    const cv::Rect rect(std::max(static_cast<int>(x1), 0), std::max(static_cast<int>(y1), 0),
                        static_cast<int>(x2 - x1), static_cast<int>(y2 - y1));
    return rect & cv::Rect(0, 0, frame.width, frame.height);
}

double LivenessModel::liveProbability(const cv::Mat &bgr, const cv::Rect2f &squareBox) {
    const cv::Rect crop = contextCrop(bgr.size(), squareBox, kContextScale);
    if (crop.width < 2 || crop.height < 2)
        return -1.0;
    // BGR and no scaling: the model separates NUAA prints perfectly so, and worse with RGB.
    m_net.setInput(
        cv::dnn::blobFromImage(bgr(crop), 1.0, cv::Size(128, 128), cv::Scalar(), false, false),
        "input");
    cv::Mat out = m_net.forward("output").clone();
    if (out.total() < 2)
        return -1.0;
    softmaxInPlace(out.ptr<float>(), static_cast<int>(out.total()));
    return out.ptr<float>()[0];
}

void softmaxInPlace(float *values, int n) {
    if (n <= 0)
        return;
    const float top = *std::max_element(values, values + n);
    double sum = 0;
    for (int i = 0; i < n; ++i) {
        values[i] = std::exp(values[i] - top);
        sum += values[i];
    }
    for (int i = 0; i < n; ++i)
        values[i] = static_cast<float>(values[i] / sum);
}

} // namespace ow::vision
