#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace ow {

class FrameSource;
class ImageFileChooser;

// Where the scanning screen takes pages from. Product defaults: the file dialog, the system's
// default camera and the first scanner SANE finds; tests hand in stand-ins (an image sequence
// as the camera, SANE's test device, a chooser that answers with generated files).
struct MaterialScanDevices {
    ImageFileChooser *files = nullptr; // not owned; nullptr = the file dialog
    // Makes the document camera's source, owned by `parent`; empty = CameraFrameSource.
    std::function<FrameSource *(QObject *parent)> camera;
    QString scannerDevice; // a SANE device name; empty = the first one found
    int scannerDpi = 300;
    // Backend options set before each batch, e.g. the test backend's {"test-picture", "Grid"}.
    QList<QPair<QByteArray, QString>> scannerOptions;
    // Asks whether to close with unsaved pages (true = discard them); empty = a message box.
    std::function<bool(QWidget *parent, const QString &question)> confirmDiscard;
};

} // namespace ow
