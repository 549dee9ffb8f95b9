#pragma once

#include <opencv2/core.hpp>

#include <cstdint>
#include <cstring>
#include <vector>

namespace ow::vision {

// Small image helpers shared by the scan steps. All accept 8/16-bit, 1/3/4-channel input and
// return an empty Mat (never throw) when the input is empty or unusable.
namespace scanimage {

// How shrinkTo averages: Fast halves first where it can (OpenCV's fast path), Exact averages
// the whole factor at once. The two differ by rounding only (orientation once hung on that
// difference; the glyph vote does not, and no product copy is made the Exact way now). Sampled
// halves like Fast and then samples the last step (less than a halving) linearly: for copies
// that only locate marks (blank check, borders, code regions, patch bars, the orientation
// view), where averaging a 300-dpi page by a fraction cost 10-16 ms a copy.
enum class Shrink { Fast, Exact, Sampled };

cv::Mat toGrey(const cv::Mat &image); // 8-bit, one channel
cv::Mat toBgr(const cv::Mat &image);  // 8-bit, three channels

// Divides out the paper's shading (lighting gradients, yellowed paper) so that the paper becomes
// 255 and ink keeps its contrast. Works on 8-bit grey. The shading is estimated on a copy halved
// until it is at most 900 px long (no fractional averaging: see scanimage.cpp).
cv::Mat flattenBackground(const cv::Mat &grey);

// Flattened grey below this is the ink the skew and orientation steps measure lines and glyphs
// on (text, stamps and rules; shadows and bleed-through stay above it).
inline constexpr int kTextInkLevel = 150;

// The ink mask flattenBackground(grey) < level gives (255 = ink), without flattening every pixel;
// it may differ only on pixels within a grey level of the threshold.
cv::Mat inkBelow(const cv::Mat &grey, int level);

// The paper's brightness per channel, as the median of the bright half of the pixels: the fill
// for borders and holes, so that a filled area matches the page.
cv::Scalar paperColour(const cv::Mat &bgrOrGrey);

// Pixels per millimetre, from a known dpi, else assuming the page's long side is A4 (297 mm).
double pixelsPerMm(const cv::Size &page, double dpi);

// What characterMarks counted.
struct MarkCounts {
    int kept = 0;        // character-sized marks (specks of a pixel or two included)
    int written = 0;     // of those, marks of a small character's size (kWrittenMarkSide)
                         // away from the copy's edges (kWrittenMarkMargin)
    int largestArea = 0; // the pixels of the largest mark, kept or not
};
inline constexpr int kWrittenMarkSide = 4;         // pixels: ~1.5 mm on an 800 px A4 copy
inline constexpr double kWrittenMarkMargin = 0.02; // of the copy's longer side

// The ink mask (255 = ink) with everything but character-sized marks removed: barcode bars,
// patch codes, rules, frames and photos are long, thin or large and would outvote a few lines
// of text when measuring line direction (a turned page's barcode bars read as lines).
cv::Mat characterMarks(const cv::Mat &ink, MarkCounts *counts = nullptr);

// The mask (255) of the pixels whose label (CV_32S, from connectedComponents) is marked in
// `keep`, one look-up per pixel: comparing the label image once per kept label costs a pass each.
cv::Mat maskOfLabels(const cv::Mat &labels, const std::vector<uchar> &keep);

// cv::connectedComponentsWithStats without the centroids and without the background's row
// (row 0 of stats is all zeros; every caller starts at label 1): the same labels (32-bit) and
// the same boxes and areas. OpenCV 4.6's statistics pass visits every pixel, background too,
// with double-precision centroid sums: ~4-5 ms on a 1000 px mask, where labelling alone takes
// ~0.5 and these statistics, gathered per run of a label, ~0.5. Returns the label count.
int labelComponents(const cv::Mat &mask, cv::Mat &labels, cv::Mat &stats, int connectivity);

// Scales by exactly two thirds (300 to 200 dpi), averaging by area as cv::resize's INTER_AREA
// does (within one grey level), in integers: every 3 x 3 block becomes 2 x 2, and the edges
// repeat to whole blocks. OpenCV has no fast path for this factor (~15 ms a 300-dpi page).
// 8-bit images of any channel count; the output is round(size * 2 / 3).
cv::Mat twoThirds(const cv::Mat &image);

// Averaged by exactly three, bit for bit what cv::resize(INTER_AREA) gives for whole 3 x 3
// blocks (the sum times 1/9 as a float, rounded); the last one or two rows and columns that
// make no whole block are left out. OpenCV vectorises only its halving: by three it costs ~70
// instructions an output pixel, this ~10. 8-bit, one channel (else empty).
cv::Mat thirded(const cv::Mat &grey);

// Eight mask bytes at p, all zero: mask scans skip paper (most of a page) eight pixels at once.
inline bool eightZero(const uchar *p) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, sizeof word);
    return word == 0;
}

// Whether the row holds at least minRun pixels below `level` in a row. Only every minRun-th
// pixel is looked at first: such a run covers one of them, and is measured from there both ways.
// On paper that is a look every few millimetres instead of one per pixel.
bool hasDarkRun(const uchar *row, int cols, int minRun, int level);

// Scales so that the longer side is at most maxSide (area averaging); returns the factor used.
double shrinkTo(const cv::Mat &in, cv::Mat &out, int maxSide, Shrink how = Shrink::Fast);

} // namespace scanimage
} // namespace ow::vision
