#pragma once

#include "clock.h"
#include "database.h"
#include "materialscansession.h"
#include "result.h"

#include <QImage>
#include <QList>
#include <QString>

namespace ow::test {

// A stored visit with one case of the demo catalog's item I09 (居住证办理, four materials), and
// the synthetic pages the scanning tests feed in (tests/scaneval's generator).
struct ScanCase {
    QString visitId;
    QString caseId;
    QList<ScanMaterial> materials;
};

Result<ScanCase> storeScanCase(Database &db, const Clock &clock);

enum class SheetKind { Text, Blank, Separator, PatchT, Photo };
// A 300-dpi scanner image (its resolution set on the image) or a document-camera photo.
QImage sheet(SheetKind kind, int index);
// Writes the sheet as a PNG into dir; returns the path.
QString writeSheet(const QString &dir, SheetKind kind, int index);
// Pages in a PDF (QPdfDocument); -1 when it does not open.
int pdfPageCount(const QByteArray &pdf);

} // namespace ow::test
