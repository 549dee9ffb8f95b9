#include "barcoderegionfinder.h"

#include "bytehistogram.h"
#include "scanimage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <optional>

namespace ow::vision {

namespace {

// The search runs on a copy this size: an A4 page at about 3.4 px/mm still shows every bar of
// a 0.4 mm module as a gradient, and the whole search costs a few milliseconds.
constexpr int kWorkingSide = 1000;

struct Candidate {
    cv::Rect box; // working pixels
    double score;
};

// 8-bit gradient strengths, each box-blurred over `blurSide`: a Scharr of 8-bit pixels stays
// within ±4080, a sixteenth of it within a byte. Every filter after it then runs on bytes, and a
// difference that falls under zero saturates there (no separate clamp).
void byteGradients(const cv::Mat &grey, int blurSide, cv::Mat &gx, cv::Mat &gy) {
    cv::Scharr(grey, gx, CV_16S, 1, 0);
    cv::Scharr(grey, gy, CV_16S, 0, 1);
    cv::convertScaleAbs(gx, gx, 1.0 / 16.0);
    cv::convertScaleAbs(gy, gy, 1.0 / 16.0);
    cv::blur(gx, gx, cv::Size(blurSide, blurSide));
    cv::blur(gy, gy, cv::Size(blurSide, blurSide));
}

// Dense patches of a (smoothed) gradient map joined into blobs: a closing along the code (gaps
// between bars) and an opening that removes strokes of text. score: mean strength (2D codes are
// compared by density: a text block is as large) or strength times area (linear codes).
std::vector<Candidate> blobs(const cv::Mat &smooth, cv::Size close, cv::Size open, double minSide,
                             bool byDensity) {
    const scanimage::ByteHistogram counts = scanimage::histogramOf(smooth);
    int maxValue = 255;
    while (maxValue > 0 && counts[static_cast<size_t>(maxValue)] == 0)
        --maxValue;
    if (maxValue == 0)
        return {};
    // The strengths stretched to 0-255, Otsu's split of the stretched values and a floor that
    // keeps an empty page's noise out: all from the histogram. The stretch is one table made by
    // OpenCV's own conversion, and it never decreases, so the mask is one threshold of the
    // strengths themselves (a stretched copy, its minimum and maximum and Otsu's two passes
    // cost four passes over the image).
    cv::Mat stretch(1, 256, CV_8U);
    for (int v = 0; v < 256; ++v)
        stretch.at<uchar>(v) = static_cast<uchar>(v);
    stretch.convertTo(stretch, CV_8U, 255.0 / maxValue);
    scanimage::ByteHistogram stretched{};
    for (int v = 0; v < 256; ++v)
        stretched[stretch.at<uchar>(v)] += counts[static_cast<size_t>(v)];
    const int cut = std::max(scanimage::otsuLevel(stretched), 40);
    int highestBelow = -1; // the last strength whose stretched value is not above the cut
    for (int v = 0; v < 256 && stretch.at<uchar>(v) <= cut; ++v)
        highestBelow = v;
    cv::Mat mask;
    cv::threshold(smooth, mask, highestBelow, 255, cv::THRESH_BINARY);
    cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, close));
    cv::morphologyEx(mask, mask, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, open));
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    std::vector<Candidate> out;
    for (const auto &contour : contours) {
        const cv::Rect box = cv::boundingRect(contour);
        if (std::min(box.width, box.height) < minSide)
            continue;
        const double mean = cv::mean(smooth(box))[0];
        // 2D: density, with the size's square root so that a code outranks a bold character.
        out.push_back({box, byDensity ? mean * std::sqrt(double(box.area())) : mean * box.area()});
    }
    return out;
}

// A code with large modules (a close-up, a code printed big) breaks into blobs at its widest
// spaces, each too small a part to decode. Blobs of bars side by side along the code, spanning
// the same rows (the bars' height, within a fifth), with a gap under half that height (a
// space of four modules on a code at least eight modules tall), are one code. The joined
// blobs are added, not substituted: two codes side by side also join, and each alone is
// enlarged more than both together. Returns how many were added.
int addJoinedBarRuns(std::vector<Candidate> &runs, bool horizontal) {
    // In code coordinates: `along` runs across the bars, `span` along them.
    const auto along = [horizontal](const cv::Rect &r) {
        return horizontal ? std::pair(r.y, r.br().y) : std::pair(r.x, r.br().x);
    };
    const auto span = [horizontal](const cv::Rect &r) {
        return horizontal ? std::pair(r.x, r.br().x) : std::pair(r.y, r.br().y);
    };
    std::vector<Candidate> sorted = runs;
    std::sort(sorted.begin(), sorted.end(), [&along](const Candidate &a, const Candidate &b) {
        return along(a.box).first < along(b.box).first;
    });
    std::vector<std::pair<Candidate, int>> joined; // the code, how many runs it holds
    for (const Candidate &run : sorted) {
        bool merged = false;
        for (auto &[code, parts] : joined) {
            const auto [s0, s1] = span(code.box);
            const auto [t0, t1] = span(run.box);
            const int overlap = std::min(s1, t1) - std::max(s0, t0);
            const int height = std::max(s1 - s0, t1 - t0);
            const int gap = along(run.box).first - along(code.box).second;
            if (overlap >= 0.8 * height && gap < 0.5 * height) {
                code.box |= run.box;
                code.score += run.score;
                ++parts;
                merged = true;
                break;
            }
        }
        if (!merged)
            joined.emplace_back(run, 1);
    }
    int added = 0;
    for (const auto &[code, parts] : joined)
        if (parts > 1) {
            runs.push_back(code);
            ++added;
        }
    return added;
}

// A 2D code printed with modules of 2 mm or more (24 px on a 300-dpi page, ~8 on the working
// copy) has white stretches wider than the 2D search above closes, and it breaks into parts too
// small to read. A quarter of the working copy shows such modules at about the size the search
// expects.
// Text blocks look alike there; a code is told by its solid dark modules, which cover a large
// share of it on the working copy (characters' strokes are thin).
std::optional<Candidate> largeMatrixCode(const cv::Mat &small) {
    constexpr int kShrink = 4;
    // Working pixels: 35 mm on A4, under the 42 mm of the smallest QR code with 2 mm modules
    // and over the 20-30 mm of most printed codes, which the search above finds whole.
    constexpr int kMinSide = 120;
    constexpr double kMinDarkShare = 0.3; // a QR code is about half dark; text a tenth or two
    constexpr int kDark = 96;
    // Halved twice: OpenCV's fast averaging path (a third, even of whole blocks, cost ~5 M
    // instructions a photo, a fractional factor 14 M).
    cv::Mat half;
    cv::Mat coarse;
    cv::resize(small(cv::Rect(0, 0, small.cols & ~3, small.rows & ~3)), half, cv::Size(), 0.5, 0.5,
               cv::INTER_AREA);
    cv::resize(half, coarse, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
    if (coarse.cols < 16 || coarse.rows < 16)
        return std::nullopt;
    cv::Mat gx, gy;
    byteGradients(coarse, 5, gx, gy);
    cv::Mat both;
    cv::min(gx, gy, both);
    std::optional<Candidate> best;
    for (Candidate c :
         blobs(both, cv::Size(5, 5), cv::Size(5, 5), double(kMinSide) / kShrink, true)) {
        c.box = cv::Rect(c.box.x * kShrink, c.box.y * kShrink, c.box.width * kShrink,
                         c.box.height * kShrink) &
                cv::Rect(0, 0, small.cols, small.rows);
        if (std::min(c.box.width, c.box.height) < kMinSide)
            continue;
        cv::Mat dark;
        cv::threshold(small(c.box), dark, kDark, 255, cv::THRESH_BINARY_INV);
        if (cv::countNonZero(dark) < kMinDarkShare * c.box.area())
            continue;
        if (!best || c.score > best->score)
            best = c;
    }
    return best;
}

} // namespace

std::vector<BarcodeRegionFinder::Region> BarcodeRegionFinder::find(const cv::Mat &grey,
                                                                   int maxRegions) {
    std::vector<Region> regions;
    try {
        if (grey.empty() || grey.type() != CV_8UC1 || grey.cols < 32 || grey.rows < 32)
            return regions;
        cv::Mat small;
        const double factor =
            scanimage::shrinkTo(grey, small, kWorkingSide, scanimage::Shrink::Sampled);
        cv::Mat gx, gy;
        byteGradients(small, 7, gx, gy);
        const double minSide = std::max(8.0, kWorkingSide / 120.0);
        const int k = std::max(9, static_cast<int>(std::lround(small.cols / 60.0)) | 1);

        const auto add = [&](const std::vector<Candidate> &found, bool linear, bool horizontal) {
            for (const Candidate &c : found) {
                const double longSide = std::max(c.box.width, c.box.height);
                const double shortSide = std::min(c.box.width, c.box.height);
                if (!linear && longSide > 1.6 * shortSide)
                    continue; // a 2D code is square; lines of text are long
                // A linear code is longer across its bars than along them; a ruled line or a
                // table's border is a thin stripe along itself.
                const double across = horizontal ? c.box.height : c.box.width;
                const double along = horizontal ? c.box.width : c.box.height;
                if (linear && across < 0.7 * along)
                    continue;
                // A square as large as the image is a frame, a ruled table, the page's own edge;
                // bars that wide are a code filling the image (a cropped code, a close-up).
                if (!linear && longSide > 0.9 * std::max(small.cols, small.rows))
                    continue;
                // A quiet zone around the code: ten modules on a linear code's ends.
                const int padAlong =
                    static_cast<int>(0.12 * (horizontal ? c.box.height : c.box.width)) + 4;
                const int padAcross = static_cast<int>(0.15 * shortSide) + 4;
                // A linear code's ends lie across its bars: x for upright bars, y for lying ones.
                const int padX = linear && !horizontal ? padAlong : padAcross;
                const int padY = linear && horizontal ? padAlong : padAcross;
                const cv::Rect padded(c.box.x - padX, c.box.y - padY, c.box.width + 2 * padX,
                                      c.box.height + 2 * padY);
                const cv::Rect full(static_cast<int>(padded.x / factor),
                                    static_cast<int>(padded.y / factor),
                                    static_cast<int>(std::ceil(padded.width / factor)),
                                    static_cast<int>(std::ceil(padded.height / factor)));
                const cv::Rect clipped = full & cv::Rect(0, 0, grey.cols, grey.rows);
                if (clipped.area() > 0)
                    regions.push_back({clipped, horizontal, linear, c.score});
            }
        };

        // Vertical bars: strong left-right gradients, few up-down ones (text has both: its
        // ratio stays under two).
        cv::Mat bars;
        cv::addWeighted(gx, 1.0, gy, -2.0, 0.0, bars);
        std::vector<Candidate> upright =
            blobs(bars, cv::Size(k, 3), cv::Size(5, k / 2 | 1), minSide, false);
        int joined = addJoinedBarRuns(upright, false);
        add(upright, true, false);
        cv::addWeighted(gy, 1.0, gx, -2.0, 0.0, bars);
        std::vector<Candidate> lying =
            blobs(bars, cv::Size(3, k), cv::Size(k / 2 | 1, 5), minSide, false);
        joined += addJoinedBarRuns(lying, true);
        add(lying, true, true);
        std::sort(regions.begin(), regions.end(),
                  [](const Region &a, const Region &b) { return a.score > b.score; });
        // The joined codes come on top of the strongest blobs, not instead of them.
        const int extra = std::min(joined, 2);
        const auto linearCap = static_cast<size_t>(maxRegions / 2 + extra);
        if (regions.size() > linearCap)
            regions.resize(linearCap);
        // 2D codes: gradients both ways, densest first.
        const size_t linearCount = regions.size();
        cv::Mat both;
        cv::min(gx, gy, both);
        add(blobs(both, cv::Size(5, 5), cv::Size(5, 5), minSide, true), false, false);
        std::sort(regions.begin() + static_cast<long>(linearCount), regions.end(),
                  [](const Region &a, const Region &b) { return a.score > b.score; });
        if (regions.size() > static_cast<size_t>(maxRegions + extra))
            regions.resize(static_cast<size_t>(maxRegions + extra));
        if (auto big = largeMatrixCode(small))
            add({*big}, false, false);
    } catch (const cv::Exception &) {
        regions.clear();
    }
    return regions;
}

} // namespace ow::vision
