#pragma once

#include <QImage>
#include <QObject>
#include <QString>

namespace ow {

// A live source of video frames: a camera through Qt Multimedia, or a stand-in (image files,
// a video file) for tests and demos. Frames arrive on the source's thread as QImage.
class FrameSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~FrameSource() override = default;

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    virtual QString description() const = 0; // e.g. the camera's name, for the clerk

signals:
    // timestampMs: monotonic milliseconds of the frame (the source's clock).
    void frameReady(const QImage &frame, qint64 timestampMs);
    // The source stopped or could not start; message says what and which device.
    void failed(const QString &message);
};

} // namespace ow
