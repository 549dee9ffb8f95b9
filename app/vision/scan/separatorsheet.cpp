#include "separatorsheet.h"

#include "scanimage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace ow::vision {

namespace {

// A solid, long horizontal bar (height = its thickness).
bool isBar(const cv::Rect &box, int area, double ppm) {
    const double thickness = box.height / ppm;
    const double length = box.width / ppm;
    return thickness >= 1.0 && thickness <= 7.5 && length >= 15.0 && box.width >= 4 * box.height &&
           area >= 0.85 * box.area();
}

// Narrow-wide-narrow-wide from the top, gaps narrow, bars lying over one another.
bool isPatchT(const std::vector<cv::Rect> &bars) {
    const double narrow = std::min(bars[0].height, bars[2].height);
    if (narrow <= 0)
        return false;
    for (const int i : {0, 2})
        if (bars[static_cast<size_t>(i)].height > 1.35 * narrow)
            return false;
    for (const int i : {1, 3}) {
        const double ratio = bars[static_cast<size_t>(i)].height / narrow;
        if (ratio < 1.8 || ratio > 3.6)
            return false;
    }
    for (size_t i = 0; i + 1 < bars.size(); ++i) {
        const double gap = bars[i + 1].y - bars[i].br().y;
        if (gap < 0.45 * narrow || gap > 1.9 * narrow)
            return false;
        const int overlap =
            std::min(bars[i].br().x, bars[i + 1].br().x) - std::max(bars[i].x, bars[i + 1].x);
        if (overlap < 0.8 * std::min(bars[i].width, bars[i + 1].width))
            return false;
    }
    return true;
}

// A quick look before the full one: a patch code's four bars, each at least 1 mm thick and
// 15 mm long, lie on rows that hold a long unbroken run of dark pixels, at least 5.6 mm of such
// rows in all (narrow, wide, narrow, wide: 1 + 1.8 + 1 + 1.8 times the narrow bar). The raw grey
// below 128 holds every pixel the full check calls ink (the flattened page is the grey divided
// by a background of at most 255), so a solid bar there is solid here. Written pages (no run
// that long, or only rules a pixel or two thick) are spared the flattening and labelling
// (~10 ms a page). Runs need 12 mm and rows count in stretches of 0.7 mm, 4 mm of them in all:
// margin for noise, blur and rounding.
bool mayHoldPatchBars(const cv::Mat &grey, double ppm) {
    const int minRun = static_cast<int>(12.0 * ppm);
    const int minStretch = std::max(2, static_cast<int>(0.7 * ppm));
    const int minRows = static_cast<int>(4.0 * ppm);
    int rows = 0;
    int stretch = 0;
    const auto endStretch = [&] {
        if (stretch >= minStretch)
            rows += stretch;
        stretch = 0;
    };
    for (int y = 0; y < grey.rows; ++y) {
        if (scanimage::hasDarkRun(grey.ptr<uchar>(y), grey.cols, minRun, 128))
            ++stretch;
        else
            endStretch();
    }
    endStretch();
    return rows >= minRows;
}

} // namespace

bool hasPatchT(const cv::Mat &uprightPage, double dpi) {
    try {
        const cv::Mat grey = scanimage::toGrey(uprightPage);
        if (grey.empty() || grey.cols < 32 || grey.rows < 32)
            return false;
        // A 1600 px copy, halved and then sampled (averaging a 300-dpi page by a fraction cost
        // ~16 ms). 1000 px was tried: a patch sheet of seed 7 (scan_0081) was then missed.
        cv::Mat small;
        const double factor = scanimage::shrinkTo(grey, small, 1600, scanimage::Shrink::Sampled);
        const double ppm = scanimage::pixelsPerMm(grey.size(), dpi) * factor;
        if (!mayHoldPatchBars(small, ppm))
            return false;
        const cv::Mat ink = scanimage::flattenBackground(small) < 128;
        cv::Mat labels, stats;
        const int count = scanimage::labelComponents(ink, labels, stats, 8);
        std::vector<cv::Rect> bars;
        for (int i = 1; i < count; ++i) {
            const cv::Rect box(
                stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
            if (isBar(box, stats.at<int>(i, cv::CC_STAT_AREA), ppm))
                bars.push_back(box);
        }
        std::sort(bars.begin(), bars.end(),
                  [](const cv::Rect &a, const cv::Rect &b) { return a.y < b.y; });
        for (size_t i = 0; i + 4 <= bars.size(); ++i)
            if (isPatchT({bars[i], bars[i + 1], bars[i + 2], bars[i + 3]}))
                return true;
    } catch (const cv::Exception &) {
    }
    return false;
}

SeparatorCheck checkSeparator(const cv::Mat &uprightPage, const std::vector<Barcode> &codes,
                              double dpi) {
    SeparatorCheck check;
    for (const Barcode &code : codes) {
        if (code.text.startsWith(QLatin1String(kSeparatorPrefix))) {
            check.kind = SeparatorCheck::Kind::CoverSheet;
            check.code = code.text;
            return check;
        }
    }
    if (hasPatchT(uprightPage, dpi)) {
        check.kind = SeparatorCheck::Kind::PatchT;
        check.code = QStringLiteral("PATCHT");
    }
    return check;
}

} // namespace ow::vision
