#include "scanborders.h"

#include "scanimage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <utility>
#include <vector>

namespace ow::vision {

namespace {

// Dark = well below the paper: the lid or feeder background, holes, heavy ink.
cv::Mat darkMask(const cv::Mat &grey) {
    const double paper = scanimage::paperColour(grey)[0];
    return grey < std::max(40.0, 0.55 * paper);
}

// Folds a line direction into [-45, 45): paper edges run both ways.
double foldQuarter(double deg) {
    double a = std::fmod(deg + 45.0, 90.0);
    if (a < 0.0)
        a += 90.0;
    return a - 45.0;
}

} // namespace

PaperEdgeSkew paperEdgeSkew(const cv::Mat &scan) {
    PaperEdgeSkew result;
    try {
        const cv::Mat grey = scanimage::toGrey(scan);
        if (grey.empty() || grey.cols < 32 || grey.rows < 32)
            return result;
        // Sampled, not averaged: the outline's position survives, and averaging a 300-dpi page
        // by a fraction cost ~35 ms of a near-blank page's ~160 (bench_scan: near-blank pages'
        // angles moved by at most 0.01°, deskew mean and max unchanged).
        cv::Mat small;
        scanimage::shrinkTo(grey, small, 2400, scanimage::Shrink::Sampled);
        cv::Mat paper;
        cv::threshold(small, paper, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
        // Ink must not cut holes into the paper's outline.
        cv::morphologyEx(paper, paper, cv::MORPH_CLOSE,
                         cv::getStructuringElement(cv::MORPH_RECT, cv::Size(9, 9)));
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(paper, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
        if (contours.empty())
            return result;
        const auto largest =
            std::max_element(contours.begin(), contours.end(), [](const auto &a, const auto &b) {
                return cv::contourArea(a) < cv::contourArea(b);
            });
        // Runs of outline points away from the image's edge are paper edges; each long straight
        // run gives the skew, and long runs count more.
        const int margin = 1;
        const int minRun = std::max(small.cols, small.rows) / 5;
        const auto inside = [&](const cv::Point &p) {
            return p.x > margin && p.y > margin && p.x < small.cols - 1 - margin &&
                   p.y < small.rows - 1 - margin;
        };
        const std::vector<cv::Point> &outline = *largest;
        size_t start = 0;
        while (start < outline.size() && inside(outline[start]))
            ++start; // begin at an edge point so that no run wraps around
        if (start == outline.size())
            return result; // the paper lies wholly inside: a photo-like scan, no wedges
        std::vector<std::pair<double, double>> edges; // angle, points
        std::vector<cv::Point> run;
        // A run may turn a visible corner of the sheet (shifted on the glass, the paper shows
        // two edges meeting): it is split where it strays furthest from its chord, and each
        // part counts on its own.
        std::vector<std::pair<size_t, size_t>> parts;
        const auto addEdge = [&](size_t from, size_t to) {
            // Trim the ends (corners, the point where the edge meets the image border).
            const size_t trim = (to - from) / 10;
            const std::vector<cv::Point> core(run.begin() + static_cast<long>(from + trim),
                                              run.begin() + static_cast<long>(to - trim));
            cv::Vec4f line;
            cv::fitLine(core, line, cv::DIST_HUBER, 0, 0.01, 0.01);
            // Straight: every point within 2 px of the line (a corner would bend it).
            double worst = 0.0;
            for (const cv::Point &p : core)
                worst = std::max(worst, static_cast<double>(std::abs((p.x - line[2]) * line[1] -
                                                                     (p.y - line[3]) * line[0])));
            if (worst < 2.5)
                edges.emplace_back(foldQuarter(-std::atan2(line[1], line[0]) * 180.0 / CV_PI),
                                   static_cast<double>(core.size()));
        };
        const auto flush = [&] {
            parts.assign(1, {0, run.size()});
            while (!parts.empty()) {
                const auto [from, to] = parts.back();
                parts.pop_back();
                if (static_cast<int>(to - from) < minRun)
                    continue;
                const cv::Point2d a = run[from], b = run[to - 1];
                const cv::Point2d chord = b - a;
                const double length = std::max(1.0, std::hypot(chord.x, chord.y));
                double farthest = 0.0;
                size_t corner = from;
                for (size_t i = from; i < to; ++i) {
                    const cv::Point2d d = cv::Point2d(run[i]) - a;
                    const double off = std::abs(d.x * chord.y - d.y * chord.x) / length;
                    if (off > farthest) {
                        farthest = off;
                        corner = i;
                    }
                }
                // Split only at a corner of the sheet (the run turns by more than 45 degrees
                // there). Where the paper's edge runs into a lid strip's straight edge it bends
                // by the skew alone; that run stays whole and fails the straightness test, or
                // the lid's edge (angle 0) would be an edge of its own and could outvote the
                // paper's.
                const cv::Point2d u = cv::Point2d(run[corner]) - a;
                const cv::Point2d v = b - cv::Point2d(run[corner]);
                const bool turns = u.dot(v) < 0.7 * std::hypot(u.x, u.y) * std::hypot(v.x, v.y);
                if (farthest > 8.0 && turns && corner > from && corner + 1 < to) {
                    parts.emplace_back(from, corner);
                    parts.emplace_back(corner, to);
                } else {
                    addEdge(from, to);
                }
            }
            run.clear();
        };
        for (size_t i = 0; i < outline.size(); ++i) {
            const cv::Point &p = outline[(start + i) % outline.size()];
            if (inside(p))
                run.push_back(p);
            else
                flush();
        }
        flush();
        // The paper's edges agree; a lid strip's straight inner edge may not. Keep the family
        // of edges with the most support. A lid or feeder edge lies exactly along the image's
        // axes (the strips meet in a corner of their own, so their edges are runs of their
        // own): an edge within 0.02 degrees of the axes counts only when there is no other
        // (a sheet that straight needs no correction anyway).
        const auto axial = [](double angle) { return std::abs(angle) < 0.02; };
        const bool sheetEdges = std::any_of(edges.begin(), edges.end(),
                                            [&](const auto &edge) { return !axial(edge.first); });
        double bestSupport = 0.0;
        for (const auto &[angle, points] : edges) {
            if (sheetEdges && axial(angle))
                continue;
            double support = 0.0, weighted = 0.0;
            for (const auto &[other, count] : edges)
                if (std::abs(other - angle) < 0.3 && !(sheetEdges && axial(other))) {
                    support += count;
                    weighted += other * count;
                }
            if (support > bestSupport) {
                bestSupport = support;
                result.angleDeg = weighted / support;
                result.measured = true;
            }
        }
    } catch (const cv::Exception &) {
        return PaperEdgeSkew{};
    }
    return result;
}

bool looksLikePunchHole(const cv::Rect &box, int area, const cv::Size &page, double pixelsPerMm) {
    const double w = box.width / pixelsPerMm;
    const double h = box.height / pixelsPerMm;
    if (w < 4.0 || w > 9.5 || h < 4.0 || h > 9.5 || w / h > 1.3 || h / w > 1.3)
        return false;
    const double fill = static_cast<double>(area) / std::max(1, box.area());
    if (fill < 0.6 || fill > 0.9) // a disc fills pi/4 of its box
        return false;
    const double cx = (box.x + box.width / 2.0) / pixelsPerMm;
    const double cy = (box.y + box.height / 2.0) / pixelsPerMm;
    const double pw = page.width / pixelsPerMm;
    const double ph = page.height / pixelsPerMm;
    const double edge = std::min({cx, cy, pw - cx, ph - cy});
    return edge < 30.0;
}

namespace {

// A punch hole sits in plain paper; a QR finder pattern's centre square is ringed by dark
// modules one module further out. Painting that centre would make the code unreadable.
bool hasDarkRingAround(const cv::Mat &darkMask, const cv::Rect &box) {
    const cv::Point centre(box.x + box.width / 2, box.y + box.height / 2);
    const double radius = 0.5 * std::max(box.width, box.height);
    int dark = 0;
    int samples = 0;
    for (double scale : {1.5, 1.8, 2.1, 2.4}) {
        for (int step = 0; step < 32; ++step) {
            const double angle = step * CV_PI / 16.0;
            const cv::Point at(
                centre.x + static_cast<int>(std::lround(scale * radius * std::cos(angle))),
                centre.y + static_cast<int>(std::lround(scale * radius * std::sin(angle))));
            if (at.x < 0 || at.y < 0 || at.x >= darkMask.cols || at.y >= darkMask.rows)
                continue;
            ++samples;
            dark += darkMask.at<uchar>(at) != 0 ? 1 : 0;
        }
    }
    return samples > 0 && dark * 4 > samples;
}

// A scanner's background is one dark region around one sheet (or a few photos); a pattern
// or dark artwork printed to the paper's edges leaves many bright islands enclosed in its
// dark parts. Islands under ~1.2 mm on an A4 scan (dust, glare) are not counted.
constexpr int kMaxIslands = 8;

// The islands are the holes of the border's dark regions: traced as contours (findContours
// frames the image with background, so light touching the image's edge is never a hole; holes
// are 4-connected, as a labelling of the light pixels had them). Labelling the light pixels,
// nearly the whole image, cost ~4 ms a scan; the border's outlines are short.
int enclosedIslands(const cv::Mat &border) {
    std::vector<std::vector<cv::Point>> contours;
    std::vector<cv::Vec4i> hierarchy;
    cv::findContours(border, contours, hierarchy, cv::RETR_CCOMP, cv::CHAIN_APPROX_NONE);
    const double minArea = std::max(4.0, static_cast<double>(border.total()) / 40000.0);
    int islands = 0;
    for (size_t i = 0; i < contours.size(); ++i) {
        if (hierarchy[i][3] < 0)
            continue; // an outer outline, not a hole
        // The outline runs through the dark pixels around the hole: its polygon's area less
        // half its length is the hole's pixel count (exact for a rectangle).
        const double pixels =
            cv::contourArea(contours[i]) - cv::arcLength(contours[i], true) / 2.0 + 1.0;
        if (pixels >= minArea)
            ++islands;
    }
    return islands;
}

// The bounding box of the largest light region (the paper) of the small copy once the border
// is taken out, from the regions' outlines (a 4-connected labelling of nearly the whole image
// cost ~4 ms; with the border dilated, no two light regions meet at a corner only). Empty when
// nothing is light.
cv::Rect largestLightRegion(const cv::Mat &border) {
    std::vector<std::vector<cv::Point>> outlines;
    cv::findContours(~border, outlines, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    double bestArea = -1.0;
    cv::Rect best;
    for (const std::vector<cv::Point> &outline : outlines) {
        const cv::Rect box = cv::boundingRect(outline);
        // Area first by the box, which bounds it: most outlines are specks.
        if (box.area() <= bestArea)
            continue;
        const double area = std::max(cv::contourArea(outline), 1.0);
        if (area > bestArea) {
            bestArea = area;
            best = box;
        }
    }
    return best;
}

// Paints `fill` wherever the small mask, scaled up to `full` the way cv::resize's INTER_NEAREST
// maps pixels (source = floor(destination / scale)), is set; `paper` is the crop of the
// full-size image at crop's place. Only the mask's runs are visited: a border is a few strips,
// and scaling the whole mask up to the page and masking a copy cost ~10 ms per 300-dpi scan.
void paintScaledMask(cv::Mat &paper, const cv::Rect &crop, const cv::Mat &mask,
                     const cv::Size &full, const cv::Scalar &fill) {
    const double ifx = 1.0 / (static_cast<double>(full.width) / mask.cols);
    const double ify = 1.0 / (static_cast<double>(full.height) / mask.rows);
    // For each mask column, the crop's first and last column it covers (-1: none).
    std::vector<int> firstX(static_cast<size_t>(mask.cols), -1);
    std::vector<int> lastX(static_cast<size_t>(mask.cols), -1);
    for (int x = 0; x < crop.width; ++x) {
        const auto c = static_cast<size_t>(std::min(cvFloor((crop.x + x) * ifx), mask.cols - 1));
        if (firstX[c] < 0)
            firstX[c] = x;
        lastX[c] = x;
    }
    // Pixels written directly: a Mat header and setTo per run cost more than the run itself
    // (~7 ms on a 300-dpi scan with a dark surround).
    const int channels = paper.channels();
    std::array<uchar, 4> value{};
    for (int i = 0; i < std::min(channels, 4); ++i)
        value[static_cast<size_t>(i)] = cv::saturate_cast<uchar>(fill[i]);
    const bool bytes = paper.depth() == CV_8U && channels <= 4;
    const auto paint = [&](int y, uchar *row, int from, int to) {
        if (!bytes) { // 16-bit pages (scanimage accepts them): the general way
            paper.row(y).colRange(from, to + 1).setTo(fill);
            return;
        }
        if (channels == 1) {
            std::memset(row + from, value[0], static_cast<size_t>(to - from + 1));
            return;
        }
        for (int x = from; x <= to; ++x)
            std::copy_n(value.begin(), channels, row + static_cast<size_t>(x) * channels);
    };
    for (int y = 0; y < crop.height; ++y) {
        const uchar *row = mask.ptr<uchar>(std::min(cvFloor((crop.y + y) * ify), mask.rows - 1));
        uchar *paperRow = paper.ptr<uchar>(y);
        for (int c = 0; c < mask.cols;) {
            if (c + 8 <= mask.cols && scanimage::eightZero(row + c)) {
                c += 8;
                continue;
            }
            if (!row[c] || firstX[static_cast<size_t>(c)] < 0) {
                ++c;
                continue;
            }
            const int from = firstX[static_cast<size_t>(c)];
            int to = lastX[static_cast<size_t>(c)];
            for (++c; c < mask.cols && row[c]; ++c)
                if (lastX[static_cast<size_t>(c)] >= 0)
                    to = lastX[static_cast<size_t>(c)];
            paint(y, paperRow, from, to);
        }
    }
}

} // namespace

BorderCleanup removeScanBorders(const cv::Mat &page, double dpi) {
    BorderCleanup result;
    if (page.empty())
        return result;
    // Shared with the input until something is painted: most scans need no copy.
    result.page = page;
    result.paper = cv::Rect(0, 0, page.cols, page.rows);
    try {
        const cv::Mat grey = scanimage::toGrey(page);
        if (grey.empty() || grey.cols < 32 || grey.rows < 32)
            return result;
        cv::Mat small;
        const double factor = scanimage::shrinkTo(grey, small, 1000, scanimage::Shrink::Sampled);
        const cv::Mat dark = darkMask(small);

        // Borders: thick dark areas (an opening removes text strokes) touching the image edge.
        const int k = std::max(3, std::min(small.cols, small.rows) / 100) | 1;
        cv::Mat thick;
        cv::morphologyEx(dark, thick, cv::MORPH_OPEN,
                         cv::getStructuringElement(cv::MORPH_RECT, cv::Size(k, k)));
        cv::Mat labels, stats;
        const int count = scanimage::labelComponents(thick, labels, stats, 8);
        std::vector<uchar> isBorder(static_cast<size_t>(count), 0);
        for (int i = 1; i < count; ++i) {
            const int x = stats.at<int>(i, cv::CC_STAT_LEFT);
            const int y = stats.at<int>(i, cv::CC_STAT_TOP);
            const int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
            const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
            // Along an edge it touches: long in that edge's direction (a strip or a wedge), not
            // a blob, and not a band crossing the page between two edges (printed content).
            const bool alongTopOrBottom = (y == 0 || y + h == small.rows) && w >= small.cols / 4;
            const bool alongLeftOrRight = (x == 0 || x + w == small.cols) && h >= small.rows / 4;
            isBorder[static_cast<size_t>(i)] = alongTopOrBottom || alongLeftOrRight;
        }
        cv::Mat border = scanimage::maskOfLabels(labels, isBorder);
        if (cv::countNonZero(border) > 0 && enclosedIslands(border) > kMaxIslands)
            return result; // content printed to the edges, not the scanner's background
        // Thin dark lines at the very edge (the paper's edge shadow) join the border.
        const int edgeBand = std::max(2, k);
        for (int y = 0; y < edgeBand; ++y) {
            for (const int row : {y, small.rows - 1 - y})
                if (cv::countNonZero(dark.row(row)) > small.cols / 2)
                    border.row(row).setTo(255);
        }
        for (int x = 0; x < edgeBand; ++x) {
            for (const int col : {x, small.cols - 1 - x})
                if (cv::countNonZero(dark.col(col)) > small.rows / 2)
                    border.col(col).setTo(255);
        }

        const cv::Scalar fill = scanimage::paperColour(page);
        if (cv::countNonZero(border) > 0) {
            result.bordersFound = true;
            cv::dilate(border, border, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
            // The paper is the largest region left; crop to its bounding box.
            cv::Rect crop(0, 0, page.cols, page.rows);
            const cv::Rect box = largestLightRegion(border);
            if (!box.empty()) {
                const cv::Rect full = cv::Rect(static_cast<int>(std::floor(box.x / factor)),
                                               static_cast<int>(std::floor(box.y / factor)),
                                               static_cast<int>(std::ceil(box.width / factor)),
                                               static_cast<int>(std::ceil(box.height / factor))) &
                                      crop;
                if (full.area() > page.size().area() / 4)
                    crop = full;
            }
            // Crop first, then paint what is left of the border inside the crop: one copy of
            // the paper instead of a painted copy of the whole scan cut again.
            result.paper = crop;
            result.page = page(crop).clone();
            paintScaledMask(result.page, crop, border, page.size(), fill);
        }

        // Punch holes: dark round blobs near an edge of the (cropped) paper.
        // Uncropped, the paper's small copy is the one already made.
        cv::Mat paperSmall = small;
        double paperFactor = factor;
        if (result.page.data != page.data)
            paperFactor = scanimage::shrinkTo(scanimage::toGrey(result.page), paperSmall, 1000,
                                              scanimage::Shrink::Sampled);
        const double ppm = scanimage::pixelsPerMm(result.page.size(), dpi) * paperFactor;
        const cv::Mat holes = darkMask(paperSmall);
        const int holeCount = scanimage::labelComponents(holes, labels, stats, 8);
        for (int i = 1; i < holeCount; ++i) {
            const cv::Rect box(
                stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
            if (!looksLikePunchHole(box, stats.at<int>(i, cv::CC_STAT_AREA), paperSmall.size(),
                                    ppm) ||
                hasDarkRingAround(holes, box))
                continue;
            if (result.page.data == page.data)
                result.page = result.page.clone();
            const cv::Point2d centre = (box.tl() + box.br()) * 0.5 / paperFactor;
            const double radius = 0.5 * std::max(box.width, box.height) / paperFactor * 1.25 + 2.0;
            cv::circle(result.page,
                       cv::Point(static_cast<int>(centre.x), static_cast<int>(centre.y)),
                       static_cast<int>(radius), fill, cv::FILLED);
            ++result.holesFilled;
        }
        if (result.holesFilled == 0)
            result.quickCopy = paperSmall;
    } catch (const cv::Exception &) {
        result.page = page.clone();
        result.paper = cv::Rect(0, 0, page.cols, page.rows);
    }
    return result;
}

} // namespace ow::vision
