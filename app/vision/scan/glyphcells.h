#pragma once

#include "textbands.h"

#include <opencv2/core.hpp>

#include <vector>

namespace ow::vision {

// Side of a glyph cell as the orientation net sees it.
constexpr int kGlyphCellSide = 16;
// Lines lower than this are blobs, not shapes, at the resolution they were found at.
constexpr int kMinGlyphLineHeight = 10;

// Square cells of about one character each, cut along the bands of a character-ink mask
// (8-bit, non-zero is ink): Chinese characters sit at a pitch of about the line height, so the
// pieces of ink of a band are gathered from the left into cells no wider than 1.2 line heights.
// Each cell is centred on its ink and scaled to kGlyphCellSide² ink coverages (CV_32F, 0..1).
// At most maxCells, taken band by band in the order given.
std::vector<cv::Mat> glyphCells(const cv::Mat &ink, const std::vector<TextBand> &bands,
                                int maxCells);

// The cells of one line cut out on its own (grey, dark text on light, any height): its ink is
// the darker half of its range, its band the rows holding it.
std::vector<cv::Mat> glyphCellsOfLine(const cv::Mat &lineGrey, int maxCells);

} // namespace ow::vision
