#include "scanpage.h"

#include <QTransform>

namespace ow {

QImage ScanPage::pageImage() const {
    if (processed.isNull() || quarterTurns % 4 == 0)
        return processed;
    const QImage turned = processed.transformed(QTransform().rotate(90.0 * (quarterTurns % 4)));
    // Keep black-and-white pages 1-bit: the PDF stores them as bilevel images.
    return processed.format() == QImage::Format_Mono
               ? turned.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither)
               : turned;
}

QString scanModeName(ScanMode mode) {
    switch (mode) {
    case ScanMode::Colour:
        return QStringLiteral("colour");
    case ScanMode::Greyscale:
        return QStringLiteral("greyscale");
    case ScanMode::BlackWhite:
        return QStringLiteral("bw");
    }
    return {};
}

} // namespace ow
