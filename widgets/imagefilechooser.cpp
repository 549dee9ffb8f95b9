#include "imagefilechooser.h"

#include "imagefileimporter.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QStandardPaths>

namespace ow {

QStringList FileDialogImageChooser::chooseImageFiles(QWidget *parent) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString filter =
        QCoreApplication::translate("ow::FileDialogImageChooser", "Images and PDF (%1)")
            .arg(ImageFileImporter::nameFilters().join(QLatin1Char(' ')));
    return QFileDialog::getOpenFileNames(
        parent, QCoreApplication::translate("ow::FileDialogImageChooser", "Import pages"), folder,
        filter);
}

} // namespace ow
