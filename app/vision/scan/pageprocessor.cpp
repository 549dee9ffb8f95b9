#include "pageprocessor.h"

#include "barcodereader.h"
#include "blankpage.h"
#include "businesslicence.h"
#include "deskew.h"
#include "enhance.h"
#include "opencvthreadpolicy.h"
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
#include <vector>

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
bool looksLikeScan(const PageQuad &quad, const cv::Mat &image) {
    std::vector<cv::Point2f> corners(quad.corners.begin(), quad.corners.end());
    if (cv::contourArea(corners) > 0.85 * image.size().area())
        return true;
    const cv::Mat grey = scanimage::toGrey(image);
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

struct Upright {
    cv::Mat page;
    double skewDeg = 0.0;
    int quarterDeg = 0;
    double scale = 1.0;                   // the page's scale against the input (see makeUpright)
    cv::Matx23d toPage{1, 0, 0, 0, 1, 0}; // input pixels -> page pixels
};

cv::Matx23d toMatx23(const cv::Matx33d &m) {
    return {m(0, 0), m(0, 1), m(0, 2), m(1, 0), m(1, 1), m(1, 2)};
}

cv::Matx33d toMatx33(const cv::Mat &affine) {
    return {affine.at<double>(0, 0),
            affine.at<double>(0, 1),
            affine.at<double>(0, 2),
            affine.at<double>(1, 0),
            affine.at<double>(1, 1),
            affine.at<double>(1, 2),
            0,
            0,
            1};
}

// The exact quarter turn that makes a content rotated by quarterDeg upright, as a matrix on a
// w x h image (the same pixels cv::rotate moves).
cv::Matx33d quarterTurn(int quarterDeg, double w, double h) {
    switch (quarterDeg) {
    case 90:
        return {0, -1, h - 1, 1, 0, 0, 0, 0, 1};
    case 180:
        return {-1, 0, w - 1, 0, -1, h - 1, 0, 0, 1};
    case 270:
        return {0, 1, 0, -1, 0, w - 1, 0, 0, 1};
    default:
        return cv::Matx33d::eye();
    }
}

// Orientation and the final turn, given the page's skew measured on its grey copy `grey`. The
// page is straightened first (skew, and a scan's scale to its archive resolution by `scale`,
// in one warp) and orientation is measured on a ~1400 px copy of the straightened page: no
// second warp for that copy (~8 ms a scan). The lines Tesseract reads are cut from the
// full-resolution grey through the copy's mapping. The quarter turn is exact (cv::rotate).
Upright makeUpright(const cv::Mat &page, const cv::Mat &grey, const SkewEstimate &skew,
                    const cv::Mat &scanForEdges, double maxSkewDeg, double scale) {
    Upright result;
    result.skewDeg = skew.measured ? skew.angleDeg : 0.0;
    if (!skew.measured && !scanForEdges.empty()) {
        // Too few marks for the lines (a page number, a signature): the paper's edges against
        // the scanner's background still show how the sheet lies.
        const PaperEdgeSkew edges = paperEdgeSkew(scanForEdges);
        if (edges.measured && std::abs(edges.angleDeg) <= maxSkewDeg)
            result.skewDeg = edges.angleDeg;
    }

    // The straightened page, and what the orientation copy is made from: the grey copy while
    // the page needs no warp, else the warped page (in colour when the page is).
    cv::Mat straight = page;
    cv::Mat viewSource = grey;
    cv::Matx33d straighten = cv::Matx33d::eye();
    if (std::abs(result.skewDeg) >= kMinCorrectionDeg) {
        const cv::Point2f centre(static_cast<float>(page.cols) / 2.0f,
                                 static_cast<float>(page.rows) / 2.0f);
        result.scale = scale;
        // Scaling about the pixels' centres, as cv::resize does: (x + 0.5) · s − 0.5.
        const double shift = 0.5 * scale - 0.5;
        const cv::Matx33d scaled(scale, 0, shift, 0, scale, shift, 0, 0, 1);
        straighten = scaled * toMatx33(cv::getRotationMatrix2D(centre, -result.skewDeg, 1.0));
        const cv::Size size(static_cast<int>(std::lround(page.cols * scale)),
                            static_cast<int>(std::lround(page.rows * scale)));
        // Into a Mat of its own: warping into `straight`, which shares the page's pixels, wrote
        // over them in place when the sizes matched (a photo, a scan kept at its resolution),
        // and with them the caller's image and the unturned grey Tesseract's lines are cut from.
        cv::Mat warped;
        cv::warpAffine(page, warped, toMatx23(straighten), size, cv::INTER_LINEAR,
                       cv::BORDER_CONSTANT, scanimage::paperColour(page));
        straight = warped;
        viewSource = warped;
    }

    cv::Mat small;
    const double factor = scanimage::shrinkTo(viewSource, small, 1400, scanimage::Shrink::Sampled);
    OrientationView view;
    view.grey = scanimage::toGrey(small);
    view.source = grey;
    // Unturned and small enough, the view is the very image the skew's ink was found on.
    if (view.grey.data == grey.data)
        view.ink = skew.imageInk;
    const cv::Matx33d toSource =
        straighten.inv() * cv::Matx33d(1.0 / factor, 0, 0, 0, 1.0 / factor, 0, 0, 0, 1);
    view.toSource = toMatx23(toSource);
    OrientationEstimate orientation;
    if (skew.measured)
        orientation = estimateOrientation(view, skew);
    else
        orientation = orientationFromPlacement(view.grey);
    result.quarterDeg = orientation.measured ? orientation.quarterDeg : 0;

    result.page = turnUpright(straight, result.quarterDeg);
    result.toPage =
        toMatx23(quarterTurn(result.quarterDeg, straight.cols, straight.rows) * straighten);
    return result;
}

// A camera photo's grey working image when only its page will be read: the page's bounding box
// and a margin converted (the rectification's bilinear neighbours lie within a pixel of the
// quad), the rest of the frame left unset. An 8 MP frame's whole conversion cost ~2.5 ms;
// the page is a sixth of the frame on average in bench_scan's photos.
cv::Mat greyAround(const cv::Mat &input, const PageQuad &quad) {
    if (input.channels() == 1 && input.depth() == CV_8U)
        return input;
    constexpr int kMargin = 3;
    const std::vector<cv::Point2f> corners(quad.corners.begin(), quad.corners.end());
    const cv::Rect bounds = cv::boundingRect(corners);
    const cv::Rect box = cv::Rect(bounds.x - kMargin, bounds.y - kMargin,
                                  bounds.width + 2 * kMargin, bounds.height + 2 * kMargin) &
                         cv::Rect(0, 0, input.cols, input.rows);
    const cv::Mat part = box.area() > 0 ? scanimage::toGrey(input(box)) : cv::Mat();
    if (part.empty())
        return scanimage::toGrey(input);
    cv::Mat grey(input.size(), CV_8UC1);
    part.copyTo(grey(box));
    return grey;
}

// A box found on the input, in the upright page's pixels.
cv::Rect mappedBox(const cv::Rect &box, const cv::Matx23d &toPage) {
    std::vector<cv::Point2f> corners;
    for (const cv::Point &p :
         {box.tl(), cv::Point(box.br().x, box.y), box.br(), cv::Point(box.x, box.br().y)})
        corners.emplace_back(
            static_cast<float>(toPage(0, 0) * p.x + toPage(0, 1) * p.y + toPage(0, 2)),
            static_cast<float>(toPage(1, 0) * p.x + toPage(1, 1) * p.y + toPage(1, 2)));
    return cv::boundingRect(corners);
}

} // namespace

ProcessedPage processPage(const cv::Mat &input, const PageOptions &options) {
    const auto started = std::chrono::steady_clock::now();
    // A page runs on its caller's thread alone (see opencvthreadpolicy.h).
    const SerialOpenCvScope serial;
    ProcessedPage result;
    try {
        // Greyscale and black-and-white pages are archived grey: once the page is found (in
        // colour, against the desk), everything works on one channel, a third of the bytes.
        const bool colour = options.mode == EnhanceMode::Colour;
        const bool findPage = !options.corners && options.source != PageSource::Scanner;
        const bool rectify = findPage || options.corners.has_value();
        const cv::Mat bgr = colour || rectify ? scanimage::toBgr(input) : cv::Mat();
        // A camera photo in grey is converted once its page is known (greyAround); Auto mode
        // compares the page with its surroundings, and a scan reads the whole image.
        const bool greyOfPageOnly = !colour && options.source == PageSource::CameraPhoto;
        cv::Mat work = colour ? bgr : greyOfPageOnly ? cv::Mat() : scanimage::toGrey(input);
        if (input.cols < 16 || input.rows < 16)
            return result;

        std::optional<PageQuad> quad = options.corners;
        if (findPage) {
            quad = detectPage(bgr);
            if (quad && options.source == PageSource::Auto && looksLikeScan(*quad, work))
                quad.reset();
        }
        if (greyOfPageOnly)
            work = quad ? greyAround(input, *quad) : scanimage::toGrey(input);
        if (work.empty())
            return result;
        // Rectified from the working image, grey unless the mode keeps colour: a third of the
        // bytes to resample. (Before the glyph vote decided orientation, the grey rectification's
        // different rounding turned two photos of seed 7, 41 and 88, a quarter off; bench_scan
        // now gives every orientation, blank and code answer of the colour path on both seeds.)
        cv::Mat rectified;
        if (quad)
            rectified = rectifyPage(work, *quad);

        // A rectified photo has no scanner resolution; a scan loses its borders and holes.
        const bool scan = rectified.empty();
        const double dpi = scan ? options.dpi : 0.0;
        const BorderCleanup cleaned = scan ? removeScanBorders(work, dpi) : BorderCleanup{};
        const cv::Mat flat = scan ? cleaned.page : rectified;
        if (flat.empty())
            return result;
        const cv::Mat flatGrey = scanimage::toGrey(flat);
        const double maxSkewDeg = scan ? 15.0 : 3.0;
        const SkewEstimate skew = estimateSkew(flatGrey, maxSkewDeg);
        // A page the skew estimate saw written on needs no blank check of its own (its copy,
        // flattening and labelling: ~15 ms a scan).
        result.blank = skew.writtenMarks < kSurelyWrittenMarks &&
                       isBlankPage(flatGrey, dpi, cleaned.quickCopy);

        // A blank page has no way up: it is left as it lies (angle 0 on a scan, the quad's top
        // edge in a photo). A scan is scaled down to its archive resolution in the warp that
        // deskews it; a photo's rectified page is already near it.
        Upright upright;
        if (result.blank) {
            upright.page = flat;
        } else {
            const double toArchive =
                scan ? std::min(1.0, archiveScale(flat.size(), dpi, options.mode)) : 1.0;
            upright =
                makeUpright(flat, flatGrey, skew, scan ? work : cv::Mat(), maxSkewDeg, toArchive);
        }
        if (upright.page.empty())
            return result;
        if (!scan) {
            const PageQuad content = toContentOrder(*quad, upright.quarterDeg);
            result.corners = content;
            result.angleDeg = normaliseAngle(topEdgeAngleDeg(content) + upright.skewDeg);
        } else {
            result.angleDeg = normaliseAngle(upright.quarterDeg + upright.skewDeg);
        }

        // A scan's codes are read on the cleaned page at its full resolution, where their
        // modules are largest (the region crops are turned and enlarged anyway); the boxes are
        // then placed on the upright page.
        if (options.readBarcodes && !result.blank) {
            result.barcodes = readBarcodes(scan ? flat : upright.page);
            if (scan)
                for (Barcode &code : result.barcodes)
                    code.box = mappedBox(code.box, upright.toPage);
            result.creditCode = creditCodeFromBarcodes(result.barcodes);
        }
        const double uprightDpi = dpi * upright.scale;
        if (!result.blank) {
            const SeparatorCheck separator =
                checkSeparator(upright.page, result.barcodes, uprightDpi);
            result.separator = separator.isSeparator();
            result.separatorCode = separator.code;
        }

        const cv::Mat archived =
            scaleForArchive(upright.page, uprightDpi, options.mode, result.dpi);
        // Code boxes in the archived page's pixels, whichever way it got its size.
        if (!archived.empty() && archived.cols != upright.page.cols) {
            const double s = static_cast<double>(archived.cols) / upright.page.cols;
            for (Barcode &code : result.barcodes)
                code.box = mappedBox(code.box, cv::Matx23d(s, 0, 0, 0, s, 0));
        }
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
