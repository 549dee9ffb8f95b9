#include "scansynth.h"

#include "pagerenderer.h"
#include "pagetextsource.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ow::scaneval {

namespace {
using T = PageTextSource;
}

ScanSample ScanSynth::compose(PageKind page, std::mt19937_64 &rng, double dpi) {
    ScanSample sample;
    sample.kind = SampleKind::Scan;
    sample.page = page;
    sample.desk = Desk::None;
    RenderedPage rendered = PageRenderer::render(page, dpi, rng);
    sample.pageSizeMm = rendered.sizeMm;
    sample.codes = rendered.codes;
    sample.blank = rendered.blank;
    sample.separator = rendered.separator;

    const int orientation = 90 * T::uniform(rng, 0, 3);
    // One scan in ten is nearly straight; the rest anywhere in -7..+7 degrees.
    const double skew =
        T::uniform(rng, 0, 9) == 0 ? T::uniform(rng, -0.3, 0.3) : T::uniform(rng, -7.0, 7.0);
    const double angle = orientation + skew;
    const cv::Size pageSize = rendered.bgr.size();
    const cv::Size canvas =
        orientation % 180 == 0 ? pageSize : cv::Size(pageSize.height, pageSize.width);
    const cv::Point2f from((pageSize.width - 1) / 2.f, (pageSize.height - 1) / 2.f);
    cv::Mat m = cv::getRotationMatrix2D(from, angle, 1.0); // counter-clockwise on screen
    const double shiftX = T::uniform(rng, -25.0, 25.0);
    const double shiftY = T::uniform(rng, -25.0, 25.0);
    m.at<double>(0, 2) += (canvas.width - 1) / 2.0 - from.x + shiftX;
    m.at<double>(1, 2) += (canvas.height - 1) / 2.0 - from.y + shiftY;
    const int lid = T::uniform(rng, 25, 70);
    cv::Mat image;
    cv::warpAffine(rendered.bgr, image, m, canvas, cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                   cv::Scalar(lid, lid, lid));
    if (T::uniform(rng, 0, 9) < 3) {
        // Dark lid strips along the top and left edges of the scan area.
        cv::rectangle(image, {0, 0}, {canvas.width, T::uniform(rng, 8, 40)},
                      cv::Scalar(lid, lid, lid), cv::FILLED);
        cv::rectangle(image, {0, 0}, {T::uniform(rng, 8, 40), canvas.height},
                      cv::Scalar(lid, lid, lid), cv::FILLED);
    }
    const cv::Matx23d affine(m.ptr<double>(0)[0], m.ptr<double>(0)[1], m.ptr<double>(0)[2],
                             m.ptr<double>(1)[0], m.ptr<double>(1)[1], m.ptr<double>(1)[2]);
    const std::array<cv::Point2d, 4> pageCorners = {cv::Point2d(-0.5, -0.5),
                                                    {pageSize.width - 0.5, -0.5},
                                                    {pageSize.width - 0.5, pageSize.height - 0.5},
                                                    {-0.5, pageSize.height - 0.5}};
    for (size_t i = 0; i < 4; ++i) {
        const cv::Vec2d p = affine * cv::Vec3d(pageCorners[i].x, pageCorners[i].y, 1.0);
        sample.corners[i] = cv::Point2f(float(p[0]), float(p[1]));
    }
    cv::GaussianBlur(image, image, {0, 0}, T::uniform(rng, 0.4, 0.8));
    cv::Mat noise(canvas, CV_16SC3);
    cv::RNG cvRng(rng());
    cvRng.fill(noise, cv::RNG::NORMAL, 0, T::uniform(rng, 1.0, 3.0));
    cv::Mat wide;
    image.convertTo(wide, CV_16SC3);
    wide += noise;
    wide.convertTo(sample.image, CV_8UC3);

    sample.angleDeg = angle > 180 ? angle - 360 : angle;
    sample.orientation = orientation;
    sample.skewDeg = skew;
    return sample;
}

} // namespace ow::scaneval
