#include "glyphcells.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace ow::vision {

namespace {

struct Run {
    int left = 0;
    int right = 0; // exclusive
};

std::vector<Run> inkRuns(const cv::Mat &bandInk) {
    cv::Mat columns;
    cv::reduce(bandInk, columns, 0, cv::REDUCE_MAX);
    const uchar *column = columns.ptr<uchar>(0);
    std::vector<Run> runs;
    for (int x = 0; x < columns.cols;) {
        if (column[x] == 0) {
            ++x;
            continue;
        }
        Run run;
        run.left = x;
        while (x < columns.cols && column[x] != 0)
            ++x;
        run.right = x;
        runs.push_back(run);
    }
    return runs;
}

// The square of `side` centred on (cx, cy), zero outside the mask, scaled to coverages.
cv::Mat squareCell(const cv::Mat &ink, int cx, int cy, int side) {
    const cv::Rect square(cx - side / 2, cy - side / 2, side, side);
    const cv::Rect inside = square & cv::Rect(0, 0, ink.cols, ink.rows);
    cv::Mat canvas = cv::Mat::zeros(side, side, CV_8U);
    if (inside.area() > 0)
        ink(inside).copyTo(canvas(inside - square.tl()));
    cv::Mat cell;
    cv::resize(canvas, cell, cv::Size(kGlyphCellSide, kGlyphCellSide), 0, 0, cv::INTER_AREA);
    cell.convertTo(cell, CV_32F, 1.0 / 255.0);
    return cell;
}

} // namespace

std::vector<cv::Mat> glyphCells(const cv::Mat &ink, const std::vector<TextBand> &bands,
                                int maxCells) {
    std::vector<cv::Mat> cells;
    if (ink.empty() || ink.type() != CV_8UC1)
        return cells;
    for (const TextBand &band : bands) {
        const int h = band.height();
        // Lines under kMinGlyphLineHeight pixels are blobs, not shapes (the net is trained on 14-36
        // px text); their cells lean the vote by how the rounding falls.
        if (h < kMinGlyphLineHeight || band.top < 0 || band.bottom > ink.rows)
            continue;
        const cv::Mat bandInk = ink.rowRange(band.top, band.bottom);
        const std::vector<Run> runs = inkRuns(bandInk);
        const int widest = h * 6 / 5;
        for (size_t i = 0; i < runs.size();) {
            const int left = runs[i].left;
            int right = runs[i].right;
            size_t j = i + 1;
            while (j < runs.size() && runs[j].right - left <= widest)
                right = runs[j++].right;
            i = j;
            if (right - left > widest)
                continue; // a rule or joined characters: no one glyph
            const cv::Mat piece = bandInk.colRange(left, right);
            if (cv::countNonZero(piece) < std::max(4, h * h / 40))
                continue;
            // Centred on its span: a punctuation mark or a narrow digit keeps its place in the
            // line's height but not along it.
            cells.push_back(squareCell(ink, (left + right) / 2, (band.top + band.bottom) / 2,
                                       std::max(h, right - left)));
            if (static_cast<int>(cells.size()) >= maxCells)
                return cells;
        }
    }
    return cells;
}

std::vector<cv::Mat> glyphCellsOfLine(const cv::Mat &lineGrey, int maxCells) {
    if (lineGrey.empty() || lineGrey.type() != CV_8UC1 || maxCells <= 0)
        return {};
    double low = 0.0, high = 0.0;
    cv::minMaxLoc(lineGrey, &low, &high);
    if (high - low < 40.0)
        return {};
    const cv::Mat ink = lineGrey < (low + high) / 2.0;
    TextBand band;
    band.top = -1;
    for (int y = 0; y < ink.rows; ++y) {
        if (cv::countNonZero(ink.row(y)) < 2)
            continue;
        if (band.top < 0)
            band.top = y;
        band.bottom = y + 1;
    }
    if (band.top < 0)
        return {};
    band.right = ink.cols;
    return glyphCells(ink, {band}, maxCells);
}

} // namespace ow::vision
