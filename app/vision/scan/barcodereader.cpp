#include "barcodereader.h"

#include "barcoderegionfinder.h"
#include "barmodulefit.h"
#include "linearcoderedraw.h"
#include "scanimage.h"

#include <ZXing/ReadBarcode.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <exception>
#include <functional>

namespace ow::vision {

namespace {

constexpr int kMaxSide = 4000;
// Images this small are also read whole, once, for a code that fills the image (a close-up, a
// screenshot): its large modules make no blob the region search keeps. (A second whole pass at
// twice the size found no code on bench_scan's two seeds that the enlarged regions had not:
// ~7 ms a small photo.)
constexpr int kReadWholeBelow = 1300;
constexpr int kMaxRegions = 8;
// Crops are enlarged so that a linear code is this wide (about 7 px per module for the 200
// modules of a long Code 128) and a 2D code this tall (7 px per module for a version-10 QR
// code, 57 modules; 600 read no more codes on bench_scan's two seeds, at twice the pixels).
constexpr double kLinearWidth = 1400.0;
constexpr double kMatrixSide = 400.0;
constexpr double kMaxCropScale = 4.0;
constexpr double kMinBarContinuity = 0.9;
// A linear crop keeps its middle rows, at most a third of its width (and at least this many).
constexpr int kMinLinearRows = 48;
// The shortest linear codes have a dozen bars and more (Code 128 with one character: 13,
// Code 39: 15, EAN-8: 22). A crop whose profile across the bars dips fewer times than this,
// by a tenth of its range, holds none: a few ruled lines, a column of text (bench_scan's codes
// that read dip 14 times and more; regions of text and ruled cells mostly under 10).
constexpr int kMinBarDips = 10;
constexpr double kBarDipDepth = 0.1;

// Maps a point of the image ZXing read back to the input's pixels.
using ToInput = std::function<cv::Point2f(cv::Point2f)>;

// tryHarder makes ZXing's linear readers scan every row instead of 15 around the middle and its
// 2D detectors look for finder patterns on every row instead of every few. A region's crop is
// the code itself: a linear code's bars upright and running through the whole height (or a
// redrawing, every row alike), a 2D code enlarged to about 7 px a module, its finder patterns
// tens of rows tall. On bench_scan's two seeds every code read the same without it, for linear
// crops ~10 ms less a photo, for 2D crops 0.9 % of a page's instructions (callgrind). The whole
// pass over a small image does without it too: a code that fills the image has modules tens of
// pixels wide, and small codes elsewhere are the regions' (on both seeds every answer the same
// without it, 1.9 % of a photo's instructions; tst_barcodereader reads the close-ups).
ZXing::DecodeHints hintsFor(ZXing::BarcodeFormats formats, ZXing::Binarizer binarizer,
                            bool tryRotate, bool tryHarder = false) {
    return ZXing::DecodeHints()
        .setFormats(formats)
        .setTryHarder(tryHarder)
        .setTryRotate(tryRotate)
        .setTryDownscale(false) // see the header: aborts
        .setBinarizer(binarizer);
}

// One ZXing pass over an 8-bit grey image; returns how many new codes it added.
int readPass(const cv::Mat &grey, const ToInput &toInput, const ZXing::DecodeHints &hints,
             std::vector<Barcode> &found) {
    const cv::Mat image = grey.isContinuous() ? grey : grey.clone();
    ZXing::Results results;
    try {
        const ZXing::ImageView view(image.data, image.cols, image.rows, ZXing::ImageFormat::Lum,
                                    static_cast<int>(image.step));
        results = ZXing::ReadBarcodes(view, hints);
    } catch (const std::exception &) {
        return 0;
    } catch (...) {
        return 0;
    }
    int added = 0;
    for (const ZXing::Result &result : results) {
        if (!result.isValid())
            continue;
        Barcode code;
        code.format = QString::fromUtf8(ZXing::ToString(result.format()));
        code.text = QString::fromStdString(result.text());
        const auto &position = result.position();
        std::vector<cv::Point2f> corners;
        for (int i = 0; i < 4; ++i)
            corners.push_back(toInput(
                cv::Point2f(static_cast<float>(position[i].x), static_cast<float>(position[i].y))));
        code.box = cv::boundingRect(corners);
        // Our own merge: by format and text (never ZXing's Result::operator==, which aborts).
        const auto same = [&code](const Barcode &b) {
            return b.format == code.format && b.text == code.text;
        };
        if (std::none_of(found.begin(), found.end(), same)) {
            found.push_back(code);
            ++added;
        }
    }
    return added;
}

ToInput scaled(double scale, cv::Point2f origin = {}) {
    return [scale, origin](cv::Point2f p) {
        return cv::Point2f(static_cast<float>(p.x / scale), static_cast<float>(p.y / scale)) +
               origin;
    };
}

// How alike the profiles across the upper and the lower part of a crop are (Pearson): a linear
// code's bars run through its whole height, a line of text's strokes do not. On bench_scan's
// two evaluation sets every linear code read came from a crop above 0.98; half the crops that
// read as nothing were under 0.92.
double barContinuity(const cv::Mat &crop) {
    const int h = crop.rows;
    if (h < 8)
        return 1.0;
    const cv::Mat upper = columnProfile(crop, 15, 40);
    const cv::Mat lower = columnProfile(crop, 60, 85);
    cv::Scalar upperMean, upperSd, lowerMean, lowerSd;
    cv::meanStdDev(upper, upperMean, upperSd);
    cv::meanStdDev(lower, lowerMean, lowerSd);
    if (upperSd[0] <= 0.0 || lowerSd[0] <= 0.0)
        return 0.0;
    return cv::mean((upper - upperMean[0]).mul(lower - lowerMean[0]))[0] /
           (upperSd[0] * lowerSd[0]);
}

// A crop of the page, turned so that a linear code's bars stand upright, enlarged, and read in
// several renderings until one decodes: ZXing's two binarizers, a sharpened Otsu threshold (a
// photo's blur leaves narrow bars grey) and the bars redrawn from the slope of their profile.
void readRegion(const cv::Mat &base, const BarcodeRegionFinder::Region &region,
                const ToInput &baseToInput, std::vector<Barcode> &found) {
    cv::Mat crop = base(region.box);
    if (region.barsHorizontal) {
        // Into a new image: turning a square region in place would write the turned pixels
        // into the page itself (the destination has the region's size, so OpenCV keeps it),
        // and a later region's code would be read off the scrambled page (seed 11's scan_0086:
        // a QR code's finder pattern lost under a square "linear" region).
        cv::Mat turned;
        cv::rotate(crop, turned, cv::ROTATE_90_CLOCKWISE);
        crop = turned;
    }
    // ZXing reads a linear code along rows about its middle and the redrawings average its
    // columns: a band of the middle rows holds all they need. A region of a table's column
    // rules, as tall as the page, would otherwise be enlarged four times whole and read a dozen
    // times (10-15 ms each on bench_scan's table photos).
    int bandTop = 0;
    if (region.linear) {
        const int rows = std::min(crop.rows, std::max(kMinLinearRows, crop.cols / 3));
        bandTop = (crop.rows - rows) / 2;
        crop = crop.rowRange(bandTop, bandTop + rows);
        if (barDips(crop, kBarDipDepth) < kMinBarDips)
            return;
    }
    const double want =
        region.linear ? kLinearWidth / crop.cols : kMatrixSide / std::min(crop.cols, crop.rows);
    const double scale = std::clamp(want, 1.0, kMaxCropScale);
    const auto enlarged = [scale](const cv::Mat &image) {
        cv::Mat out;
        if (scale > 1.0)
            cv::resize(image, out, cv::Size(), scale, scale, cv::INTER_CUBIC);
        else
            out = image;
        return out;
    };
    const cv::Mat large = enlarged(crop);
    // Crop pixels (after the quarter turn) -> page pixels -> input pixels.
    const cv::Point2f origin(static_cast<float>(region.box.x), static_cast<float>(region.box.y));
    const int cropRows = region.box.height;
    const bool turned = region.barsHorizontal;
    const auto toPage = [=](cv::Point2f p) {
        const cv::Point2f c(static_cast<float>(p.x / scale),
                            static_cast<float>(p.y / scale + bandTop));
        // ROTATE_90_CLOCKWISE sends (x, y) to (rows - 1 - y, x).
        const cv::Point2f unturned = turned ? cv::Point2f(c.y, cropRows - 1 - c.x) : c;
        return baseToInput(unturned + origin);
    };
    const ZXing::BarcodeFormats formats =
        region.linear ? ZXing::BarcodeFormat::Code128 | ZXing::BarcodeFormat::Code39 |
                            ZXing::BarcodeFormat::Code93 | ZXing::BarcodeFormat::EAN13 |
                            ZXing::BarcodeFormat::EAN8 | ZXing::BarcodeFormat::UPCA |
                            ZXing::BarcodeFormat::UPCE
                      : ZXing::BarcodeFormats(ZXing::BarcodeFormat::MatrixCodes);
    const bool rotate = !region.linear;
    if (readPass(large, toPage, hintsFor(formats, ZXing::Binarizer::LocalAverage, rotate), found))
        return;
    if (readPass(large, toPage, hintsFor(formats, ZXing::Binarizer::GlobalHistogram, rotate),
                 found))
        return;
    // The renderings below are for blurred linear codes (a dozen ZXing passes), not for text
    // whose vertical strokes looked like bars. A 2D code ZXing's two binarizers miss, the
    // sharpened threshold never read on bench_scan's two seeds: for a 2D region it was only
    // the cost of a third pass over every crop without a code.
    if (!region.linear || barContinuity(large) < kMinBarContinuity)
        return;
    // Unsharp mask about one module wide, then Otsu. Sharpened before enlarging: the same mask
    // on the crop's pixels, at a sixteenth of the blur's cost when the crop is enlarged four times.
    cv::Mat blurred, sharp, binary;
    cv::GaussianBlur(crop, blurred, cv::Size(), 1.5);
    cv::addWeighted(crop, 2.0, blurred, -1.0, 0.0, sharp);
    cv::threshold(enlarged(sharp), binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    const ZXing::DecodeHints clean = hintsFor(formats, ZXing::Binarizer::FixedThreshold, false);
    if (readPass(binary, toPage, clean, found))
        return;
    // The redrawings have a margin and no rows of their own: their boxes span the crop.
    const auto toPageRedrawn = [=](cv::Point2f p) {
        return toPage(cv::Point2f(p.x - static_cast<float>(kRedrawMargin),
                                  static_cast<float>(large.rows) * 0.5f));
    };
    const cv::Mat redrawn = redrawLinearCode(large);
    if (!redrawn.empty() && readPass(redrawn, toPageRedrawn, clean, found))
        return;
    bool read = false;
    const auto tryRendering = [&](const cv::Mat &rendering) {
        read = readPass(rendering, toPageRedrawn, clean, found) > 0;
        return read;
    };
    redrawDeblurred(large, tryRendering);
    if (!read)
        redrawByModules(large, tryRendering);
}

bool covered(const cv::Rect &pageBox, const std::vector<Barcode> &found,
             const ToInput &baseToInput) {
    const cv::Point2f tl = baseToInput(cv::Point2f(pageBox.tl()));
    const cv::Point2f br = baseToInput(cv::Point2f(pageBox.br()));
    const cv::Rect box(cv::Point(static_cast<int>(tl.x), static_cast<int>(tl.y)),
                       cv::Point(static_cast<int>(br.x), static_cast<int>(br.y)));
    return std::any_of(found.begin(), found.end(), [&box](const Barcode &b) {
        const int overlap = (b.box & box).area();
        return overlap > 0 && overlap >= 0.5 * std::min(b.box.area(), box.area());
    });
}

} // namespace

std::vector<Barcode> readBarcodes(const cv::Mat &image) {
    std::vector<Barcode> found;
    try {
        const cv::Mat grey = scanimage::toGrey(image);
        if (grey.empty() || grey.cols < 8 || grey.rows < 8)
            return found;
        cv::Mat base;
        const double baseScale = scanimage::shrinkTo(grey, base, kMaxSide);
        const ToInput baseToInput = scaled(baseScale);
        const int longSide = std::max(base.cols, base.rows);
        if (longSide < kReadWholeBelow) {
            // No tryRotate: it reads every row a second time as columns, and the region crops
            // already turn codes whose bars lie horizontal (2D codes read any way up).
            const ZXing::DecodeHints whole =
                hintsFor(ZXing::BarcodeFormat::Any, ZXing::Binarizer::LocalAverage,
                         /*tryRotate=*/false, /*tryHarder=*/false);
            readPass(base, baseToInput, whole, found);
        }
        // Each likely spot enlarged (on a small image: the codes the whole pass missed).
        bool grownOnce = false;
        for (const auto &region : BarcodeRegionFinder::find(base, kMaxRegions)) {
            if (covered(region.box, found, baseToInput))
                continue;
            const size_t before = found.size();
            readRegion(base, region, baseToInput, found);
            // A 2D code with wide white stretches between its modules can leave the region
            // finder only a part of itself (seed 11's scan_0079: a licence QR code cut at two
            // sides): the first 2D region that reads nothing is read once more, doubled about
            // its centre. Once a page: rereading every such region (most are text) cost 8 % of
            // a photo's instructions.
            if (found.size() == before && !region.linear && !grownOnce) {
                grownOnce = true;
                BarcodeRegionFinder::Region grown = region;
                const int dx = region.box.width / 2;
                const int dy = region.box.height / 2;
                grown.box = cv::Rect(region.box.x - dx, region.box.y - dy,
                                     region.box.width + 2 * dx, region.box.height + 2 * dy) &
                            cv::Rect(0, 0, base.cols, base.rows);
                readRegion(base, grown, baseToInput, found);
            }
        }
    } catch (const cv::Exception &) {
    } catch (const std::exception &) {
    }
    return found;
}

} // namespace ow::vision
