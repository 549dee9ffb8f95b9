// rectifyPage() and estimatePageAspect(), declared in pagedetector.h.
#include "pagedetector.h"

#include "perspectivewarp.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace ow::vision {

namespace {

constexpr double kFocalGuess = 0.85; // x the longer image side

cv::Vec3d homogeneous(cv::Point2f p, cv::Point2d centre) {
    return {p.x - centre.x, p.y - centre.y, 1.0};
}

} // namespace

double estimatePageAspect(const PageQuad &quad, cv::Size imageSize) {
    const auto &c = quad.corners;
    const double top = cv::norm(c[1] - c[0]);
    const double bottom = cv::norm(c[2] - c[3]);
    const double left = cv::norm(c[3] - c[0]);
    const double right = cv::norm(c[2] - c[1]);
    const double naive = (top + bottom) > 0 ? (left + right) / (top + bottom) : 1.0;
    if (imageSize.width <= 0 || imageSize.height <= 0)
        return naive;
    // Zhang & He: m1..m4 = TL, TR, BL, BR relative to the principal point.
    const cv::Point2d centre(imageSize.width / 2.0, imageSize.height / 2.0);
    const cv::Vec3d m1 = homogeneous(c[0], centre);
    const cv::Vec3d m2 = homogeneous(c[1], centre);
    const cv::Vec3d m3 = homogeneous(c[3], centre);
    const cv::Vec3d m4 = homogeneous(c[2], centre);
    const double d2 = m2.cross(m4).dot(m3);
    const double d3 = m3.cross(m4).dot(m2);
    if (std::abs(d2) < 1e-9 || std::abs(d3) < 1e-9)
        return naive;
    const double k2 = m1.cross(m4).dot(m3) / d2;
    const double k3 = m1.cross(m4).dot(m2) / d3;
    const cv::Vec3d n2 = k2 * m2 - m1;
    const cv::Vec3d n3 = k3 * m3 - m1;
    const double longSide = std::max(imageSize.width, imageSize.height);
    double f2 = kFocalGuess * kFocalGuess * longSide * longSide;
    // Near-parallel sides make the solved focal length meaningless; keep the guess then.
    if (std::abs(n2[2] * n3[2]) > 1e-6) {
        const double solved = -(n2[0] * n3[0] + n2[1] * n3[1]) / (n2[2] * n3[2]);
        if (solved > 0.25 * longSide * longSide && solved < 16.0 * longSide * longSide)
            f2 = solved;
    }
    const double width2 = (n2[0] * n2[0] + n2[1] * n2[1]) / f2 + n2[2] * n2[2];
    const double height2 = (n3[0] * n3[0] + n3[1] * n3[1]) / f2 + n3[2] * n3[2];
    if (width2 <= 0 || height2 <= 0)
        return naive;
    const double aspect = std::sqrt(height2 / width2);
    return std::isfinite(aspect) && aspect > 0.05 && aspect < 20 ? aspect : naive;
}

cv::Mat rectifyPage(const cv::Mat &image, const PageQuad &quad) {
    try {
        if (image.empty())
            return {};
        const auto &c = quad.corners;
        const double width = std::max(cv::norm(c[1] - c[0]), cv::norm(c[2] - c[3]));
        if (!(width >= 2))
            return {};
        const double aspect = estimatePageAspect(quad, image.size());
        const int outW = int(std::lround(width));
        const int outH = std::max(2, int(std::lround(width * aspect)));
        if (double(outW) * outH > 2.5e8)
            return {};
        const cv::Point2f src[4] = {c[0], c[1], c[2], c[3]};
        // Pixel centres: the page's corners lie half a pixel outside the first and last centres.
        const cv::Point2f dst[4] = {{-0.5f, -0.5f},
                                    {float(outW) - 0.5f, -0.5f},
                                    {float(outW) - 0.5f, float(outH) - 0.5f},
                                    {-0.5f, float(outH) - 0.5f}};
        // OpenCV's bilinear warp, pixel for pixel, in one pass instead of a map and a remap.
        return warpPerspectiveLinear(image, cv::Matx33d(cv::getPerspectiveTransform(src, dst)),
                                     {outW, outH});
    } catch (const cv::Exception &) {
        return {};
    }
}

} // namespace ow::vision
