#include "materialscanwriter.h"

#include "materialpdfwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

namespace ow {

Result<QByteArray> MaterialScanWriter::pdfOf(const QList<ScanPage> &pages, const QString &title) {
    using R = Result<QByteArray>;
    QList<MaterialPage> images;
    for (const ScanPage &page : pages)
        images << MaterialPage{page.pageImage(), page.dpi};
    QTemporaryDir dir;
    if (!dir.isValid())
        return R::failure(QCoreApplication::translate("ow::MaterialScanWriter",
                                                      "No temporary folder for the PDF of “%1”: %2")
                              .arg(title, dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("material.pdf"));
    auto sha = MaterialPdfWriter::write(path, images, title);
    if (!sha)
        return R::failure(sha.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QCoreApplication::translate("ow::MaterialScanWriter",
                                                      "The PDF of “%1” cannot be read back: %2")
                              .arg(title, file.errorString()));
    const QByteArray bytes = file.readAll();
    // The bytes we store must be the ones the writer hashed.
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) !=
        sha.value())
        return R::failure(QCoreApplication::translate("ow::MaterialScanWriter",
                                                      "The PDF of “%1” changed while it was read.")
                              .arg(title));
    return bytes;
}

} // namespace ow
