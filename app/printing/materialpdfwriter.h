#pragma once

#include "result.h"

#include <QImage>
#include <QList>
#include <QString>

namespace ow {

// One scanned page of a material: the processed image and its resolution. The image's format
// decides how it is stored: Format_Mono (black-and-white) as a 1-bit Flate image, Grayscale8 and
// RGB formats JPEG-compressed by Qt's PDF engine.
struct MaterialPage {
    QImage image;
    double dpi = 0.0; // 0 = unknown: the page is taken to be A4 (or A4 landscape)
};

// Writes a material (one applicant's document, all its pages) as one PDF: one page per image,
// the page's physical size from the image's size at its dpi, snapped to a standard size within
// 2% (A4 at 300 dpi becomes exactly A4), no margins. The file is written atomically.
// Needs a QGuiApplication. Returns the file's SHA-256 in lower-case hex.
class MaterialPdfWriter {
public:
    static Result<QString> write(const QString &path, const QList<MaterialPage> &pages,
                                 const QString &title = {});
};

} // namespace ow
