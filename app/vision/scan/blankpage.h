#pragma once

#include <opencv2/core.hpp>

namespace ow::vision {

// What the blank-page check saw.
struct BlankPageCheck {
    bool blank = true;
    int marks = 0; // ink marks of text size or larger (a character, a stroke of a signature)
    double inkFraction = 0; // share of the page those marks cover
    double dotFraction = 0; // share covered by dark dots below that size
};

// A page is blank when no dark mark of at least character size (1.2 mm) is left after ignoring
// the page's edge (borders, edge shadows: anything touching the image edge or lying within 4 mm
// of it, unless it reaches the middle of the sheet: full-bleed content), specks of noise,
// bleed-through, folds and shadows (they stay above 185 of 255 once the paper's shading is
// divided out; a mark must reach below 165) and punch holes. Dots below character size that
// cover 1 % of the page or more (a halftone photo, a dithered pattern) are content too. One line
// of text, a page number or a signature is therefore never blank. dpi 0 = unknown (taken as A4).
// Never throws; an unusable image counts as not blank so that no page is ever dropped by mistake.
// quickCopy: the page in grey already shrunk to at most 1000 px the Sampled way (a scan's
// BorderCleanup::quickCopy), saving the first look its own copy; empty = made here.
BlankPageCheck checkBlankPage(const cv::Mat &page, double dpi = 0.0,
                              const cv::Mat &quickCopy = cv::Mat());

// A page on which estimateSkew saw this many marks of a small character's size away from its
// edges (SkewEstimate::writtenMarks) holds text and is not blank. The evaluation set's blank
// pages show none, its near-blank pages (a page number, a signature, a line) at most 35, its
// written pages from 56 (an ID card) up: specks, bleed-through and folds never reach the
// skew's ink threshold at that size, and punch holes are two or three.
inline constexpr int kSurelyWrittenMarks = 40;

inline bool isBlankPage(const cv::Mat &page, double dpi = 0.0,
                        const cv::Mat &quickCopy = cv::Mat()) {
    return checkBlankPage(page, dpi, quickCopy).blank;
}

} // namespace ow::vision
