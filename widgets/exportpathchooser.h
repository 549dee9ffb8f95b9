#pragma once

#include <QString>

class QWidget;

namespace ow {

// Where an exported PDF goes. The intake screen asks through this seam so tests can answer
// without a file dialog.
class ExportPathChooser {
public:
    virtual ~ExportPathChooser() = default;
    // The chosen path, or an empty string when the clerk cancelled.
    virtual QString choosePdfPath(QWidget *parent, const QString &suggestedName) = 0;
};

// The default: a save dialog starting in the documents folder.
class FileDialogPathChooser final : public ExportPathChooser {
public:
    QString choosePdfPath(QWidget *parent, const QString &suggestedName) override;
};

} // namespace ow
