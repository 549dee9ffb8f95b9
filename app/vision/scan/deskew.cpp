#include "deskew.h"

#include "scanimage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <vector>

namespace ow::vision {

namespace {

constexpr int kMinInkPoints = 200;

// A mark covering this much of the page is no line of text but a photo, a seal's fill or a
// black block; it is left out of the final angle.
constexpr double kSolidFraction = 0.02;

// Ink for the profiles: a piece of a run of ink pixels along the lines' direction, at most
// kRunPiece long on written pages, counts as its middle, weighed by its length (coordinates
// doubled: a middle may fall between two pixels). Its own spread across the profile is at most
// half a bin at 7°, and a written page holds far fewer pieces than pixels. Whole runs were
// tried: the middles of a short thick mark's rows (a patch bar, a character's stroke) stand
// above one another whatever the mark's slant, and the skew was off by up to 2.7°. A sheet with
// a few marks (a page number, a signature) keeps every pixel: pieces of 8 put two of them
// 0.26° off.
constexpr int kRunPiece = 8;
constexpr int kPiecesFromInk = 40000; // ink pixels on the fine copy (near-blank: under 16000)
struct InkRun {
    int x2;
    int y2;
    int weight;
};

std::vector<InkRun> rowPieces(const cv::Mat &mask, int piece) {
    std::vector<InkRun> runs;
    for (int y = 0; y < mask.rows; ++y) {
        const uchar *row = mask.ptr<uchar>(y);
        for (int x = 0; x < mask.cols;) {
            if (x + 8 <= mask.cols && scanimage::eightZero(row + x)) {
                x += 8;
                continue;
            }
            if (!row[x]) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < mask.cols && row[x] && x - start < piece)
                ++x;
            runs.push_back({start + x - 1, 2 * y, x - start});
        }
    }
    return runs;
}

// Pieces down the columns, read row by row (transposing the mask first cost ~4 ms): open[x] is
// the row where column x's current piece began, -1 when none is; eight columns without ink and
// without an open piece are skipped together. The same pieces as rowPieces on the transposed
// mask, in another order (the profile's sums do not depend on it).
std::vector<InkRun> columnPieces(const cv::Mat &mask, int piece) {
    std::vector<InkRun> runs;
    const int cols = mask.cols;
    std::vector<int> open(static_cast<size_t>(cols), -1);
    std::vector<uchar> isOpen(static_cast<size_t>(cols), 0);
    const auto close = [&](int x, int end) {
        const int start = open[static_cast<size_t>(x)];
        runs.push_back({2 * x, start + end - 1, end - start});
    };
    for (int y = 0; y < mask.rows; ++y) {
        const uchar *row = mask.ptr<uchar>(y);
        for (int x = 0; x < cols; ++x) {
            if (x + 8 <= cols && scanimage::eightZero(row + x) &&
                scanimage::eightZero(isOpen.data() + x)) {
                x += 7;
                continue;
            }
            const auto i = static_cast<size_t>(x);
            if (row[x]) {
                if (open[i] < 0) {
                    open[i] = y;
                    isOpen[i] = 1;
                } else if (y - open[i] == piece) {
                    close(x, y);
                    open[i] = y;
                }
            } else if (open[i] >= 0) {
                close(x, y);
                open[i] = -1;
                isOpen[i] = 0;
            }
        }
    }
    for (int x = 0; x < cols; ++x)
        if (open[static_cast<size_t>(x)] >= 0)
            close(x, mask.rows);
    return runs;
}

// Pieces along the rows for horizontal lines, along the columns for vertical ones.
std::vector<InkRun> runsOfMask(const cv::Mat &mask, bool vertical) {
    if (mask.empty())
        return {};
    const int inkPixels = cv::countNonZero(mask);
    const int piece = inkPixels >= kPiecesFromInk ? kRunPiece : 1;
    return vertical ? columnPieces(mask, piece) : rowPieces(mask, piece);
}

int inkOf(const std::vector<InkRun> &runs) {
    int total = 0;
    for (const InkRun &run : runs)
        total += run.weight;
    return total;
}

// Character-sized marks only (which way the lines run), every pixel a piece of its own;
// `counts` says what was seen.
std::vector<InkRun> characterInk(const cv::Mat &copy, scanimage::MarkCounts &counts) {
    const cv::Mat ink = scanimage::inkBelow(copy, scanimage::kTextInkLevel);
    if (ink.empty())
        return {};
    return rowPieces(scanimage::characterMarks(ink, &counts), 1);
}

// Every mark (rules, frames and code edges sharpen the final angle once the direction is
// known), without solid blobs when the page may have any.
std::vector<InkRun> allInkRuns(const cv::Mat &ink, bool withoutSolids, bool vertical) {
    cv::Mat marks = ink;
    if (withoutSolids && !marks.empty()) {
        cv::Mat labels, stats;
        const int count = scanimage::labelComponents(marks, labels, stats, 8);
        std::vector<uchar> keep(static_cast<size_t>(count), 0);
        for (int i = 1; i < count; ++i)
            keep[static_cast<size_t>(i)] =
                stats.at<int>(i, cv::CC_STAT_AREA) <= kSolidFraction * marks.total();
        marks = scanimage::maskOfLabels(labels, keep);
    }
    return runsOfMask(marks, vertical);
}

// How a sparse page's profile is read (a line or two: under kPiecesFromInk ink pixels and under
// kSparseMarks character marks), against a written page's (Nearest). Ink alone does not make a
// page sparse: a photo's rectified table holds few ink pixels at its size, and read this way its
// angle moved enough for the glyph vote to turn it a quarter (photo_0082 of seed 20260301).
// - Shared bins: a run's weight is split between the two bins around it by distance, in
//   1/256ths, so the score changes smoothly with the angle. With nearest bins a single line's
//   score jumped by a tenth between angles 0.02° apart as pixels crossed bin borders, and the
//   fine search settled on such a jump (a one-line page of seed 3 went 0.37° off; the same page
//   from its JPEG file 0.004°).
// - Differences across kSparseLag bins (the profile smoothed by a box that wide): one line's
//   profile has no second line to sharpen it, and with neighbouring bins a long single stroke
//   (一) lining up with another character's stroke could outscore the line itself (0.87° off
//   on a sentence with two 一, tst_deskew oneLine).
// Written pages keep nearest bins and neighbours: their many lines decide the peak, and their
// runs are the skew search's largest loop.
enum class Binning { Nearest, Shared };
constexpr int kShareUnits = 256;
constexpr size_t kSparseLag = 3;
constexpr int kSparseMarks = 100;

void addShared(const std::vector<InkRun> &runs, bool vertical, int extent,
               const std::vector<double> &alongX, const std::vector<double> &alongY,
               std::vector<int> &bins) {
    for (const InkRun &run : runs) {
        const double px = alongX[static_cast<size_t>(run.x2)];
        const double py = alongY[static_cast<size_t>(run.y2)];
        const double at = (vertical ? px - py : py + px) + extent;
        const auto bin = static_cast<size_t>(at);
        const int weight = kShareUnits * run.weight;
        const int upper = static_cast<int>((at - static_cast<double>(bin)) * weight + 0.5);
        bins[bin] += weight - upper;
        bins[bin + 1] += upper;
    }
}

// Sharpness of the projection profile across lines at the given angle: the sum of squared
// differences between neighbouring bins, which peaks when lines fall into the fewest bins.
// Horizontal lines skewed by a (counter-clockwise) keep y·cos a + x·sin a constant; vertical
// lines keep x·cos a − y·sin a constant (a sparse page: see Binning). The two products come
// from tables (one entry per
// half row and half column, filled once per angle): the same doubles as multiplying per run,
// without the work.
double profileScore(const std::vector<InkRun> &runs, double angleDeg, bool vertical, int extent,
                    Binning binning, const cv::Size &span2, std::vector<int> &bins,
                    std::vector<double> &alongX, std::vector<double> &alongY) {
    const double a = angleDeg * std::numbers::pi / 180.0;
    const double c = std::cos(a);
    const double s = std::sin(a);
    alongX.resize(static_cast<size_t>(span2.width));
    alongY.resize(static_cast<size_t>(span2.height));
    for (int x2 = 0; x2 < span2.width; ++x2)
        alongX[static_cast<size_t>(x2)] = x2 * 0.5 * (vertical ? c : s);
    for (int y2 = 0; y2 < span2.height; ++y2)
        alongY[static_cast<size_t>(y2)] = y2 * 0.5 * (vertical ? s : c);
    bins.assign(static_cast<size_t>(3 * extent + 2), 0);
    // Two passes over each block of runs, their bins first and then the additions: adding to
    // a bin in the same loop that reads the tables made every table read wait on the stores
    // before it (2.6 times slower on this loop, which is most of the skew search).
    constexpr size_t kBlock = 256;
    std::array<int, kBlock> binOf{};
    for (size_t first = 0; binning == Binning::Nearest && first < runs.size(); first += kBlock) {
        const size_t count = std::min(kBlock, runs.size() - first);
        const InkRun *block = runs.data() + first;
        for (size_t i = 0; i < count; ++i) {
            const double px = alongX[static_cast<size_t>(block[i].x2)];
            const double py = alongY[static_cast<size_t>(block[i].y2)];
            const double v = vertical ? px - py : py + px;
            // v + extent is never negative: truncating after adding a half rounds to nearest,
            // at a fraction of std::lround's cost.
            binOf[i] = static_cast<int>(v + extent + 0.5);
        }
        int *counts = bins.data();
        for (size_t i = 0; i < count; ++i)
            counts[binOf[i]] += block[i].weight;
    }
    if (binning == Binning::Shared)
        addShared(runs, vertical, extent, alongX, alongY, bins);
    const size_t lag = binning == Binning::Shared ? kSparseLag : 1;
    double score = 0.0;
    for (size_t i = lag; i < bins.size(); ++i) {
        const double d = bins[i] - bins[i - lag];
        score += d * d;
    }
    return score;
}

struct Peak {
    double angle = 0.0;
    double score = -1.0;
};

Peak searchRange(const std::vector<InkRun> &runs, bool vertical, int extent, double from, double to,
                 double step, Binning binning = Binning::Nearest) {
    std::vector<int> bins;
    std::vector<double> scores, alongX, alongY;
    cv::Size span2(1, 1);
    for (const InkRun &run : runs)
        span2 = cv::Size(std::max(span2.width, run.x2 + 1), std::max(span2.height, run.y2 + 1));
    Peak best;
    for (double a = from; a <= to + 1e-9; a += step) {
        const double s =
            profileScore(runs, a, vertical, extent, binning, span2, bins, alongX, alongY);
        scores.push_back(s);
        if (s > best.score)
            best = {a, s};
    }
    // Parabolic refinement through the best score and its neighbours.
    const auto index = static_cast<size_t>(std::lround((best.angle - from) / step));
    if (index > 0 && index + 1 < scores.size()) {
        const double l = scores[index - 1], m = scores[index], r = scores[index + 1];
        const double denominator = l - 2.0 * m + r;
        if (denominator < 0.0)
            best.angle += 0.5 * step * (l - r) / denominator;
    }
    return best;
}

// The coarse search over both families: whole degrees first and then every quarter within a
// degree of the best, the same quarter-degree grid: on a scan (±15°) 40 profiles a family
// instead of 121 (~7 ms), on a photo's rectified page (±3°) 16 instead of 25. The whole-degree
// sweep only has to land within a degree of the peak, which a line of text (about a degree
// wide on this copy) makes sure of; the quarter-degree pass then gives the same peak, score and
// parabola as the full sweep did (bench_scan, both seeds: every angle the same to 0.001°).
// (Whole-degree or half-degree peaks used as they were had turned a page's lines the wrong
// family: their scores fall off the peak unevenly.)
Peak coarsePeak(const std::vector<InkRun> &runs, bool vertical, int extent, double maxDeg) {
    constexpr double kStep = 0.25;
    const Peak rough = searchRange(runs, vertical, extent, -maxDeg, maxDeg, 1.0);
    // Back on the quarter-degree grid that starts at -maxDeg.
    const double onGrid = -maxDeg + std::round((rough.angle + maxDeg) / kStep) * kStep;
    const double from = std::max(-maxDeg, onGrid - 1.0);
    const double to = std::min(maxDeg, onGrid + 1.0);
    return searchRange(runs, vertical, extent, from, to, kStep);
}

} // namespace

SkewEstimate estimateSkew(const cv::Mat &image, double maxDeg) {
    SkewEstimate estimate;
    maxDeg = std::clamp(maxDeg, 0.5, 40.0); // beyond that the two families overlap
    try {
        const cv::Mat grey = scanimage::toGrey(image);
        if (grey.empty() || grey.cols < 16 || grey.rows < 16)
            return estimate;
        // The fine copy, at most 2400 px, is sampled rather than averaged: averaging a 300-dpi
        // page to that size cost ~25 ms, and only the ink's positions matter here (bench_scan's
        // deskew error on scans: mean 0.013 / 0.011 deg, max 0.10 / 0.05 deg on its two seeds).
        const int fineSide = std::min(2400, std::max(grey.cols, grey.rows));
        cv::Mat fineCopy;
        scanimage::shrinkTo(grey, fineCopy, fineSide, scanimage::Shrink::Sampled);
        // Coarse search on a small copy, both families. A sampled fine copy (a scan) is averaged
        // by exactly three in whole blocks (at most two pixels left out); otherwise the page is
        // halved and then averaged the rest of the way.
        cv::Mat coarseCopy;
        if (fineCopy.data != grey.data && std::max(fineCopy.cols, fineCopy.rows) == 3 * 800) {
            coarseCopy = scanimage::thirded(fineCopy);
        } else {
            scanimage::shrinkTo(grey, coarseCopy, 800, scanimage::Shrink::Fast);
        }
        scanimage::MarkCounts counts;
        const std::vector<InkRun> coarse = characterInk(coarseCopy, counts);
        estimate.marks = counts.kept;
        estimate.writtenMarks = counts.written;
        if (coarse.size() < kMinInkPoints || estimate.marks < kMinSkewMarks)
            return estimate;
        const double largestMark = counts.largestArea / static_cast<double>(coarseCopy.total());
        const Peak horizontal = coarsePeak(coarse, false, 800, maxDeg);
        const Peak vertical = coarsePeak(coarse, true, 800, maxDeg);
        estimate.horizontalScore = horizontal.score;
        estimate.verticalScore = vertical.score;
        estimate.vertical = vertical.score > horizontal.score;
        const Peak &coarseBest = estimate.vertical ? vertical : horizontal;

        // Fine search on a larger copy around the coarse peak, with every mark: a sheet with
        // a few characters (a separator) can put the coarse peak a degree off. Solid blobs
        // show on the coarse copy too (a solid mark stays solid when shrunk); without one there,
        // the fine copy's components are not labelled at all (~25 ms on a 300-dpi page).
        const bool mayHaveSolids = largestMark > kSolidFraction / 2;
        const cv::Mat fineInk = scanimage::inkBelow(fineCopy, scanimage::kTextInkLevel);
        if (fineCopy.data == grey.data)
            estimate.imageInk = fineInk;
        const std::vector<InkRun> fine = allInkRuns(fineInk, mayHaveSolids, estimate.vertical);
        if (inkOf(fine) < kMinInkPoints)
            return estimate;
        // ±1.5° in 0.1° steps, then ±0.15° in 0.05° and ±0.06° in 0.02° steps, each peak fitted
        // by a parabola: a line of text blurs across about a degree of this profile, so the
        // tenth finds its peak (bench_scan, both seeds: deskew mean 0.010 / 0.010 deg, max
        // 0.087 / 0.068; 0.2° steps put a near-blank page 0.27° off).
        const Binning binning = inkOf(fine) < kPiecesFromInk && estimate.marks < kSparseMarks
                                    ? Binning::Shared
                                    : Binning::Nearest;
        const Peak wide = searchRange(fine, estimate.vertical, fineSide, coarseBest.angle - 1.5,
                                      coarseBest.angle + 1.5, 0.1, binning);
        const Peak mid = searchRange(fine, estimate.vertical, fineSide, wide.angle - 0.15,
                                     wide.angle + 0.15, 0.05, binning);
        const Peak last = searchRange(fine, estimate.vertical, fineSide, mid.angle - 0.06,
                                      mid.angle + 0.06, 0.02, binning);
        estimate.angleDeg = std::clamp(last.angle, -maxDeg, maxDeg);
        estimate.measured = true;
    } catch (const cv::Exception &) {
        return SkewEstimate{};
    }
    return estimate;
}

double estimateSkewDeg(const cv::Mat &image) {
    return estimateSkew(image).angleDeg;
}

cv::Mat rotateImage(const cv::Mat &image, double angleDeg, const cv::Scalar &fill) {
    if (image.empty())
        return {};
    try {
        const cv::Point2f centre(static_cast<float>(image.cols) / 2.0f,
                                 static_cast<float>(image.rows) / 2.0f);
        cv::Mat rotation = cv::getRotationMatrix2D(centre, angleDeg, 1.0);
        const cv::Rect2f bounds =
            cv::RotatedRect(centre, image.size(), static_cast<float>(-angleDeg)).boundingRect2f();
        const cv::Size size(static_cast<int>(std::lround(bounds.width)),
                            static_cast<int>(std::lround(bounds.height)));
        rotation.at<double>(0, 2) += size.width / 2.0 - centre.x;
        rotation.at<double>(1, 2) += size.height / 2.0 - centre.y;
        cv::Mat rotated;
        cv::warpAffine(image, rotated, rotation, size, cv::INTER_LINEAR, cv::BORDER_CONSTANT, fill);
        return rotated;
    } catch (const cv::Exception &) {
        return {};
    }
}

} // namespace ow::vision
