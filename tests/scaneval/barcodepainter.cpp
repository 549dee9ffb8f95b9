#include "barcodepainter.h"

#include <QImage>
#include <QPainter>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <cmath>
#include <stdexcept>

namespace ow::scaneval {

namespace {

ZXing::BarcodeFormat formatOf(const QString &name) {
    if (name == u"QRCode")
        return ZXing::BarcodeFormat::QRCode;
    if (name == u"Code128")
        return ZXing::BarcodeFormat::Code128;
    if (name == u"Code39")
        return ZXing::BarcodeFormat::Code39;
    if (name == u"EAN-13")
        return ZXing::BarcodeFormat::EAN13;
    return ZXing::BarcodeFormat::None;
}

} // namespace

bool BarcodePainter::paint(QPainter &painter, const QRectF &rect, const TruthCode &code) {
    const auto format = formatOf(code.format);
    if (format == ZXing::BarcodeFormat::None)
        return false;
    ZXing::BitMatrix bits;
    try {
        ZXing::MultiFormatWriter writer(format);
        writer.setMargin(0);
        if (format == ZXing::BarcodeFormat::QRCode)
            writer.setEncoding(ZXing::CharacterSet::UTF8).setEccLevel(4);
        // Width/height 0: ZXing returns one pixel per module, scaled below by whole modules.
        bits = writer.encode(code.text.toStdString(), 1, 1);
    } catch (const std::exception &) {
        return false;
    }
    const int w = bits.width();
    const int h = bits.height();
    if (w <= 0 || h <= 0)
        return false;
    const bool twoD = format == ZXing::BarcodeFormat::QRCode;
    const double module = std::floor(rect.width() / w);
    if (module < 1)
        return false;
    const double drawnW = module * w;
    const double drawnH = twoD ? module * h : rect.height();
    const double x0 = rect.x() + std::floor((rect.width() - drawnW) / 2);
    const double y0 = rect.y();
    // Quiet zone: white behind the code and around it.
    const double quiet = twoD ? 2 * module : 10 * module;
    painter.fillRect(QRectF(x0 - quiet, y0 - (twoD ? quiet : module * 2), drawnW + 2 * quiet,
                            drawnH + (twoD ? 2 * quiet : 4 * module)),
                     Qt::white);
    for (int y = 0; y < (twoD ? h : 1); ++y) {
        for (int x = 0; x < w; ++x) {
            if (!bits.get(x, twoD ? y : 0))
                continue;
            painter.fillRect(QRectF(x0 + x * module, y0 + (twoD ? y * module : 0), module,
                                    twoD ? module : drawnH),
                             Qt::black);
        }
    }
    return true;
}

void BarcodePainter::paintPatchT(QPainter &painter, double pixelsPerMm, QPointF topLeftMm,
                                 double barLengthMm) {
    constexpr double narrow = 2.03;
    constexpr double wide = 5.08;
    const double widths[4] = {narrow, wide, narrow, wide};
    double y = topLeftMm.y();
    for (double width : widths) {
        painter.fillRect(QRectF(topLeftMm.x() * pixelsPerMm, y * pixelsPerMm,
                                barLengthMm * pixelsPerMm, width * pixelsPerMm),
                         Qt::black);
        y += width + narrow;
    }
}

QString BarcodePainter::ean13(const QString &twelveDigits) {
    int sum = 0;
    for (int i = 0; i < 12 && i < twelveDigits.size(); ++i)
        sum += twelveDigits.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return twelveDigits + QString::number((10 - sum % 10) % 10);
}

} // namespace ow::scaneval
