#include "pageprocessor.h"

#include "barcodereader.h"
#include "blankpage.h"
#include "businesslicence.h"
#include "deskew.h"
#include "enhance.h"
#include "orientation.h"
#include "pagedetector.h"
#include "scanborders.h"
#include "scanimage.h"
#include "separatorsheet.h"

#include <opencv2/imgproc.hpp>

#include <chrono>
#include <cmath>
#include <exception>
#include <numbers>

namespace ow::vision {

namespace {

// Skews smaller than this are left alone: rotating resamples every pixel for nothing.
constexpr double kMinCorrectionDeg = 0.02;

// Angles are reported in [-45, 315): small skews keep their sign, quarter turns read 90/180/270.
double normaliseAngle(double deg) {
    double a = std::fmod(deg + 45.0, 360.0);
    if (a < 0.0)
        a += 360.0;
    return a - 45.0;
}

// Auto mode: is the quad a page lying on a desk, or something on a scanned page (a barcode, a
// table, a photo) or the scan's own edge? A scan's quad covers nearly the whole image, or is
// surrounded by the same paper it holds.
bool looksLikeScan(const PageQuad &quad, const cv::Mat &bgr) {
    std::vector<cv::Point2f> corners(quad.corners.begin(), quad.corners.end());
    if (cv::contourArea(corners) > 0.85 * bgr.size().area())
        return true;
    const cv::Mat grey = scanimage::toGrey(bgr);
    std::vector<cv::Point> polygon;
    for (const cv::Point2f &p : corners)
        polygon.emplace_back(static_cast<int>(p.x), static_cast<int>(p.y));
    cv::Mat inside = cv::Mat::zeros(grey.size(), CV_8U);
    cv::fillConvexPoly(inside, polygon, cv::Scalar(255));
    // Sampled at full resolution (shrinking would blur a barcode's spaces into grey): the
    // surroundings' median against the brightest tenth inside, the paper.
    const int step = std::max(1, static_cast<int>(std::sqrt(grey.total() / 200000.0)));
    std::vector<uchar> in, out;
    for (int y = 0; y < grey.rows; y += step) {
        const uchar *g = grey.ptr<uchar>(y);
        const uchar *m = inside.ptr<uchar>(y);
        for (int x = 0; x < grey.cols; x += step)
            (m[x] ? in : out).push_back(g[x]);
    }
    if (out.size() < 100 || in.size() < 100)
        return true;
    const auto at = [](std::vector<uchar> &v, double q) {
        const auto nth = v.begin() + static_cast<long>(q * static_cast<double>(v.size() - 1));
        std::nth_element(v.begin(), nth, v.end());
        return static_cast<double>(*nth);
    };
    return std::abs(at(out, 0.5) - at(in, 0.9)) < 20.0;
}

// Content order: corners[0] becomes the content's top-left once the page is turned upright.
PageQuad toContentOrder(const PageQuad &quad, int quarterDeg) {
    PageQuad ordered = quad;
    const int k = quarterDeg / 90;
    for (int i = 0; i < 4; ++i)
        ordered.corners[static_cast<size_t>(i)] =
            quad.corners[static_cast<size_t>((i - k + 4) % 4)];
    return ordered;
}

double topEdgeAngleDeg(const PageQuad &quad) {
    const cv::Point2f d = quad.corners[1] - quad.corners[0];
    return std::atan2(-d.y, d.x) * 180.0 / std::numbers::pi;
}

// Rotates by -skewDeg and cuts the grown canvas back to the original size about the centre.
cv::Mat straighten(const cv::Mat &page, double skewDeg) {
    if (std::abs(skewDeg) < kMinCorrectionDeg)
        return page;
    const cv::Mat rotated = rotateImage(page, -skewDeg, scanimage::paperColour(page));
    if (rotated.empty())
        return page;
    const cv::Rect keep((rotated.cols - page.cols) / 2, (rotated.rows - page.rows) / 2, page.cols,
                        page.rows);
    return rotated(keep & cv::Rect(0, 0, rotated.cols, rotated.rows)).clone();
}

struct Upright {
    cv::Mat page;
    double skewDeg = 0.0;
    int quarterDeg = 0;
};

Upright makeUpright(const cv::Mat &page, double maxSkewDeg) {
    Upright result;
    const SkewEstimate skew = estimateSkew(page, maxSkewDeg);
    result.skewDeg = skew.measured ? skew.angleDeg : 0.0;
    const cv::Mat straight = straighten(page, result.skewDeg);
    const OrientationEstimate orientation =
        skew.measured ? estimateOrientation(straight, skew) : OrientationEstimate{};
    result.quarterDeg = orientation.quarterDeg;
    result.page = turnUpright(straight, orientation.quarterDeg);
    return result;
}

} // namespace

ProcessedPage processPage(const cv::Mat &input, const PageOptions &options) {
    const auto started = std::chrono::steady_clock::now();
    ProcessedPage result;
    try {
        const cv::Mat bgr = scanimage::toBgr(input);
        if (bgr.empty() || bgr.cols < 16 || bgr.rows < 16)
            return result;

        std::optional<PageQuad> quad = options.corners;
        if (!quad && options.source != PageSource::Scanner) {
            quad = detectPage(bgr);
            if (quad && options.source == PageSource::Auto && looksLikeScan(*quad, bgr))
                quad.reset();
        }
        cv::Mat rectified;
        if (quad)
            rectified = rectifyPage(bgr, *quad);

        // A rectified photo has no scanner resolution; a scan loses its borders and holes.
        const double dpi = rectified.empty() ? options.dpi : 0.0;
        const cv::Mat flat = rectified.empty() ? removeScanBorders(bgr, dpi).page : rectified;
        if (flat.empty())
            return result;
        result.blank = isBlankPage(flat, dpi);

        // A blank page has no way up: it is left as it lies (angle 0 on a scan, the quad's top
        // edge in a photo).
        Upright upright;
        if (result.blank)
            upright.page = flat;
        else
            upright = makeUpright(flat, rectified.empty() ? 15.0 : 3.0);
        if (upright.page.empty())
            return result;
        if (!rectified.empty()) {
            const PageQuad content = toContentOrder(*quad, upright.quarterDeg);
            result.corners = content;
            result.angleDeg = normaliseAngle(topEdgeAngleDeg(content) + upright.skewDeg);
        } else {
            result.angleDeg = normaliseAngle(upright.quarterDeg + upright.skewDeg);
        }

        if (options.readBarcodes && !result.blank) {
            result.barcodes = readBarcodes(upright.page);
            result.creditCode = creditCodeFromBarcodes(result.barcodes);
        }
        if (!result.blank) {
            const SeparatorCheck separator = checkSeparator(upright.page, result.barcodes, dpi);
            result.separator = separator.isSeparator();
            result.separatorCode = separator.code;
        }

        const cv::Mat archived = scaleForArchive(upright.page, dpi, options.mode, result.dpi);
        result.page = enhancePage(archived, options.mode);
    } catch (const cv::Exception &) {
        result.page.release();
    } catch (const std::exception &) { // std::bad_alloc on an absurd image: no page, no crash
        result.page.release();
    }
    result.timeMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    return result;
}

} // namespace ow::vision
