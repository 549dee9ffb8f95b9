#pragma once

#include "result.h"
#include "scanpage.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ow {

// Turns a material's pages into its PDF bytes (MaterialPdfWriter, one page per image, through a
// temporary file that is removed afterwards). Needs a QGuiApplication.
class MaterialScanWriter {
public:
    static Result<QByteArray> pdfOf(const QList<ScanPage> &pages, const QString &title);
};

} // namespace ow
