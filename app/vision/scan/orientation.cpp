#include "orientation.h"

#include "deskew.h"
#include "scanimage.h"
#include "textlinescorer.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ow::vision {

namespace {

struct Band {
    int top = 0;
    int bottom = 0; // exclusive
    int left = 0;
    int right = 0; // exclusive
    int ink = 0;
    int height() const { return bottom - top; }
};

// Text lines as bands of rows holding ink, on a horizontal page.
std::vector<Band> textBands(const cv::Mat &ink) {
    std::vector<int> rows(static_cast<size_t>(ink.rows), 0);
    for (int y = 0; y < ink.rows; ++y)
        rows[static_cast<size_t>(y)] = cv::countNonZero(ink.row(y));
    const int threshold = std::max(2, ink.cols / 200);
    std::vector<Band> bands;
    for (int y = 0; y < ink.rows;) {
        if (rows[static_cast<size_t>(y)] < threshold) {
            ++y;
            continue;
        }
        Band band;
        band.top = y;
        while (y < ink.rows && rows[static_cast<size_t>(y)] >= threshold)
            band.ink += rows[static_cast<size_t>(y++)];
        band.bottom = y;
        const int minHeight = std::max(6, ink.rows / 250);
        const int maxHeight = std::max(minHeight + 1, ink.rows / 15);
        if (band.height() < minHeight || band.height() > maxHeight)
            continue;
        cv::Mat columns;
        cv::reduce(ink.rowRange(band.top, band.bottom), columns, 0, cv::REDUCE_MAX);
        std::vector<cv::Point> used;
        cv::findNonZero(columns, used);
        if (used.empty())
            continue;
        band.left = used.front().x;
        band.right = used.back().x + 1;
        if (band.right - band.left >= 3 * band.height())
            bands.push_back(band);
    }
    return bands;
}

// Upright Latin text has more ink above its x-height core (ascenders, capitals) than below it
// (descenders). Positive: upright.
double ascenderCue(const cv::Mat &ink, const std::vector<Band> &bands) {
    double cue = 0.0;
    for (const Band &band : bands) {
        std::vector<int> rows;
        for (int y = band.top; y < band.bottom; ++y)
            rows.push_back(cv::countNonZero(ink.row(y)));
        const int peak = *std::max_element(rows.begin(), rows.end());
        int coreTop = 0;
        while (rows[static_cast<size_t>(coreTop)] < peak / 2)
            ++coreTop;
        int coreBottom = static_cast<int>(rows.size()) - 1;
        while (rows[static_cast<size_t>(coreBottom)] < peak / 2)
            --coreBottom;
        double above = 0.0, below = 0.0;
        for (int i = 0; i < coreTop; ++i)
            above += rows[static_cast<size_t>(i)];
        for (size_t i = static_cast<size_t>(coreBottom) + 1; i < rows.size(); ++i)
            below += rows[i];
        if (above + below > 0.0)
            cue += (above - below) / (above + below);
    }
    return cue;
}

// Positive when the horizontal page reads upright, negative when upside down; magnitude is
// the evidence (confidence points summed over lines).
double uprightEvidence(const cv::Mat &grey, bool &measured) {
    const cv::Mat flat = scanimage::flattenBackground(grey);
    if (flat.empty())
        return 0.0;
    const cv::Mat ink = scanimage::characterMarks(flat < 150);
    std::vector<Band> bands = textBands(ink);
    if (bands.empty())
        return 0.0;
    measured = true;
    // Lines of typical body height read best: sort by closeness to the median height.
    std::vector<int> heights;
    for (const Band &b : bands)
        heights.push_back(b.height());
    std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2),
                     heights.end());
    const int median = heights[heights.size() / 2];
    std::stable_sort(bands.begin(), bands.end(), [median](const Band &a, const Band &b) {
        return std::abs(a.height() - median) * 4 - (a.right - a.left) / std::max(1, median) <
               std::abs(b.height() - median) * 4 - (b.right - b.left) / std::max(1, median);
    });

    TextLineScorer &scorer = TextLineScorer::forThread();
    if (!scorer.available())
        return 40.0 * ascenderCue(ink, bands);

    double evidence = 0.0;
    int read = 0;
    for (const Band &band : bands) {
        const int pad = std::max(2, band.height() / 4);
        const int top = std::max(0, band.top - pad);
        const int bottom = std::min(grey.rows, band.bottom + pad);
        const int left = std::max(0, band.left - pad);
        const int right = std::min(grey.cols, std::min(band.right + pad, left + 8 * band.height()));
        cv::Mat line = flat(cv::Range(top, bottom), cv::Range(left, right)).clone();
        const double scale = 40.0 / line.rows; // Tesseract reads best at 30-40 px text
        cv::resize(line, line, cv::Size(), scale, scale,
                   scale < 1.0 ? cv::INTER_AREA : cv::INTER_CUBIC);
        cv::Mat turned;
        cv::rotate(line, turned, cv::ROTATE_180);
        const int upright = scorer.confidence(line);
        const int flipped = scorer.confidence(turned);
        if (upright < 0 || flipped < 0)
            continue;
        evidence += upright - flipped;
        // Two lines that agree clearly are enough; stop at three in any case.
        if (++read >= 3 || std::abs(evidence) > 35.0 * read)
            break;
    }
    if (read == 0)
        return 40.0 * ascenderCue(ink, bands);
    return evidence;
}

} // namespace

OrientationEstimate estimateOrientation(const cv::Mat &page) {
    try {
        cv::Mat grey;
        scanimage::shrinkTo(scanimage::toGrey(page), grey, 2000);
        if (grey.empty() || grey.cols < 16 || grey.rows < 16)
            return {};
        const SkewEstimate lines = estimateSkew(grey, 2.0);
        if (!lines.measured)
            return {};
        return estimateOrientation(grey, lines);
    } catch (const cv::Exception &) {
        return {};
    }
}

OrientationEstimate estimateOrientation(const cv::Mat &page, const SkewEstimate &lines) {
    OrientationEstimate estimate;
    try {
        cv::Mat grey;
        scanimage::shrinkTo(scanimage::toGrey(page), grey, 2000);
        if (!lines.measured || grey.empty() || grey.cols < 16 || grey.rows < 16)
            return estimate;
        const double high = std::max(lines.horizontalScore, lines.verticalScore);
        const double low = std::min(lines.horizontalScore, lines.verticalScore);
        const bool decisive = high > 1.5 * low;
        // Lines running down the page mean the content is turned 90 (or 270): turning it
        // clockwise makes a 90 page upright and a 270 page upside down.
        cv::Mat turned;
        cv::rotate(grey, turned, cv::ROTATE_90_CLOCKWISE);
        bool measuredAcross = false, measuredDown = false;
        const double across =
            decisive && lines.vertical ? 0.0 : uprightEvidence(grey, measuredAcross);
        const double down =
            decisive && !lines.vertical ? 0.0 : uprightEvidence(turned, measuredDown);
        bool vertical = lines.vertical;
        if (!decisive && (measuredAcross || measuredDown) && std::abs(across) != std::abs(down))
            vertical = std::abs(down) > std::abs(across);
        const double evidence = vertical ? down : across;
        estimate.measured = vertical ? measuredDown : measuredAcross;
        estimate.quarterDeg = ((vertical ? 90 : 0) + (evidence < 0.0 ? 180 : 0)) % 360;
        estimate.confidence = std::min(1.0, std::abs(evidence) / 60.0);
    } catch (const cv::Exception &) {
        return OrientationEstimate{};
    }
    return estimate;
}

cv::Mat turnUpright(const cv::Mat &page, int quarterDeg) {
    if (page.empty())
        return {};
    try {
        cv::Mat out;
        switch (((quarterDeg % 360) + 360) % 360) {
        case 90:
            cv::rotate(page, out, cv::ROTATE_90_CLOCKWISE);
            return out;
        case 180:
            cv::rotate(page, out, cv::ROTATE_180);
            return out;
        case 270:
            cv::rotate(page, out, cv::ROTATE_90_COUNTERCLOCKWISE);
            return out;
        default:
            return page;
        }
    } catch (const cv::Exception &) {
        return {};
    }
}

} // namespace ow::vision
