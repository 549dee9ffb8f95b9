#include "glyphorientation.h"

#include "glyphcells.h"
#include "textbands.h"

#include <opencv2/core.hpp>
#include <opencv2/core/hal/intrin.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace ow::vision {

namespace {

constexpr int kMaxHidden = 64;

} // namespace

float glyphUprightScore(const GlyphOrientationNet &net, const cv::Mat &cell) {
    if (!net.valid() || net.hidden > kMaxHidden || cell.type() != CV_32FC1 ||
        static_cast<int>(cell.total()) != net.inputs || !cell.isContinuous())
        return 0.0f;
    const float *x = cell.ptr<float>(0);
    std::array<float, kMaxHidden> units{};
    const size_t hidden = static_cast<size_t>(std::min(net.hidden, kMaxHidden));
    for (size_t j = 0; j < hidden; ++j)
        units[j] = net.b1[j];
    // Four units at a time (GCC does not vectorise this loop at -O2): each unit still sums its
    // products in input order, so the scores are the same floats.
    const size_t inFours = hidden & ~size_t(3);
    for (int i = 0; i < net.inputs; ++i) {
        if (x[i] == 0.0f)
            continue;
        const float *w = net.w1 + static_cast<size_t>(i) * static_cast<size_t>(net.hidden);
        const cv::v_float32x4 xi = cv::v_setall_f32(x[i]);
        size_t j = 0;
        for (; j < inFours; j += 4)
            cv::v_store(units.data() + j, cv::v_load(units.data() + j) + cv::v_load(w + j) * xi);
        for (; j < hidden; ++j)
            units[j] += w[j] * x[i];
    }
    float score = net.b2;
    for (size_t j = 0; j < hidden; ++j)
        score += net.w2[j] * std::max(0.0f, units[j]);
    return score;
}

int GlyphVote::bestQuarter() const {
    return static_cast<int>(std::max_element(logLikelihood.begin(), logLikelihood.end()) -
                            logLikelihood.begin());
}

double GlyphVote::margin() const {
    if (cells == 0)
        return 0.0;
    std::array<double, 4> sorted = logLikelihood;
    std::sort(sorted.begin(), sorted.end());
    return sorted[3] - sorted[2];
}

bool GlyphVote::settles() const {
    const double lead = margin();
    return lead >= kGlyphDecisiveMargin &&
           (lead >= kGlyphSureMargin || lead >= kGlyphMarginPerCell * cells);
}

std::array<cv::Mat, 4> glyphReadings(const cv::Mat &cell) {
    std::array<cv::Mat, 4> r;
    r[0] = cell.isContinuous() ? cell : cell.clone();
    cv::rotate(cell, r[1], cv::ROTATE_90_CLOCKWISE);
    cv::rotate(cell, r[2], cv::ROTATE_180);
    cv::rotate(cell, r[3], cv::ROTATE_90_COUNTERCLOCKWISE);
    return r;
}

GlyphVote voteGlyphOrientation(const GlyphOrientationNet &net, const std::vector<cv::Mat> &cells) {
    GlyphVote vote;
    if (!net.valid())
        return vote;
    for (const cv::Mat &cell : cells) {
        const std::array<cv::Mat, 4> readings = glyphReadings(cell);
        std::array<double, 4> s{};
        for (size_t q = 0; q < 4; ++q)
            s[q] = glyphUprightScore(net, readings[q]);
        const double top = *std::max_element(s.begin(), s.end());
        double sum = 0.0;
        for (double v : s)
            sum += std::exp(v - top);
        const double logSum = top + std::log(sum);
        for (size_t q = 0; q < 4; ++q)
            vote.logLikelihood[q] += s[q] - logSum;
        ++vote.cells;
    }
    return vote;
}

GlyphVote voteGlyphsOfPage(const GlyphOrientationNet &net, const cv::Mat &characterInk,
                           int cellsPerDirection, const SmallLineCells &smallLine) {
    GlyphVote vote;
    if (characterInk.empty() || characterInk.type() != CV_8UC1)
        return vote;
    const auto cellsOf = [&](const cv::Mat &ink, bool across) {
        const std::vector<TextBand> bands = textBands(ink);
        std::vector<cv::Mat> cells = glyphCells(ink, bands, cellsPerDirection);
        if (!smallLine)
            return cells;
        for (const TextBand &band : bands) {
            if (band.height() >= kMinGlyphLineHeight)
                continue;
            if (static_cast<int>(cells.size()) >= cellsPerDirection)
                break;
            std::vector<cv::Mat> more = smallLine(band, across);
            more.resize(
                std::min(more.size(), static_cast<size_t>(cellsPerDirection) - cells.size()));
            cells.insert(cells.end(), more.begin(), more.end());
        }
        return cells;
    };
    vote = voteGlyphOrientation(net, cellsOf(characterInk, false));
    cv::Mat turned;
    cv::rotate(characterInk, turned, cv::ROTATE_90_CLOCKWISE);
    const GlyphVote acrossVote = voteGlyphOrientation(net, cellsOf(turned, true));
    // Content turned by q on the page is turned by q - 90 once the page is turned clockwise.
    for (size_t q = 0; q < 4; ++q)
        vote.logLikelihood[q] += acrossVote.logLikelihood[(q + 3) % 4];
    vote.cells += acrossVote.cells;
    return vote;
}

} // namespace ow::vision
