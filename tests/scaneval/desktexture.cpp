#include "desktexture.h"

#include "pagetextsource.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ow::scaneval {

namespace {
using T = PageTextSource;
}

cv::Mat DeskTexture::smoothNoise(cv::Size size, int cells, cv::RNG &rng) {
    cv::Mat coarse(std::max(2, cells * size.height / std::max(1, size.width)), cells, CV_32F);
    rng.fill(coarse, cv::RNG::UNIFORM, 0.f, 1.f);
    cv::Mat out;
    cv::resize(coarse, out, size, 0, 0, cv::INTER_CUBIC);
    return out;
}

cv::Mat DeskTexture::wood(cv::Size size, std::mt19937_64 &rng, cv::RNG &cvRng) {
    const bool vertical = T::uniform(rng, 0, 1) == 1;
    const cv::Size s = vertical ? cv::Size(size.height, size.width) : size;
    const cv::Mat warp = smoothNoise(s, 6, cvRng);
    const cv::Mat fine = smoothNoise(s, 60, cvRng);
    const cv::Vec3f base(float(T::uniform(rng, 40, 75)), float(T::uniform(rng, 80, 115)),
                         float(T::uniform(rng, 130, 175)));
    const double plank = s.height / T::uniform(rng, 2.5, 5.0);
    const double freq = T::uniform(rng, 25.0, 60.0) / s.height;
    cv::Mat out(s, CV_8UC3);
    for (int y = 0; y < s.height; ++y) {
        const int plankIndex = int(y / plank);
        const float plankTone = 0.85f + 0.1f * float((plankIndex * 7919) % 5) / 4.f;
        const bool seam = std::fmod(y, plank) < 2.0;
        for (int x = 0; x < s.width; ++x) {
            const float grain = float(
                std::sin(2 * M_PI * (y * freq + 4.0 * warp.at<float>(y, x) + plankIndex * 0.37)));
            float shade = plankTone * (0.88f + 0.1f * grain + 0.08f * fine.at<float>(y, x));
            if (seam)
                shade *= 0.55f;
            const cv::Vec3f v = base * shade;
            out.at<cv::Vec3b>(y, x) =
                cv::Vec3b(cv::saturate_cast<uchar>(v[0]), cv::saturate_cast<uchar>(v[1]),
                          cv::saturate_cast<uchar>(v[2]));
        }
    }
    if (vertical)
        cv::transpose(out, out);
    return out;
}

cv::Mat DeskTexture::patterned(cv::Size size, std::mt19937_64 &rng) {
    cv::Mat out(size, CV_8UC3);
    const cv::Scalar a(T::uniform(rng, 60, 200), T::uniform(rng, 60, 200),
                       T::uniform(rng, 60, 200));
    const cv::Scalar b(T::uniform(rng, 30, 160), T::uniform(rng, 30, 160),
                       T::uniform(rng, 30, 160));
    out.setTo(a);
    const int style = T::uniform(rng, 0, 2);
    const int period = std::max(4, int(size.width / T::uniform(rng, 14.0, 30.0)));
    if (style == 0) { // plaid: crossing translucent stripes
        cv::Mat stripes = out.clone();
        for (int x = 0; x < size.width; x += period)
            cv::rectangle(stripes, {x, 0}, {x + period / 3, size.height}, b, cv::FILLED);
        for (int y = 0; y < size.height; y += period)
            cv::rectangle(stripes, {0, y}, {size.width, y + period / 3}, b, cv::FILLED);
        cv::addWeighted(out, 0.45, stripes, 0.55, 0, out);
    } else if (style == 1) { // tiles with grout lines
        for (int y = 0; y < size.height; y += period)
            for (int x = 0; x < size.width; x += period)
                if (((x / period) + (y / period)) % 2 == 0)
                    cv::rectangle(out, {x, y}, {x + period - 1, y + period - 1}, b, cv::FILLED);
    } else { // dots
        for (int y = period / 2; y < size.height; y += period)
            for (int x = (y / period % 2) * period / 2; x < size.width; x += period)
                cv::circle(out, {x, y}, period / 4, b, cv::FILLED, cv::LINE_AA);
    }
    return out;
}

cv::Mat DeskTexture::make(Desk desk, cv::Size size, std::mt19937_64 &rng) {
    cv::RNG cvRng(rng());
    const cv::Size quarter(std::max(8, size.width / 4), std::max(8, size.height / 4));
    cv::Mat small;
    switch (desk) {
    case Desk::Wood:
        small = wood(quarter, rng, cvRng);
        break;
    case Desk::Patterned:
        small = patterned(quarter, rng);
        break;
    case Desk::Dark:
    case Desk::Light:
    case Desk::None: {
        const bool dark = desk == Desk::Dark;
        const int level = dark ? T::uniform(rng, 20, 65) : T::uniform(rng, 185, 212);
        const cv::Mat mottle = smoothNoise(quarter, 8, cvRng);
        small.create(quarter, CV_8UC3);
        const cv::Vec3f tint(float(T::uniform(rng, -6, 6)), float(T::uniform(rng, -6, 6)),
                             float(T::uniform(rng, -10, 10)));
        for (int y = 0; y < quarter.height; ++y)
            for (int x = 0; x < quarter.width; ++x) {
                const float v = float(level) * (0.92f + 0.16f * mottle.at<float>(y, x));
                small.at<cv::Vec3b>(y, x) = cv::Vec3b(cv::saturate_cast<uchar>(v + tint[0]),
                                                      cv::saturate_cast<uchar>(v + tint[1]),
                                                      cv::saturate_cast<uchar>(v + tint[2]));
            }
        break;
    }
    }
    cv::Mat out;
    cv::resize(small, out, size, 0, 0, cv::INTER_LINEAR);
    // Full-resolution surface grain.
    cv::Mat wide;
    out.convertTo(wide, CV_16SC3);
    cv::Mat noise(size, CV_16SC3);
    cvRng.fill(noise, cv::RNG::NORMAL, 0, 4);
    wide += noise;
    wide.convertTo(out, CV_8UC3);
    return out;
}

} // namespace ow::scaneval
