#include "headposemodel.h"

#include "livenessmodel.h"

namespace ow::vision {

namespace {

double binnedAngle(const cv::Mat &output) {
    cv::Mat logits = output.clone(); // the net may reuse its output buffers
    const int bins = static_cast<int>(logits.total());
    auto *p = logits.ptr<float>();
    softmaxInPlace(p, bins);
    double expected = 0;
    for (int i = 0; i < bins; ++i)
        expected += p[i] * i;
    return expected * 3.0 - 99.0;
}

} // namespace

HeadPoseModel::HeadPoseModel(cv::dnn::Net net)
    : m_net(std::move(net)) {}

bool HeadPoseModel::estimate(const cv::Mat &bgr, const cv::Rect2f &box, HeadPose *pose) {
    const float dx = box.width / 4, dy = box.height / 4;
    const cv::Rect crop =
        cv::Rect(cv::Rect2f(box.x - dx, box.y - dy, box.width + 2 * dx, box.height + 2 * dy)) &
        cv::Rect(0, 0, bgr.cols, bgr.rows);
    if (crop.width < 4 || crop.height < 4)
        return false;
    // RGB, (px/255 - mean) / std: the mean goes in R,G,B order because of swapRB.
    cv::Mat blob =
        cv::dnn::blobFromImage(bgr(crop), 1.0 / 255.0, cv::Size(224, 224),
                               cv::Scalar(0.485 * 255, 0.456 * 255, 0.406 * 255), true, false);
    const double stdDev[3] = {0.229, 0.224, 0.225};
    for (int c = 0; c < 3; ++c) {
        cv::Mat plane(224, 224, CV_32F, blob.ptr<float>(0, c));
        plane /= stdDev[c];
    }
    m_net.setInput(blob, "input");
    std::vector<cv::Mat> outs;
    m_net.forward(outs, std::vector<cv::String>{"output", "617", "618"});
    if (outs.size() != 3)
        return false;
    pose->yaw = binnedAngle(outs[0]);
    pose->pitch = binnedAngle(outs[1]);
    pose->roll = binnedAngle(outs[2]);
    return true;
}

} // namespace ow::vision
