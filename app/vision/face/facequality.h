#pragma once

#include "facedetector.h"
#include "facepipeline.h"

#include <QString>

#include <opencv2/core.hpp>

#include <array>
#include <vector>

namespace ow::vision {

// Limits of a usable frame. The defaults suit a 640x480 counter camera at arm's length.
struct FaceQualityLimits {
    double minFaceSide = 80.0;      // px: the 112 px chip needs roughly this much face
    double minBrightness = 60.0;    // mean grey of the face
    double maxBrightness = 215.0;   // mean grey of the face
    double minSharpness = 40.0;     // Laplacian variance of the face resized to 112 px
    double maxNoseOffset = 0.22;    // |nose - eye midpoint| / eye distance (about 20 deg yaw)
    double maxEyeTilt = 20.0;       // degrees of in-plane roll
    double severalFacesRatio = 0.6; // a second face this large (by side) counts as another person
};

// The checks whose result is shown to the applicant, in the order of FaceQualityIssue.
class FaceQuality {
public:
    explicit FaceQuality(FaceQualityLimits limits = {});

    FaceQualityIssue assess(const cv::Mat &bgr, const std::vector<FaceCandidate> &faces,
                            const std::array<cv::Point2f, 5> &points) const;

    // Measures, exposed for tests and calibration.
    static double brightness(const cv::Mat &bgr, const cv::Rect2f &box);
    static double sharpness(const cv::Mat &bgr, const cv::Rect2f &box);
    // 0 for a frontal face; grows with yaw (nose off the eye midpoint).
    static double noseOffset(const std::array<cv::Point2f, 5> &points);
    static double eyeTiltDegrees(const std::array<cv::Point2f, 5> &points);

private:
    FaceQualityLimits m_limits;
};

// What to tell the applicant for an issue (translated, context "FaceQuality"); empty for None.
QString faceQualityAdvice(FaceQualityIssue issue);

} // namespace ow::vision
