#pragma once

#include <opencv2/core.hpp>

#include <cstdint>

// Uniform noise of `levels` grey levels (2: ties everywhere, 256: hardly any), seeded by the
// size and levels so that each test case draws the same image every run. For the suites that
// compare our own image loops with OpenCV's pixel for pixel.
inline cv::Mat uniformNoise(cv::Size size, int levels, int type = CV_8UC1) {
    cv::Mat image(size, type);
    cv::RNG rng(static_cast<std::uint64_t>(size.area() * 31 + levels));
    rng.fill(image, cv::RNG::UNIFORM, 0, levels);
    return image;
}
