#include "pagequadscorer.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace ow::vision {

namespace {

constexpr float kMaxThreshold = 14.f;
constexpr float kMinThreshold = 10.f;
constexpr float kThresholdShare = 0.5f; // of the median change across the sides
constexpr float kMinShade = 0.6f;       // a side's threshold is lowered at most this far
constexpr float kPaperDistance = 20.f;  // Lab distance within which a pixel has the paper's colour
constexpr double kPaperShare = 0.6;     // of a sheet's margin around a printed frame
constexpr double kThinStrip = 3.0;      // mean width in pixels of a margin strip not judged

cv::Vec3f sampleLab(const cv::Mat &lab, cv::Point2f p) {
    const int x = std::clamp(int(std::lround(p.x)), 0, lab.cols - 1);
    const int y = std::clamp(int(std::lround(p.y)), 0, lab.rows - 1);
    const auto v = lab.at<cv::Vec3b>(y, x);
    return {float(v[0]), float(v[1]), float(v[2])};
}

bool inside(const cv::Mat &lab, cv::Point2f p) {
    return p.x >= 0 && p.y >= 0 && p.x <= lab.cols - 1 && p.y <= lab.rows - 1;
}

// The strongest colour change across a side at each of its sample points (zero where the bands
// fall outside the image).
struct Step {
    float strength;
    cv::Vec3f diff;
};

// The lighter band's mean lightness along a side (the paper's, on any desk): a side in a cast
// shadow is darker, and so is every change across it.
float sideLightness(const cv::Mat &lab, cv::Point2f a, cv::Point2f b) {
    const cv::Point2f d = b - a;
    const double len = std::hypot(d.x, d.y);
    if (len < 8)
        return 0.f;
    const cv::Point2f n(float(d.y / len), float(-d.x / len));
    constexpr int samples = 20;
    constexpr float kFar = 4.f;
    float outerSum = 0.f;
    float innerSum = 0.f;
    int counted = 0;
    for (int i = 0; i < samples; ++i) {
        const cv::Point2f p = a + d * float(0.08 + 0.84 * i / (samples - 1));
        if (!inside(lab, p + n * kFar) || !inside(lab, p - n * kFar))
            continue;
        outerSum += sampleLab(lab, p + n * kFar)[0];
        innerSum += sampleLab(lab, p - n * kFar)[0];
        ++counted;
    }
    return counted ? std::max(outerSum, innerSum) / float(counted) : 0.f;
}

std::vector<Step> sideSteps(const cv::Mat &lab, cv::Point2f a, cv::Point2f b) {
    const cv::Point2f d = b - a;
    const double len = std::hypot(d.x, d.y);
    if (len < 8)
        return {};
    const cv::Point2f t(float(d.x / len), float(d.y / len));
    const cv::Point2f n(t.y, -t.x);
    constexpr int samples = 40;
    // Bands this far either side of the line: a thin ruled line has paper on both sides.
    constexpr float kNear = 2.5f;
    constexpr float kFar = 4.f;
    std::vector<Step> steps;
    steps.reserve(samples);
    for (int i = 0; i < samples; ++i) {
        const cv::Point2f p = a + d * float(0.08 + 0.84 * i / (samples - 1));
        Step best{0.f, cv::Vec3f(0, 0, 0)};
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
            if (strength > best.strength)
                best = {strength, diff};
        }
        steps.push_back(best);
    }
    return steps;
}

// Along one side: the fraction of samples where the colour changes across the side in the same
// direction as along the rest of the side (paper against desk keeps one sign all along; a
// rectangle that merely lines up with a checked or tiled desk flips from tile to tile).
double sideSupport(const std::vector<Step> &all, float threshold) {
    if (all.empty())
        return 0.0;
    std::vector<cv::Vec3f> steps;
    cv::Vec3f sum(0, 0, 0);
    for (const Step &s : all) {
        if (s.strength > threshold) {
            steps.push_back(s.diff);
            sum += s.diff;
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
    return double(agreeing) / double(all.size());
}

std::vector<cv::Point> toIntPoints(const QuadGeometry::Quad &quad) {
    std::vector<cv::Point> points;
    for (const auto &p : quad)
        points.emplace_back(cvRound(p.x), cvRound(p.y));
    return points;
}

// One channel's values at the mask's pixels within box.
std::vector<uchar> maskedValues(const cv::Mat &lab, const cv::Mat &mask, const cv::Rect &box,
                                int channel) {
    std::vector<uchar> values;
    for (int y = box.y; y < box.br().y; ++y) {
        const uchar *m = mask.ptr<uchar>(y);
        const cv::Vec3b *l = lab.ptr<cv::Vec3b>(y);
        for (int x = box.x; x < box.br().x; ++x)
            if (m[x])
                values.push_back(l[x][channel]);
    }
    return values;
}

// Each channel's median over the mask's pixels within box.
cv::Vec3f medianColour(const cv::Mat &lab, const cv::Mat &mask, const cv::Rect &box) {
    cv::Vec3f median(0, 0, 0);
    for (int c = 0; c < 3; ++c) {
        std::vector<uchar> v = maskedValues(lab, mask, box, c);
        if (v.empty())
            continue;
        const auto mid = v.begin() + static_cast<long>(v.size() / 2);
        std::nth_element(v.begin(), mid, v.end());
        median[c] = float(*mid);
    }
    return median;
}

// The pixels inside outer but outside inner.
cv::Mat ringMask(cv::Size size, const QuadGeometry::Quad &outer, const QuadGeometry::Quad &inner) {
    cv::Mat mask(size, CV_8U, cv::Scalar(0));
    cv::fillConvexPoly(mask, toIntPoints(outer), cv::Scalar(255));
    cv::fillConvexPoly(mask, toIntPoints(inner), cv::Scalar(0));
    return mask;
}

} // namespace

double PageQuadScorer::score(const cv::Mat &lab, const QuadGeometry::Quad &quad, Light light) {
    std::array<std::vector<Step>, 4> sides;
    std::vector<float> strengths;
    for (size_t i = 0; i < 4; ++i) {
        sides[i] = sideSteps(lab, quad[i], quad[(i + 1) % 4]);
        for (const Step &s : sides[i])
            strengths.push_back(s.strength);
    }
    // A change counts above a threshold set by the quad's own contrast: half the median change
    // across its sides, between 10 and 14. A white card on a light desk differs from it by
    // barely 14 along parts of its edge (bench_scan --seed 7, photos 10 and 42, lost a side to
    // the card's printed guilloche at a fixed 14), while a page on wood or a dark desk keeps
    // the full 14 that shuts out desk texture.
    float threshold = kMaxThreshold;
    if (!strengths.empty()) {
        const auto mid = strengths.begin() + static_cast<long>(strengths.size() / 2);
        std::nth_element(strengths.begin(), mid, strengths.end());
        threshold = std::clamp(kThresholdShare * *mid, kMinThreshold, kMaxThreshold);
    }
    // A side in a cast shadow sees every change scaled down with its light: its threshold is
    // scaled by its paper's lightness against the brightest side's (tst_pagedetector
    // shadowCutsPage: the page's shaded side fell under the lit sides' threshold). Only for
    // pages joined across a shadow's edge: on any quad a partly shaded frame then scored as a
    // page and kept the sheet around it from being looked for.
    std::array<float, 4> lightness{1.f, 1.f, 1.f, 1.f};
    if (light == Light::Shaded) {
        for (size_t i = 0; i < 4; ++i)
            lightness[i] = sideLightness(lab, quad[i], quad[(i + 1) % 4]);
    }
    const float brightest = *std::max_element(lightness.begin(), lightness.end());
    double sum = 0;
    double worst = 1;
    for (size_t i = 0; i < 4; ++i) {
        const float shade =
            brightest > 0 ? std::clamp(lightness[i] / brightest, kMinShade, 1.f) : 1.f;
        const double s = sideSupport(sides[i], threshold * shade);
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
    const cv::Mat band = ringMask(lab.size(), inner, QuadGeometry::scaledAboutCentre(inner, 0.9f));
    if (cv::countNonZero(band) < 20)
        return false;
    // The ring's four strips, one along each side, each mostly of the paper's colour (the
    // band's median: print, a seal or a thumb on the margin do not move it). Comparing the whole
    // ring's mean let a strip of wood beside the page pass when the best quad was a part of the
    // page cut off by hands across it: the rest of the page filled most of the ring
    // (tst_pagedetector fingersHoldPage).
    const cv::Rect box = cv::boundingRect(toIntPoints(outer)) & cv::Rect(0, 0, lab.cols, lab.rows);
    if (box.empty())
        return false;
    const cv::Vec3f paper = medianColour(lab, band, box);
    cv::Mat strips(box.size(), CV_8U, cv::Scalar(0));
    const cv::Point shift(-box.x, -box.y);
    for (size_t i = 0; i < 4; ++i) {
        const size_t j = (i + 1) % 4;
        const std::vector<cv::Point> strip{cv::Point(cvRound(outer[i].x), cvRound(outer[i].y)),
                                           cv::Point(cvRound(outer[j].x), cvRound(outer[j].y)),
                                           cv::Point(cvRound(inner[j].x), cvRound(inner[j].y)),
                                           cv::Point(cvRound(inner[i].x), cvRound(inner[i].y))};
        cv::fillPoly(strips, std::vector<std::vector<cv::Point>>{strip}, cv::Scalar(int(i + 1)),
                     cv::LINE_8, 0, shift);
    }
    std::vector<cv::Point> innerPoints = toIntPoints(inner);
    for (auto &p : innerPoints)
        p += shift;
    cv::fillConvexPoly(strips, innerPoints, cv::Scalar(0));
    std::array<int, 5> total{};
    std::array<int, 5> paperLike{};
    for (int y = 0; y < box.height; ++y) {
        const uchar *side = strips.ptr<uchar>(y);
        const cv::Vec3b *l = lab.ptr<cv::Vec3b>(y + box.y) + box.x;
        for (int x = 0; x < box.width; ++x) {
            if (!side[x])
                continue;
            ++total[side[x]];
            const cv::Vec3f d(float(l[x][0]) - paper[0], float(l[x][1]) - paper[1],
                              float(l[x][2]) - paper[2]);
            if (d.dot(d) < kPaperDistance * kPaperDistance)
                ++paperLike[side[x]];
        }
    }
    // The strips together are the ring between the quads.
    if (total[1] + total[2] + total[3] + total[4] < 20)
        return false;
    for (size_t i = 0; i < 4; ++i) {
        // A strip a few pixels wide is the sheet's own edge, half desk whatever lies beyond.
        const double length = cv::norm(outer[(i + 1) % 4] - outer[i]);
        if (total[i + 1] > kThinStrip * length && paperLike[i + 1] < kPaperShare * total[i + 1])
            return false;
    }
    return true;
}

bool PageQuadScorer::shadowAround(const cv::Mat &lab, const QuadGeometry::Quad &inner,
                                  const QuadGeometry::Quad &outer) {
    constexpr double kDarker = 8.0;
    // A sheet lying on the desk casts a shadow a few millimetres wide; a ring wider than a tenth
    // of inner's shorter side is shade on the sheet itself (inner then ends at a line of text in
    // it: seed 7's photo_0086, where a cast shadow darkens the page's lower part on a light desk).
    constexpr double kMaxShadowWidth = 0.1;
    double shorterSide = std::numeric_limits<double>::max();
    double widest = 0.0;
    for (size_t i = 0; i < 4; ++i) {
        shorterSide = std::min(shorterSide, cv::norm(inner[(i + 1) % 4] - inner[i]));
        widest = std::max(widest, cv::norm(outer[i] - inner[i]));
    }
    if (widest > kMaxShadowWidth * shorterSide)
        return false;
    // The paper's own lightness in a region: its brightest tenth (print, a photo block and
    // guilloche lines are darker; a shadow has no paper-white at all).
    const auto paperLightness = [&](const QuadGeometry::Quad &big,
                                    const QuadGeometry::Quad &small) {
        const cv::Mat mask = ringMask(lab.size(), big, small);
        // Only the ring's box holds ring pixels: the rest of the image need not be visited.
        const cv::Rect box =
            cv::boundingRect(toIntPoints(big)) & cv::Rect(0, 0, lab.cols, lab.rows);
        std::vector<uchar> values = maskedValues(lab, mask, box, 0);
        if (values.size() < 20)
            return -1.0;
        const auto nth = values.begin() + static_cast<long>(0.9 * double(values.size() - 1));
        std::nth_element(values.begin(), nth, values.end());
        return static_cast<double>(*nth);
    };
    const double ring = paperLightness(outer, inner);
    const double band = paperLightness(inner, QuadGeometry::scaledAboutCentre(inner, 0.9f));
    const double desk = paperLightness(QuadGeometry::scaledAboutCentre(outer, 1.08f), outer);
    // The ring's paper is nearer the desk's lightness than the sheet's, and darker than both.
    return ring >= 0 && band >= 0 && desk >= 0 && ring < band - kDarker &&
           std::abs(ring - desk) < std::abs(ring - band);
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
