#include "textbands.h"

#include <algorithm>

namespace ow::vision {

std::vector<TextBand> textBands(const cv::Mat &ink) {
    std::vector<int> rows(static_cast<size_t>(ink.rows), 0);
    for (int y = 0; y < ink.rows; ++y)
        rows[static_cast<size_t>(y)] = cv::countNonZero(ink.row(y));
    const int threshold = std::max(2, ink.cols / 200);
    std::vector<TextBand> bands;
    for (int y = 0; y < ink.rows;) {
        if (rows[static_cast<size_t>(y)] < threshold) {
            ++y;
            continue;
        }
        TextBand band;
        band.top = y;
        while (y < ink.rows && rows[static_cast<size_t>(y)] >= threshold)
            band.ink += rows[static_cast<size_t>(y++)];
        band.bottom = y;
        // Ink running into the top or bottom edge is no line of the page: the desk or a frame
        // beyond it (a rectified ID card's rounded corners and edges), or a line cut off. Read
        // first as the longest band of body height, such an edge read more clearly upside down
        // than the card's lines either way (bench_scan's scangen photos 45 and 88 of seed 7).
        if (band.top == 0 || band.bottom == ink.rows)
            continue;
        const int minHeight = std::max(6, ink.rows / 250);
        const int maxHeight = std::max(minHeight + 1, ink.rows / 15);
        if (band.height() < minHeight || band.height() > maxHeight)
            continue;
        // The line spans its pieces of ink (runs of columns, gaps under two line heights
        // bridged) that are at least a line height wide; narrower ones are no characters but
        // a frame's or the desk's remnants at the page edge, and a crop starting there reads
        // empty paper (at ~80 either way).
        cv::Mat columns;
        cv::reduce(ink.rowRange(band.top, band.bottom), columns, 0, cv::REDUCE_MAX);
        const uchar *column = columns.ptr<uchar>(0);
        const int maxGap = 2 * band.height();
        band.left = ink.cols;
        band.right = 0;
        for (int x = 0; x < ink.cols;) {
            if (column[x] == 0) {
                ++x;
                continue;
            }
            int left = x, right = x + 1, gap = 0;
            for (; x < ink.cols && gap <= maxGap; ++x) {
                if (column[x] == 0) {
                    ++gap;
                    continue;
                }
                right = x + 1;
                gap = 0;
            }
            if (right - left >= band.height()) {
                band.left = std::min(band.left, left);
                band.right = std::max(band.right, right);
            }
        }
        if (band.right - band.left >= 3 * band.height())
            bands.push_back(band);
    }
    return bands;
}

} // namespace ow::vision
