#include "facealigner.h"

#include <opencv2/imgproc.hpp>

namespace ow::vision {

const std::array<cv::Point2f, 5> FaceAligner::kTemplate = {
    cv::Point2f(38.2946F, 51.6963F), cv::Point2f(73.5318F, 51.5014F),
    cv::Point2f(56.0252F, 71.7366F), cv::Point2f(41.5493F, 92.3655F),
    cv::Point2f(70.7299F, 92.2041F)};

cv::Mat FaceAligner::similarityToTemplate(const std::array<cv::Point2f, 5> &points) {
    // Closed form of the 2-D Umeyama problem: with both point sets centred,
    // a = sum(p.q) / sum(|p|^2), b = sum(p x q) / sum(|p|^2), R*s = [[a,-b],[b,a]].
    cv::Point2d srcMean, dstMean;
    for (size_t i = 0; i < points.size(); ++i) {
        srcMean += cv::Point2d(points[i]);
        dstMean += cv::Point2d(kTemplate[i]);
    }
    srcMean /= static_cast<double>(points.size());
    dstMean /= static_cast<double>(points.size());
    double dot = 0, cross = 0, norm = 0;
    for (size_t i = 0; i < points.size(); ++i) {
        const cv::Point2d p = cv::Point2d(points[i]) - srcMean;
        const cv::Point2d q = cv::Point2d(kTemplate[i]) - dstMean;
        dot += p.x * q.x + p.y * q.y;
        cross += p.x * q.y - p.y * q.x;
        norm += p.x * p.x + p.y * p.y;
    }
    cv::Mat m = cv::Mat::zeros(2, 3, CV_64F);
    if (norm <= 1e-9)
        return m;
    const double a = dot / norm;
    const double b = cross / norm;
    m.at<double>(0, 0) = a;
    m.at<double>(0, 1) = -b;
    m.at<double>(1, 0) = b;
    m.at<double>(1, 1) = a;
    m.at<double>(0, 2) = dstMean.x - (a * srcMean.x - b * srcMean.y);
    m.at<double>(1, 2) = dstMean.y - (b * srcMean.x + a * srcMean.y);
    return m;
}

cv::Mat FaceAligner::align(const cv::Mat &bgr, const std::array<cv::Point2f, 5> &points) {
    cv::Mat chip;
    cv::warpAffine(bgr, chip, similarityToTemplate(points), cv::Size(112, 112), cv::INTER_LINEAR,
                   cv::BORDER_CONSTANT, cv::Scalar(0, 0, 0));
    return chip;
}

} // namespace ow::vision
