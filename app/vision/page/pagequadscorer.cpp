#include "pagequadscorer.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ow::vision {

namespace {

cv::Vec3f sampleLab(const cv::Mat &lab, cv::Point2f p) {
    const int x = std::clamp(int(std::lround(p.x)), 0, lab.cols - 1);
    const int y = std::clamp(int(std::lround(p.y)), 0, lab.rows - 1);
    const auto v = lab.at<cv::Vec3b>(y, x);
    return {float(v[0]), float(v[1]), float(v[2])};
}

bool inside(const cv::Mat &lab, cv::Point2f p) {
    return p.x >= 0 && p.y >= 0 && p.x <= lab.cols - 1 && p.y <= lab.rows - 1;
}

// Along one side: the fraction of samples where the colour changes across the side in the same
// direction as along the rest of the side (paper against desk keeps one sign all along; a
// rectangle that merely lines up with a checked or tiled desk flips from tile to tile).
double sideSupport(const cv::Mat &lab, cv::Point2f a, cv::Point2f b) {
    const cv::Point2f d = b - a;
    const double len = std::hypot(d.x, d.y);
    if (len < 8)
        return 0.0;
    const cv::Point2f t(float(d.x / len), float(d.y / len));
    const cv::Point2f n(t.y, -t.x);
    constexpr int samples = 40;
    constexpr float threshold = 14.f;
    // Bands this far either side of the line: a thin ruled line has paper on both sides.
    constexpr float kNear = 2.5f;
    constexpr float kFar = 4.f;
    std::vector<cv::Vec3f> steps;
    steps.reserve(samples);
    cv::Vec3f sum(0, 0, 0);
    for (int i = 0; i < samples; ++i) {
        const cv::Point2f p = a + d * float(0.08 + 0.84 * i / (samples - 1));
        float best = 0.f;
        cv::Vec3f step(0, 0, 0);
        // The boundary may sit a pixel or two off the rough line.
        for (float shift = -1.5f; shift <= 1.51f; shift += 1.5f) {
            const cv::Point2f q = p + n * shift;
            const cv::Point2f out1 = q + n * kNear;
            const cv::Point2f in1 = q - n * kNear;
            if (!inside(lab, out1) || !inside(lab, in1))
                continue;
            const cv::Vec3f diff = (sampleLab(lab, out1) + sampleLab(lab, q + n * kFar) -
                                    sampleLab(lab, in1) - sampleLab(lab, q - n * kFar)) /
                                   2.f;
            const float strength = float(cv::norm(diff));
            if (strength > best) {
                best = strength;
                step = diff;
            }
        }
        if (best > threshold) {
            steps.push_back(step);
            sum += step;
        }
    }
    const double sumNorm = cv::norm(sum);
    if (sumNorm < 1e-6)
        return 0.0;
    int agreeing = 0;
    for (const auto &step : steps) {
        if (step.dot(sum) > 0.5 * cv::norm(step) * sumNorm)
            ++agreeing;
    }
    return double(agreeing) / samples;
}

} // namespace

double PageQuadScorer::score(const cv::Mat &lab, const QuadGeometry::Quad &quad) {
    double sum = 0;
    double worst = 1;
    for (size_t i = 0; i < 4; ++i) {
        const double s = sideSupport(lab, quad[i], quad[(i + 1) % 4]);
        sum += s;
        worst = std::min(worst, s);
    }
    return 0.5 * worst + 0.5 * sum / 4.0;
}

bool PageQuadScorer::sameSheet(const cv::Mat &lab, const QuadGeometry::Quad &inner,
                               const QuadGeometry::Quad &outer) {
    for (const auto &p : inner) {
        const std::vector<cv::Point2f> outline(outer.begin(), outer.end());
        if (cv::pointPolygonTest(outline, p, true) < -2.0)
            return false;
    }
    const auto toInt = [](const QuadGeometry::Quad &q) {
        std::vector<cv::Point> points;
        for (const auto &p : q)
            points.emplace_back(cvRound(p.x), cvRound(p.y));
        return points;
    };
    cv::Point2f centre(0, 0);
    for (const auto &p : inner)
        centre += p * 0.25f;
    QuadGeometry::Quad shrunk;
    for (size_t i = 0; i < 4; ++i)
        shrunk[i] = centre + (inner[i] - centre) * 0.9f;
    cv::Mat ring(lab.size(), CV_8U, cv::Scalar(0));
    cv::fillConvexPoly(ring, toInt(outer), cv::Scalar(255));
    cv::fillConvexPoly(ring, toInt(inner), cv::Scalar(0));
    cv::Mat band(lab.size(), CV_8U, cv::Scalar(0));
    cv::fillConvexPoly(band, toInt(inner), cv::Scalar(255));
    cv::fillConvexPoly(band, toInt(shrunk), cv::Scalar(0));
    if (cv::countNonZero(ring) < 20 || cv::countNonZero(band) < 20)
        return false;
    const cv::Scalar ringColour = cv::mean(lab, ring);
    const cv::Scalar bandColour = cv::mean(lab, band);
    return cv::norm(ringColour - bandColour) < 20.0;
}

bool PageQuadScorer::plausible(const QuadGeometry::Quad &quad, cv::Size imageSize) {
    if (!QuadGeometry::isConvex(quad) || QuadGeometry::minInteriorAngle(quad) < 45.0)
        return false;
    const double imageArea = double(imageSize.area());
    const double a = QuadGeometry::area(quad);
    if (a < 0.02 * imageArea || a > 0.995 * imageArea)
        return false;
    const float margin = 0.02f * float(std::max(imageSize.width, imageSize.height));
    for (const auto &p : quad) {
        if (p.x < -margin || p.y < -margin || p.x > imageSize.width + margin ||
            p.y > imageSize.height + margin)
            return false;
    }
    // Opposite sides of a photographed page have similar lengths.
    for (size_t i = 0; i < 2; ++i) {
        const double s1 = cv::norm(quad[i + 1] - quad[i]);
        const double s2 = cv::norm(quad[(i + 3) % 4] - quad[(i + 2) % 4]);
        if (std::min(s1, s2) < 0.5 * std::max(s1, s2))
            return false;
    }
    return true;
}

} // namespace ow::vision
