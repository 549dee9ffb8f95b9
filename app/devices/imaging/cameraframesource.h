#pragma once

#include "framesource.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <memory>

class QCamera;
class QMediaCaptureSession;
class QVideoFrame;
class QVideoSink;

namespace ow {

// One camera of this computer (Qt Multimedia), as a FrameSource of QImage frames.
struct CameraInfo {
    QString id; // QCameraDevice::id(), stable across restarts
    QString description;
    bool isDefault = false;
};

// A camera through QCamera + QMediaCaptureSession + QVideoSink. The camera is chosen by id or
// description (empty: the system's default). No camera, an unknown one or a camera that fails
// while running gives failed() with a message naming it; nothing throws.
class CameraFrameSource : public FrameSource {
    Q_OBJECT
public:
    explicit CameraFrameSource(QString camera = QString(), QObject *parent = nullptr);
    ~CameraFrameSource() override;

    static QList<CameraInfo> availableCameras();

    // Frames closer together than this are skipped before conversion (default 33 ms ≈ 30 fps).
    void setMinimumIntervalMs(int ms) { m_minimumIntervalMs = ms; }

    void start() override;
    void stop() override;
    bool isActive() const override;
    QString description() const override;

private:
    void frameArrived(const QVideoFrame &frame);
    void fail(const QString &message);

    QString m_wanted;
    QString m_description;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QVideoSink> m_sink;
    QElapsedTimer m_clock;
    qint64 m_lastFrameMs = -1;
    int m_minimumIntervalMs = 33;
};

} // namespace ow
