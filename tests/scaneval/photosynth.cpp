#include "photosynth.h"

#include "desktexture.h"
#include "pagetextsource.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ow::scaneval {

namespace {

using T = PageTextSource;

cv::Matx33d rotation(double rx, double ry, double rz) {
    const double cx = std::cos(rx), sx = std::sin(rx);
    const double cy = std::cos(ry), sy = std::sin(ry);
    const double cz = std::cos(rz), sz = std::sin(rz);
    const cv::Matx33d x(1, 0, 0, 0, cx, -sx, 0, sx, cx);
    const cv::Matx33d y(cy, 0, sy, 0, 1, 0, -sy, 0, cy);
    const cv::Matx33d z(cz, -sz, 0, sz, cz, 0, 0, 0, 1);
    return z * x * y;
}

cv::Point2f apply(const cv::Matx33d &h, double x, double y) {
    const cv::Vec3d v = h * cv::Vec3d(x, y, 1);
    return {float(v[0] / v[2]), float(v[1] / v[2])};
}

double degrees(double radians) {
    return radians * 180.0 / M_PI;
}

} // namespace

bool PhotoSynth::placeCamera(cv::Size2d pageMm, PageKind page, cv::Size imageSize,
                             std::mt19937_64 &rng, cv::Matx33d &mmToImage) {
    const double w = imageSize.width;
    const double h = imageSize.height;
    const double f = T::uniform(rng, 0.7, 1.0) * w;
    const cv::Matx33d k(f, 0, w / 2, 0, f, h / 2, 0, 0, 1);
    double turn = T::uniform(rng, -20.0, 20.0);
    if (T::uniform(rng, 0, 9) < 3)
        turn += 90.0 * T::uniform(rng, 1, 3);
    const bool card = page == PageKind::IdCard;
    double fraction = card ? T::uniform(rng, 0.25, 0.45) : T::uniform(rng, 0.62, 0.92);
    const double tiltX = T::uniform(rng, -12.0, 12.0) * M_PI / 180;
    const double tiltY = T::uniform(rng, -12.0, 12.0) * M_PI / 180;
    const cv::Matx33d r = rotation(tiltX, tiltY, turn * M_PI / 180);
    const double longMm = std::max(pageMm.width, pageMm.height);
    for (int attempt = 0; attempt < 40; ++attempt, fraction *= 0.96) {
        // Cards are sized against the width, sheets against the height.
        const double z = f * longMm / (fraction * (card ? w : h));
        const double u = w / 2 + T::uniform(rng, -0.2, 0.2) * w * (1 - fraction);
        const double v = h / 2 + T::uniform(rng, -0.2, 0.2) * h * (1 - fraction);
        const cv::Vec3d t((u - w / 2) * z / f, (v - h / 2) * z / f, z);
        const cv::Matx33d rt(r(0, 0), r(0, 1), t[0], r(1, 0), r(1, 1), t[1], r(2, 0), r(2, 1),
                             t[2]);
        const cv::Matx33d candidate = k * rt;
        bool inside = true;
        const double margin = 0.03 * h;
        for (int i = 0; i < 4 && inside; ++i) {
            const double x = (i == 1 || i == 2 ? 0.5 : -0.5) * pageMm.width;
            const double y = (i >= 2 ? 0.5 : -0.5) * pageMm.height;
            const cv::Point2f p = apply(candidate, x, y);
            inside = p.x > margin && p.y > margin && p.x < w - margin && p.y < h - margin;
        }
        if (inside) {
            mmToImage = candidate;
            return true;
        }
    }
    return false;
}

void PhotoSynth::addClutter(cv::Mat &image, const std::vector<cv::Point2f> &sheet,
                            std::mt19937_64 &rng) {
    const double unit = image.cols / 100.0;
    const int count = T::uniform(rng, 0, 4);
    for (int i = 0; i < count; ++i) {
        const int type = T::uniform(rng, 0, 3);
        const double radius = unit * (type == 0 ? 9 : (type == 1 ? 7 : 5));
        for (int attempt = 0; attempt < 30; ++attempt) {
            const cv::Point2f c(float(T::uniform(rng, 0.0, double(image.cols))),
                                float(T::uniform(rng, 0.0, double(image.rows))));
            // Keep clutter off the sheet (beside it, not on it).
            if (cv::pointPolygonTest(sheet, c, true) > -(radius + unit))
                continue;
            const cv::Scalar colour(T::uniform(rng, 0, 255), T::uniform(rng, 0, 255),
                                    T::uniform(rng, 0, 255));
            if (type == 0) { // pen
                const double a = T::uniform(rng, 0.0, M_PI);
                const cv::Point2f d(float(std::cos(a) * radius), float(std::sin(a) * radius));
                cv::line(image, c - d, c + d, colour, std::max(2, int(unit * 0.8)), cv::LINE_AA);
            } else if (type == 1) { // cup seen from above
                cv::circle(image, c, int(radius), colour, cv::FILLED, cv::LINE_AA);
                cv::circle(image, c, int(radius * 0.8), colour * 0.6, cv::FILLED, cv::LINE_AA);
            } else if (type == 2) { // phone
                const cv::RotatedRect box(c, cv::Size2f(float(radius), float(radius * 2)),
                                          float(T::uniform(rng, 0.0, 180.0)));
                cv::Point2f pts[4];
                box.points(pts);
                std::vector<cv::Point> poly(pts, pts + 4);
                cv::fillConvexPoly(image, poly, cv::Scalar(25, 25, 30), cv::LINE_AA);
            } else { // sticky note
                const cv::RotatedRect box(c, cv::Size2f(float(radius * 1.4), float(radius * 1.4)),
                                          float(T::uniform(rng, 0.0, 90.0)));
                cv::Point2f pts[4];
                box.points(pts);
                std::vector<cv::Point> poly(pts, pts + 4);
                cv::fillConvexPoly(image, poly, cv::Scalar(90, 230, 250), cv::LINE_AA);
            }
            break;
        }
    }
}

cv::Mat PhotoSynth::lightField(cv::Size size, std::mt19937_64 &rng) {
    const cv::Size small(std::max(8, size.width / 8), std::max(8, size.height / 8));
    cv::Mat field(small, CV_32F);
    const double angle = T::uniform(rng, 0.0, 2 * M_PI);
    const double slope = T::uniform(rng, 0.0, 0.35);
    for (int y = 0; y < small.height; ++y)
        for (int x = 0; x < small.width; ++x) {
            const double nx = double(x) / small.width - 0.5;
            const double ny = double(y) / small.height - 0.5;
            const double ramp = 0.5 + (nx * std::cos(angle) + ny * std::sin(angle));
            const double vignette = 0.15 * (nx * nx + ny * ny);
            field.at<float>(y, x) = float(1.0 - slope * ramp - vignette);
        }
    if (T::uniform(rng, 0, 9) < 6) {
        // A cast shadow (an arm, the camera's stand) over part of the scene.
        cv::Mat shadow(small, CV_32F, cv::Scalar(1.0));
        std::vector<cv::Point> poly;
        const cv::Point anchor(T::uniform(rng, 0, small.width), 0);
        poly.push_back(anchor);
        poly.push_back({anchor.x + T::uniform(rng, small.width / 6, small.width / 3), 0});
        poly.push_back(
            {T::uniform(rng, 0, small.width), T::uniform(rng, small.height / 3, small.height)});
        poly.push_back({poly[2].x - T::uniform(rng, small.width / 6, small.width / 3), poly[2].y});
        cv::fillConvexPoly(shadow, poly, cv::Scalar(T::uniform(rng, 0.55, 0.85)));
        const double soft = small.width * T::uniform(rng, 0.005, 0.03);
        cv::GaussianBlur(shadow, shadow, {0, 0}, std::max(0.5, soft));
        field = field.mul(shadow);
    }
    cv::Mat big;
    cv::resize(field, big, size, 0, 0, cv::INTER_LINEAR);
    cv::Mat eight;
    big.convertTo(eight, CV_8U, 255.0);
    cv::Mat three;
    cv::cvtColor(eight, three, cv::COLOR_GRAY2BGR);
    return three;
}

ScanSample PhotoSynth::compose(PageKind page, Desk desk, cv::Size imageSize, std::mt19937_64 &rng) {
    ScanSample sample;
    sample.kind = SampleKind::Photo;
    sample.page = page;
    sample.desk = desk;
    sample.pageSizeMm = PageRenderer::sizeMm(page);
    cv::Matx33d mmToImage;
    if (!placeCamera(sample.pageSizeMm, page, imageSize, rng, mmToImage))
        return sample;
    const double wMm = sample.pageSizeMm.width;
    const double hMm = sample.pageSizeMm.height;
    const std::array<cv::Point2d, 4> cornersMm = {cv::Point2d(-wMm / 2, -hMm / 2),
                                                  {wMm / 2, -hMm / 2},
                                                  {wMm / 2, hMm / 2},
                                                  {-wMm / 2, hMm / 2}};
    for (size_t i = 0; i < 4; ++i)
        sample.corners[i] = apply(mmToImage, cornersMm[i].x, cornersMm[i].y);
    // Render at about the resolution the sheet has in the photo (a little more).
    double projectedLong = 0;
    for (size_t i = 0; i < 4; ++i)
        projectedLong = std::max(projectedLong,
                                 double(cv::norm(sample.corners[i] - sample.corners[(i + 1) % 4])));
    const double dpi = std::clamp(1.15 * projectedLong / std::max(wMm, hMm) * 25.4, 72.0, 500.0);
    RenderedPage rendered = PageRenderer::render(page, dpi, rng);
    sample.codes = rendered.codes;
    sample.blank = rendered.blank;
    sample.separator = rendered.separator;
    const double ppmX = rendered.bgr.cols / wMm;
    const double ppmY = rendered.bgr.rows / hMm;
    const cv::Matx33d pixToMm(1 / ppmX, 0, 0.5 / ppmX - wMm / 2, 0, 1 / ppmY, 0.5 / ppmY - hMm / 2,
                              0, 0, 1);
    const cv::Matx33d pixToImage = mmToImage * pixToMm;

    cv::Mat image = DeskTexture::make(desk, imageSize, rng);
    const std::vector<cv::Point2f> sheet(sample.corners.begin(), sample.corners.end());
    addClutter(image, sheet, rng);
    cv::Mat coverage;
    const cv::Mat mask = rendered.mask.empty()
                             ? cv::Mat(rendered.bgr.size(), CV_8U, cv::Scalar(255))
                             : rendered.mask;
    cv::warpPerspective(mask, coverage, pixToImage, imageSize, cv::INTER_LINEAR,
                        cv::BORDER_CONSTANT);
    // Soft drop shadow just outside the sheet (it lies a little above the desk).
    {
        cv::Mat shadow;
        const double s = imageSize.width / 1000.0;
        const cv::Matx23d shift(1, 0, T::uniform(rng, -2.0, 4.0) * s, 0, 1,
                                T::uniform(rng, 0.0, 4.0) * s);
        cv::warpAffine(coverage, shadow, shift, imageSize);
        cv::resize(shadow, shadow, {}, 0.25, 0.25, cv::INTER_AREA);
        cv::GaussianBlur(shadow, shadow, {0, 0}, std::max(0.6, s));
        cv::resize(shadow, shadow, imageSize, 0, 0, cv::INTER_LINEAR);
        cv::Mat keep = cv::Scalar(255) - shadow * T::uniform(rng, 0.2, 0.45);
        cv::cvtColor(keep, keep, cv::COLOR_GRAY2BGR);
        cv::multiply(image, keep, image, 1.0 / 255.0);
    }
    cv::Mat sheetPixels;
    cv::warpPerspective(rendered.bgr, sheetPixels, pixToImage, imageSize, cv::INTER_LINEAR,
                        cv::BORDER_CONSTANT);
    cv::Mat behind;
    cv::cvtColor(cv::Scalar(255) - coverage, behind, cv::COLOR_GRAY2BGR);
    cv::multiply(image, behind, image, 1.0 / 255.0);
    // Card pixels are premultiplied by their alpha already; sheets by the warp's coverage.
    cv::add(image, sheetPixels, image);
    cv::multiply(image, lightField(imageSize, rng), image, 1.0 / 255.0);
    const double scale = imageSize.width / 3264.0;
    const double sigma =
        (T::uniform(rng, 0, 9) < 3 ? T::uniform(rng, 1.5, 2.5) : T::uniform(rng, 0.3, 1.5)) * scale;
    cv::GaussianBlur(image, image, {0, 0}, std::max(0.3, sigma));
    cv::Mat noise(imageSize, CV_16SC3);
    cv::RNG cvRng(rng());
    cvRng.fill(noise, cv::RNG::NORMAL, 0, T::uniform(rng, 1.5, 5.0));
    cv::Mat wide;
    image.convertTo(wide, CV_16SC3);
    wide += noise;
    wide.convertTo(image, CV_8UC3);
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", image, jpeg, {cv::IMWRITE_JPEG_QUALITY, T::uniform(rng, 72, 95)});
    sample.image = cv::imdecode(jpeg, cv::IMREAD_COLOR);

    const cv::Point2f top = sample.corners[1] - sample.corners[0];
    sample.angleDeg = degrees(std::atan2(-top.y, top.x));
    return sample;
}

} // namespace ow::scaneval
