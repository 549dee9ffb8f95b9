#include "noticeqrcode.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace ow {

namespace {
constexpr int kQuietZoneModules = 2;
constexpr int kEccLevel = 4; // ZXing's 0..8 scale: 4 is level M, enough for a printed page
} // namespace

Result<QImage> NoticeQrCode::render(const QString &text, int sizePixels) {
    if (text.isEmpty())
        return Result<QImage>::failure(QStringLiteral("the QR code text is empty"));
    ZXing::BitMatrix matrix;
    try {
        matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                     .setMargin(kQuietZoneModules)
                     .setEncoding(ZXing::CharacterSet::UTF8)
                     .setEccLevel(kEccLevel)
                     .encode(text.toStdString(), sizePixels, sizePixels);
    } catch (const std::exception &e) {
        // ZXing throws when the text does not fit a QR code.
        return Result<QImage>::failure(QStringLiteral("cannot make a QR code of %1 characters: %2")
                                           .arg(text.size())
                                           .arg(QString::fromUtf8(e.what())));
    }
    QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < matrix.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < matrix.width(); ++x)
            line[x] = matrix.get(x, y) ? 0 : 255;
    }
    return image;
}

} // namespace ow
