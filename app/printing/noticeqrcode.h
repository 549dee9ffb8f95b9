#pragma once

#include "result.h"

#include <QImage>
#include <QString>

namespace ow {

// The QR code printed in a document's corner (progress query): ZXing QR, UTF-8, quiet zone of two
// modules, drawn with whole pixels per module so it stays sharp at print resolution.
class NoticeQrCode {
public:
    // A grayscale image of at most sizePixels square (black modules on white).
    static Result<QImage> render(const QString &text, int sizePixels);
};

} // namespace ow
