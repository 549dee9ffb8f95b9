#include "exportpathchooser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace ow {

QString FileDialogPathChooser::choosePdfPath(QWidget *parent, const QString &suggestedName) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("ow::FileDialogPathChooser", "Export PDF"),
        QDir(folder).filePath(suggestedName),
        QCoreApplication::translate("ow::FileDialogPathChooser", "PDF documents (*.pdf)"));
}

} // namespace ow
