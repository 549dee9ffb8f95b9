#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace ow::vision {

// A text line found on a horizontal page: the rows holding its ink and the span of its
// characters.
struct TextBand {
    int top = 0;
    int bottom = 0; // exclusive
    int left = 0;
    int right = 0; // exclusive
    int ink = 0;
    int height() const { return bottom - top; }
    int width() const { return right - left; }
};

// The text lines of a character-ink mask (8-bit, non-zero is ink; table rules removed), as
// bands of rows holding ink, at least three line heights long.
std::vector<TextBand> textBands(const cv::Mat &ink);

} // namespace ow::vision
