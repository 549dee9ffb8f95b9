#pragma once

#include <QString>

#include <opencv2/core.hpp>

#include <random>
#include <vector>

namespace ow::glyphnet {

// Trains the glyph orientation net (glyphorientation.h): one hidden ReLU layer scoring a cell,
// the same weights applied to the cell's four quarter turns, a softmax over the four, the
// upright one the target. Plain minibatch SGD with momentum: a few hundred thousand cells of
// 256 inputs train in minutes on one core.
class GlyphNetTrainer {
public:
    GlyphNetTrainer(int inputs, int hidden, std::mt19937_64 &rng);

    // One pass over the cells in random order; returns the mean loss.
    double epoch(const std::vector<cv::Mat> &cells, double learningRate, std::mt19937_64 &rng);
    // The share of cells whose upright reading scores highest.
    double accuracy(const std::vector<cv::Mat> &cells) const;

    // Writes the net as C++ source defining builtInGlyphOrientationNet().
    bool writeSource(const QString &path, const QString &provenance) const;

private:
    void scores(const float *x, std::vector<float> &hiddenOut, float &score) const;

    int m_inputs;
    int m_hidden;
    std::vector<float> m_w1, m_b1, m_w2;
    std::vector<float> m_vw1, m_vb1, m_vw2; // momentum
};

} // namespace ow::glyphnet
