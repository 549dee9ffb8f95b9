#pragma once

#include <QStringList>

class QWidget;

namespace ow {

// Which image or PDF files to import. The scanning screen asks through this seam so tests can
// answer without a file dialog.
class ImageFileChooser {
public:
    virtual ~ImageFileChooser() = default;
    // The chosen files, or an empty list when the clerk cancelled.
    virtual QStringList chooseImageFiles(QWidget *parent) = 0;
};

// The default: an open dialog for images and PDFs, starting in the pictures folder.
class FileDialogImageChooser final : public ImageFileChooser {
public:
    QStringList chooseImageFiles(QWidget *parent) override;
};

} // namespace ow
