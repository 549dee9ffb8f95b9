#include "facequality.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <numbers>

namespace ow::vision {

FaceQuality::FaceQuality(FaceQualityLimits limits)
    : m_limits(limits) {}

FaceQualityIssue FaceQuality::assess(const cv::Mat &bgr, const std::vector<FaceCandidate> &faces,
                                     const std::array<cv::Point2f, 5> &points) const {
    if (faces.empty())
        return FaceQualityIssue::NoFace;
    const cv::Rect2f &box = faces.front().box;
    const double side = std::max(box.width, box.height);
    if (faces.size() > 1 &&
        std::max(faces[1].box.width, faces[1].box.height) >= m_limits.severalFacesRatio * side)
        return FaceQualityIssue::SeveralFaces;
    if (side < m_limits.minFaceSide)
        return FaceQualityIssue::TooSmall;
    const double light = brightness(bgr, box);
    if (light < m_limits.minBrightness)
        return FaceQualityIssue::TooDark;
    if (light > m_limits.maxBrightness)
        return FaceQualityIssue::TooBright;
    if (sharpness(bgr, box) < m_limits.minSharpness)
        return FaceQualityIssue::Blurred;
    if (noseOffset(points) > m_limits.maxNoseOffset ||
        std::abs(eyeTiltDegrees(points)) > m_limits.maxEyeTilt)
        return FaceQualityIssue::NotFrontal;
    return FaceQualityIssue::None;
}

double FaceQuality::brightness(const cv::Mat &bgr, const cv::Rect2f &box) {
    const cv::Rect r = cv::Rect(box) & cv::Rect(0, 0, bgr.cols, bgr.rows);
    if (r.empty())
        return 0.0;
    const cv::Scalar m = cv::mean(bgr(r));
    return 0.114 * m[0] + 0.587 * m[1] + 0.299 * m[2];
}

double FaceQuality::sharpness(const cv::Mat &bgr, const cv::Rect2f &box) {
    const cv::Rect r = cv::Rect(box) & cv::Rect(0, 0, bgr.cols, bgr.rows);
    if (r.width < 8 || r.height < 8)
        return 0.0;
    // At a fixed size so that the figure does not depend on how large the face is.
    cv::Mat grey, small, laplacian;
    cv::cvtColor(bgr(r), grey, cv::COLOR_BGR2GRAY);
    cv::resize(grey, small, cv::Size(112, 112), 0, 0, cv::INTER_AREA);
    cv::Laplacian(small, laplacian, CV_64F);
    cv::Scalar mean, stdDev;
    cv::meanStdDev(laplacian, mean, stdDev);
    return stdDev[0] * stdDev[0];
}

double FaceQuality::noseOffset(const std::array<cv::Point2f, 5> &p) {
    const cv::Point2f eyeMid = (p[0] + p[1]) / 2;
    const double eyeDistance = cv::norm(p[1] - p[0]);
    if (eyeDistance < 1e-3)
        return 1.0;
    // Distance of the nose from the eye axis' perpendicular bisector, so roll does not count.
    const cv::Point2f axis = (p[1] - p[0]) / static_cast<float>(eyeDistance);
    return std::abs((p[2] - eyeMid).dot(axis)) / eyeDistance;
}

double FaceQuality::eyeTiltDegrees(const std::array<cv::Point2f, 5> &p) {
    return std::atan2(p[1].y - p[0].y, p[1].x - p[0].x) * 180.0 / std::numbers::pi;
}

QString faceQualityAdvice(FaceQualityIssue issue) {
    const char *text = nullptr;
    switch (issue) {
    case FaceQualityIssue::None:
        return {};
    case FaceQualityIssue::NoFace:
        text = QT_TRANSLATE_NOOP("FaceQuality", "Please look into the camera.");
        break;
    case FaceQualityIssue::SeveralFaces:
        text = QT_TRANSLATE_NOOP("FaceQuality", "Only the applicant should be in front of the "
                                                "camera.");
        break;
    case FaceQualityIssue::TooSmall:
        text = QT_TRANSLATE_NOOP("FaceQuality", "Please come closer to the camera.");
        break;
    case FaceQualityIssue::TooDark:
        text = QT_TRANSLATE_NOOP("FaceQuality", "Your face is too dark: please face the light.");
        break;
    case FaceQualityIssue::TooBright:
        text = QT_TRANSLATE_NOOP("FaceQuality", "Too much light on your face: please step out "
                                                "of the glare.");
        break;
    case FaceQualityIssue::Blurred:
        text = QT_TRANSLATE_NOOP("FaceQuality", "Please hold still.");
        break;
    case FaceQualityIssue::NotFrontal:
        text = QT_TRANSLATE_NOOP("FaceQuality", "Please look straight at the camera.");
        break;
    }
    return QCoreApplication::translate("FaceQuality", text);
}

} // namespace ow::vision
