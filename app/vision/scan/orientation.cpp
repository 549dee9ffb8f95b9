#include "orientation.h"

#include "deskew.h"
#include "glyphcells.h"
#include "glyphorientation.h"
#include "scanimage.h"
#include "textbands.h"
#include "textlinescorer.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace ow::vision {

namespace {

// A line too low for glyph shapes on the small copy is cut from the full-resolution grey at this
// height (its glyphs then stand about 16 px high), at most this many cells from each.
constexpr int kSmallLineHeight = 24;
constexpr int kCellsPerSmallLine = 60;
// Three lines whose summed confidence points (upright minus upside down) stay under this say
// nothing yet: more lines are read, at most six tried in all.
constexpr double kClearEvidence = 20.0;

// Upright Latin text has more ink above its x-height core (ascenders, capitals) than below it
// (descenders). Positive: upright.
double ascenderCue(const cv::Mat &ink, const std::vector<TextBand> &bands) {
    double cue = 0.0;
    for (const TextBand &band : bands) {
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

// A line cut out of the view's source, scaled so that its box is `height` pixels high.
cv::Mat cutLine(const OrientationView &view, const cv::Rect &box, int height) {
    const double s = static_cast<double>(box.height) / height;
    const cv::Matx33d crop(s, 0, box.x, 0, s, box.y, 0, 0, 1);
    const cv::Matx33d toSource(view.toSource(0, 0), view.toSource(0, 1), view.toSource(0, 2),
                               view.toSource(1, 0), view.toSource(1, 1), view.toSource(1, 2), 0, 0,
                               1);
    const cv::Matx33d m = toSource * crop;
    const cv::Matx23d affine(m(0, 0), m(0, 1), m(0, 2), m(1, 0), m(1, 1), m(1, 2));
    const int width = std::max(1, static_cast<int>(std::lround(box.width / s)));
    cv::Mat line;
    cv::warpAffine(view.source, line, affine, cv::Size(width, height),
                   cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_REPLICATE);
    // Local contrast only: the shading across one line is flat.
    cv::normalize(line, line, 0, 255, cv::NORM_MINMAX);
    return line;
}

// What reading a horizontal page's lines both ways said.
struct Reading {
    double evidence = 0.0;    // positive: upright; the confidence points summed over lines
    double readability = 0.0; // mean over lines of the better of the two confidences
    bool measured = false;    // text lines were found
};

// `ink` is the view's character ink (table rules removed).
Reading uprightEvidence(const OrientationView &view, const cv::Mat &ink) {
    Reading reading;
    std::vector<TextBand> bands = textBands(ink);
    if (bands.empty())
        return reading;
    reading.measured = true;
    // Lines of typical body height read best: sort by closeness to the median height.
    std::vector<int> heights;
    for (const TextBand &b : bands)
        heights.push_back(b.height());
    std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2),
                     heights.end());
    const int median = heights[heights.size() / 2];
    std::stable_sort(bands.begin(), bands.end(), [median](const TextBand &a, const TextBand &b) {
        return std::abs(a.height() - median) * 4 - (a.right - a.left) / std::max(1, median) <
               std::abs(b.height() - median) * 4 - (b.right - b.left) / std::max(1, median);
    });

    TextLineScorer &scorer = TextLineScorer::forThread();
    if (!scorer.available()) {
        reading.evidence = 40.0 * ascenderCue(ink, bands);
        return reading;
    }

    double best = 0.0;
    int read = 0, tried = 0;
    for (const TextBand &band : bands) {
        // Table rows and ruled cells read as nothing either way; they are skipped, but the
        // search is bounded.
        if (++tried > 6)
            break;
        const int pad = std::max(2, band.height() / 4);
        const int top = std::max(0, band.top - pad);
        const int bottom = std::min(view.grey.rows, band.bottom + pad);
        const int left = std::max(0, band.left - pad);
        const int end = std::min(view.grey.cols, band.right + pad);
        const int window = 8 * band.height();
        // Tesseract reads best at 30-40 px text. Shorter or lower lines (five characters,
        // 36 px) were tried to save time and read the wrong way up on 7 of 72 pages.
        const auto readWindow = [&](int from) {
            const cv::Rect box(from, top, std::min(end, from + window) - from, bottom - top);
            const cv::Mat line = cutLine(view, box, 40);
            cv::Mat turned;
            cv::rotate(line, turned, cv::ROTATE_180);
            return std::pair(scorer.confidence(line), scorer.confidence(turned));
        };
        const auto [leftUpright, leftFlipped] = readWindow(left);
        double upright = leftUpright;
        double flipped = leftFlipped;
        // A long line is read from its left end, which is its end when the page is upside
        // down. Where that part reads alike both ways (an ID card's number ending in a run of
        // X), the line's other end is read too, and the line scores the two parts' mean.
        if (end - left > window && upright >= 0 && flipped >= 0 &&
            std::abs(upright - flipped) < kClearEvidence) {
            const auto [rightUpright, rightFlipped] = readWindow(end - window);
            if (rightUpright >= 0 && rightFlipped >= 0) {
                upright = (upright + rightUpright) / 2.0;
                flipped = (flipped + rightFlipped) / 2.0;
            }
        }
        if (upright < 0 || flipped < 0 || (upright == 0 && flipped == 0))
            continue;
        reading.evidence += upright - flipped;
        best += std::max(upright, flipped);
        // Two lines that agree clearly are enough, one only when it is overwhelming: the short
        // lines of an ID card can read nearly as well upside down (bench_scan: the first line
        // alone turned photo_0033 of seed 20260301 and photo_0068 of seed 7 over; with a
        // second line both come right, one table photo of seed 7 goes wrong). Stop at three
        // unless the three nearly cancel out: an ID card's lines read 0/15, 0/1 and 27/13 one
        // way and came out upside down by two points (photo_0045 of seed 7, after a skew
        // estimate 0.02° off), its fourth line reads 85/19.
        ++read;
        const double margin = std::abs(reading.evidence);
        if ((read >= 3 && margin >= kClearEvidence) || margin > (read == 1 ? 70.0 : 35.0 * read))
            break;
    }
    if (read == 0)
        reading.evidence = 40.0 * ascenderCue(ink, bands);
    else
        reading.readability = best / read;
    return reading;
}

// The view turned a quarter clockwise, still mapping to the same source.
OrientationView turnedClockwise(const OrientationView &view) {
    OrientationView out;
    cv::rotate(view.grey, out.grey, cv::ROTATE_90_CLOCKWISE);
    out.source = view.source;
    // Turned pixel (x', y') was (y', h - 1 - x') before the turn.
    const double h = view.grey.rows;
    const cv::Matx33d back(0, 1, 0, -1, 0, h - 1, 0, 0, 1);
    const cv::Matx33d m =
        cv::Matx33d(view.toSource(0, 0), view.toSource(0, 1), view.toSource(0, 2),
                    view.toSource(1, 0), view.toSource(1, 1), view.toSource(1, 2), 0, 0, 1) *
        back;
    out.toSource = cv::Matx23d(m(0, 0), m(0, 1), m(0, 2), m(1, 0), m(1, 1), m(1, 2));
    return out;
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
    try {
        OrientationView view;
        scanimage::shrinkTo(scanimage::toGrey(page), view.grey, 2000);
        view.source = view.grey;
        return estimateOrientation(view, lines);
    } catch (const cv::Exception &) {
        return OrientationEstimate{};
    }
}

OrientationEstimate estimateOrientation(const OrientationView &view, const SkewEstimate &lines) {
    OrientationEstimate estimate;
    try {
        if (!lines.measured || view.grey.empty() || view.source.empty() ||
            view.grey.type() != CV_8UC1 || view.source.type() != CV_8UC1 || view.grey.cols < 16 ||
            view.grey.rows < 16)
            return estimate;
        // The glyphs first: where they are clear they settle all four turns at once, also on
        // tables whose line profiles point the wrong way, without reading a line.
        const cv::Mat below = view.ink.size() == view.grey.size()
                                  ? view.ink
                                  : scanimage::inkBelow(view.grey, scanimage::kTextInkLevel);
        if (below.empty())
            return estimate;
        const cv::Mat ink = scanimage::characterMarks(below);
        // Lines too low for glyph shapes on the small copy are cut from the full-resolution
        // grey, as the lines Tesseract reads are (Ming faces at body size: thin strokes).
        // The view turned a quarter clockwise, made once when a turned line needs it.
        std::optional<OrientationView> turnedView;
        const auto across = [&view, &turnedView]() -> const OrientationView & {
            if (!turnedView)
                turnedView = turnedClockwise(view);
            return *turnedView;
        };
        const auto smallLine = [&view, &across](const TextBand &band, bool turned) {
            const OrientationView &from = turned ? across() : view;
            const int pad = std::max(2, band.height() / 4);
            const cv::Rect box = cv::Rect(band.left - pad, band.top - pad, band.width() + 2 * pad,
                                          band.height() + 2 * pad) &
                                 cv::Rect(0, 0, from.grey.cols, from.grey.rows);
            return glyphCellsOfLine(cutLine(from, box, kSmallLineHeight), kCellsPerSmallLine);
        };
        const GlyphVote vote =
            voteGlyphsOfPage(builtInGlyphOrientationNet(), ink, kGlyphCellsPerDirection, smallLine);
        if (vote.settles()) {
            estimate.measured = true;
            estimate.quarterDeg = vote.bestQuarter() * 90;
            estimate.confidence = std::min(1.0, vote.margin() / 100.0);
            return estimate;
        }
        const double high = std::max(lines.horizontalScore, lines.verticalScore);
        const double low = std::min(lines.horizontalScore, lines.verticalScore);
        const bool decisive = high > 1.5 * low;
        // Lines running down the page mean the content is turned 90 (or 270): turning it
        // clockwise makes a 90 page upright and a 270 page upside down.
        const auto read = [&view, &ink, &across](bool vertical) {
            if (!vertical)
                return uprightEvidence(view, ink);
            cv::Mat turnedInk;
            cv::rotate(ink, turnedInk, cv::ROTATE_90_CLOCKWISE);
            return uprightEvidence(across(), turnedInk);
        };
        bool vertical = lines.vertical;
        Reading chosen = read(vertical);
        // The other direction too when the line profiles do not decide (forms with aligned
        // labels, licences, tables) or no line read as anything; the direction whose lines read
        // better wins (the summed evidence of different numbers of lines would favour the
        // direction that needed more lines). Against decisive profiles the other direction is
        // not read: on a blurred photo the right lines read poorly while a few characters cut
        // across them (a column of a grid of Chinese characters) can read better: in bench_scan
        // (seeds 7 and 20260301, 480 pages) no such switch was right and several were wrong.
        if (!decisive || chosen.readability <= 0.0) {
            const Reading other = read(!vertical);
            const bool better =
                other.readability != chosen.readability
                    ? other.readability > chosen.readability
                    : !decisive && std::abs(other.evidence) > std::abs(chosen.evidence);
            if (other.measured && (!chosen.measured || better)) {
                vertical = !vertical;
                chosen = other;
            }
        }
        const double evidence = chosen.evidence;
        estimate.measured = chosen.measured;
        estimate.quarterDeg = ((vertical ? 90 : 0) + (evidence < 0.0 ? 180 : 0)) % 360;
        estimate.confidence = std::min(1.0, std::abs(evidence) / 60.0);
    } catch (const cv::Exception &) {
        return OrientationEstimate{};
    }
    return estimate;
}

OrientationEstimate orientationFromPlacement(const cv::Mat &grey) {
    OrientationEstimate estimate;
    try {
        const cv::Mat flat = scanimage::flattenBackground(grey);
        if (flat.empty() || flat.cols < 16 || flat.rows < 16)
            return estimate;
        // Ink away from the edges (what is left of a border is no content).
        const int margin = std::max(flat.cols, flat.rows) / 30;
        cv::Mat ink = flat < scanimage::kTextInkLevel;
        ink(cv::Rect(0, 0, ink.cols, margin)).setTo(0);
        ink(cv::Rect(0, ink.rows - margin, ink.cols, margin)).setTo(0);
        ink(cv::Rect(0, 0, margin, ink.rows)).setTo(0);
        ink(cv::Rect(ink.cols - margin, 0, margin, ink.rows)).setTo(0);
        const cv::Moments m = cv::moments(ink, true);
        if (m.m00 < 20.0)
            return estimate;
        // Where the ink sits, from -1 (top or left edge) to +1 (bottom or right edge).
        const double x = 2.0 * (m.m10 / m.m00) / ink.cols - 1.0;
        const double y = 2.0 * (m.m01 / m.m00) / ink.rows - 1.0;
        // A portrait image: the content's foot is the bottom (0) or, upside down, the top
        // (180). A landscape one is a portrait sheet turned: a counter-clockwise quarter (90)
        // puts its foot on the right, a clockwise one (270) on the left.
        if (ink.rows >= ink.cols)
            estimate.quarterDeg = y >= 0.0 ? 0 : 180;
        else
            estimate.quarterDeg = x >= 0.0 ? 90 : 270;
        estimate.confidence = std::min(1.0, std::abs(ink.rows >= ink.cols ? y : x));
        estimate.measured = true;
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
