#include "facedetector.h"

#include <algorithm>

namespace ow::vision {

FaceDetector::FaceDetector(cv::dnn::Net net)
    : m_net(std::move(net)) {}

std::vector<FaceCandidate> FaceDetector::detect(const cv::Mat &bgr) {
    // The model wants RGB (swapRB): the package's JS feeds BGR and misses more faces.
    const cv::Mat blob = cv::dnn::blobFromImage(bgr, 1.0 / 128.0, cv::Size(320, 240),
                                                cv::Scalar(127, 127, 127), true, false);
    m_net.setInput(blob, "input");
    std::vector<cv::Mat> outputs;
    m_net.forward(outputs, std::vector<cv::String>{"scores", "boxes"});
    const cv::Mat &scores = outputs.at(0);
    const cv::Mat &boxes = outputs.at(1);
    const int anchors = scores.dims == 3 ? scores.size[1] : 0;
    if (anchors == 0 || boxes.total() != static_cast<size_t>(anchors) * 4)
        return {};
    const auto *score = scores.ptr<float>();
    const auto *box = boxes.ptr<float>();
    const float width = static_cast<float>(bgr.cols);
    const float height = static_cast<float>(bgr.rows);

    std::vector<cv::Rect2d> rects;
    std::vector<float> confidences;
    for (int i = 0; i < anchors; ++i) {
        const float face = score[2 * i + 1];
        if (face < kScoreThreshold)
            continue;
        const float *b = box + 4 * i;
        rects.emplace_back(b[0] * width, b[1] * height, (b[2] - b[0]) * width,
                           (b[3] - b[1]) * height);
        confidences.push_back(face);
    }
    std::vector<int> kept;
    cv::dnn::NMSBoxes(rects, confidences, kScoreThreshold, kNmsIou, kept);

    std::vector<FaceCandidate> faces;
    for (const int k : kept) {
        const cv::Rect2d &r = rects[static_cast<size_t>(k)];
        // Square box of side = height about the centre, clipped (as the package does): the
        // landmark and liveness crops were trained on that box.
        const double side = r.height;
        const double cx = r.x + r.width / 2.0;
        const double cy = r.y + r.height / 2.0;
        const double x1 = std::max(0.0, cx - side / 2.0);
        const double y1 = std::max(0.0, cy - side / 2.0);
        const double x2 = std::min(static_cast<double>(width) - 1.0, cx + side / 2.0);
        const double y2 = std::min(static_cast<double>(height) - 1.0, cy + side / 2.0);
        if (x2 - x1 < 4.0 || y2 - y1 < 4.0)
            continue;
        faces.push_back({cv::Rect2f(static_cast<float>(x1), static_cast<float>(y1),
                                    static_cast<float>(x2 - x1), static_cast<float>(y2 - y1)),
                         confidences[static_cast<size_t>(k)]});
    }
    std::sort(faces.begin(), faces.end(), [](const FaceCandidate &a, const FaceCandidate &b) {
        return a.box.area() > b.box.area();
    });
    return faces;
}

} // namespace ow::vision
