#pragma once

#include <opencv2/core.hpp>

#include "textbands.h"

#include <array>
#include <functional>
#include <vector>

namespace ow::vision {

// A small net that scores how upright one glyph cell (glyphcells.h) looks: kGlyphCellSide²
// coverages -> `hidden` ReLU units -> one score. The same net scores the cell turned by each
// quarter, so the four readings of a cell compete in a softmax; it is trained on rendered lines
// by `train_glyph_orientation` (tests/glyphnet), which writes glyphorientationnet.cpp.
struct GlyphOrientationNet {
    int inputs = 0;
    int hidden = 0;
    const float *w1 = nullptr; // inputs × hidden, row-major: cells are mostly paper, and the
                               // units of one inked input are updated together
    const float *b1 = nullptr; // hidden
    const float *w2 = nullptr; // hidden
    float b2 = 0.0f;
    bool valid() const { return inputs > 0 && hidden > 0 && w1 && b1 && w2; }
};

// The net shipped with the product (glyphorientationnet.cpp).
const GlyphOrientationNet &builtInGlyphOrientationNet();

// The raw score of one cell as it lies.
float glyphUprightScore(const GlyphOrientationNet &net, const cv::Mat &cell);

// The cell as each quarter hypothesis reads it: element q is the cell turned back clockwise by
// q × 90°, upright if its content was turned counter-clockwise by q (the product and the trainer
// must agree on this order).
std::array<cv::Mat, 4> glyphReadings(const cv::Mat &cell);

// What the glyphs of a page say about its quarter turn: for each quarter q (the content's
// rotation as seen, counter-clockwise), the summed log-probability that the cells are turned by
// q. Higher is likelier.
struct GlyphVote {
    std::array<double, 4> logLikelihood{};
    int cells = 0;
    int bestQuarter() const; // index 0..3 (× 90°)
    double margin() const;   // best minus second best; 0 without cells
    bool settles() const;    // the quarter needs no line reading (see kGlyphDecisiveMargin)
};

GlyphVote voteGlyphOrientation(const GlyphOrientationNet &net, const std::vector<cv::Mat> &cells);

// A page's vote from its character ink (8-bit mask, table rules removed; glyphcells.h), cells cut
// along the rows and along the columns: along the true lines a cell holds one character, and
// across them (a table read the wrong way) the cells still mostly do. At most cellsPerDirection
// each way.
// Lines too low to cut at the mask's resolution (under kMinGlyphLineHeight) can be cut by the
// caller from a sharper copy: `smallLine` gets such a band of the mask (turned clockwise when
// `across`) and returns its cells, upright as they lie in that mask.
using SmallLineCells = std::function<std::vector<cv::Mat>(const TextBand &band, bool across)>;
// In bench_scan 150 cells each way decide as 400 do, in a few milliseconds.
constexpr int kGlyphCellsPerDirection = 150;
GlyphVote voteGlyphsOfPage(const GlyphOrientationNet &net, const cv::Mat &characterInk,
                           int cellsPerDirection = kGlyphCellsPerDirection,
                           const SmallLineCells &smallLine = {});

// A margin (summed log-probabilities) that settles a page's quarter: at least kGlyphDecisiveMargin,
// and either kGlyphSureMargin or kGlyphMarginPerCell a cell. Every text, table and licence page's
// right vote in bench_scan (seeds 3, 7 and 20260301, generated and as scangen's JPEG files)
// exceeds 80, and separator sheets lead by 45-77 over a dozen cells (2.8-5.4 a cell). Blurred ID
// cards lead by 0.5-1.1 a cell over 44-94 cells, and that way the wrong quarter reached 54: a
// lead of many weak glyphs is left to the line reading.
constexpr double kGlyphDecisiveMargin = 40.0;
constexpr double kGlyphSureMargin = 80.0;
constexpr double kGlyphMarginPerCell = 2.0;

} // namespace ow::vision
