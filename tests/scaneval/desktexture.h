#pragma once

#include "scansample.h"

#include <opencv2/core.hpp>

#include <random>

namespace ow::scaneval {

// Procedural desk surfaces for camera photos: wood planks with grain, a dark mat, a light
// (near-paper) laminate, and patterned cloth (plaid, tiles or dots). Built at a quarter of the
// size and scaled up, then given full-resolution grain.
class DeskTexture {
public:
    static cv::Mat make(Desk desk, cv::Size size, std::mt19937_64 &rng);

private:
    static cv::Mat smoothNoise(cv::Size size, int cells, cv::RNG &rng);
    static cv::Mat wood(cv::Size size, std::mt19937_64 &rng, cv::RNG &cvRng);
    static cv::Mat patterned(cv::Size size, std::mt19937_64 &rng);
};

} // namespace ow::scaneval
