#include "barcodereader.h"

#include "scanimage.h"

#include <ZXing/ReadBarcode.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <exception>

namespace ow::vision {

namespace {

constexpr int kMaxSide = 4000;
constexpr int kUpscaleBelow = 2600; // long side under which the doubled copy is also read

// One ZXing pass over an 8-bit grey image; scale maps its pixels back to the input's.
void readPass(const cv::Mat &grey, double scale, ZXing::Binarizer binarizer,
              std::vector<Barcode> &found) {
    const cv::Mat image = grey.isContinuous() ? grey : grey.clone();
    const ZXing::DecodeHints hints = ZXing::DecodeHints()
                                         .setTryHarder(true)
                                         .setTryRotate(true)
                                         .setTryDownscale(false) // see the header: aborts
                                         .setBinarizer(binarizer);
    ZXing::Results results;
    try {
        const ZXing::ImageView view(image.data, image.cols, image.rows, ZXing::ImageFormat::Lum,
                                    static_cast<int>(image.step));
        results = ZXing::ReadBarcodes(view, hints);
    } catch (const std::exception &) {
        return;
    } catch (...) {
        return;
    }
    for (const ZXing::Result &result : results) {
        if (!result.isValid())
            continue;
        Barcode code;
        code.format = QString::fromUtf8(ZXing::ToString(result.format()));
        code.text = QString::fromStdString(result.text());
        const auto &position = result.position();
        int minX = position[0].x, maxX = minX, minY = position[0].y, maxY = minY;
        for (int i = 1; i < 4; ++i) {
            minX = std::min(minX, position[i].x);
            maxX = std::max(maxX, position[i].x);
            minY = std::min(minY, position[i].y);
            maxY = std::max(maxY, position[i].y);
        }
        code.box = cv::Rect(static_cast<int>(minX / scale), static_cast<int>(minY / scale),
                            static_cast<int>((maxX - minX + 1) / scale),
                            static_cast<int>((maxY - minY + 1) / scale));
        // Our own merge: by format and text (never ZXing's Result::operator==, which aborts).
        const auto same = [&code](const Barcode &b) {
            return b.format == code.format && b.text == code.text;
        };
        if (std::none_of(found.begin(), found.end(), same))
            found.push_back(code);
    }
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
        readPass(base, baseScale, ZXing::Binarizer::LocalAverage, found);

        const int longSide = std::max(base.cols, base.rows);
        if (longSide < kUpscaleBelow) {
            // Small codes (modules of one or two pixels) only decode when enlarged.
            cv::Mat doubled;
            cv::resize(base, doubled, cv::Size(), 2.0, 2.0, cv::INTER_CUBIC);
            readPass(doubled, baseScale * 2.0, ZXing::Binarizer::LocalAverage, found);
        }
        if (found.empty() && longSide > 600) {
            cv::Mat half;
            cv::resize(base, half, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
            readPass(half, baseScale * 0.5, ZXing::Binarizer::LocalAverage, found);
        }
        if (found.empty())
            readPass(base, baseScale, ZXing::Binarizer::GlobalHistogram, found);
    } catch (const cv::Exception &) {
    } catch (const std::exception &) {
    }
    return found;
}

} // namespace ow::vision
