#pragma once

#include "scansample.h"

#include <QRectF>

class QPainter;

namespace ow::scaneval {

// Paints machine-readable marks with ZXing's writer: QR codes, Code 128, Code 39, EAN-13, and
// the Kodak patch code T (not a ZXing format; see paintPatchT).
class BarcodePainter {
public:
    // Paints code into rect (device pixels) keeping the modules square and whole; returns false
    // when ZXing refuses the text.
    static bool paint(QPainter &painter, const QRectF &rect, const TruthCode &code);
    // Patch T = narrow, wide, narrow, wide bars (NWNW) separated by narrow spaces; narrow bar and
    // space 2.03 mm, wide bar 5.08 mm (0.08 / 0.20 in), bars parallel to the sheet's leading (top)
    // edge. topLeftMm: where the first bar starts; barLengthMm: how long the bars are.
    static void paintPatchT(QPainter &painter, double pixelsPerMm, QPointF topLeftMm,
                            double barLengthMm);
    // The EAN-13 check digit appended to twelve digits.
    static QString ean13(const QString &twelveDigits);
};

} // namespace ow::scaneval
