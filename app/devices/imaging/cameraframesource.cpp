#include "cameraframesource.h"

#include <QCamera>
#include <QCameraDevice>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoSink>

namespace ow {

CameraFrameSource::CameraFrameSource(QString camera, QObject *parent)
    : FrameSource(parent)
    , m_wanted(std::move(camera)) {}

CameraFrameSource::~CameraFrameSource() {
    if (m_camera)
        m_camera->stop();
    // Destroyed in order: the session refers to the camera and the sink.
    m_session.reset();
    m_camera.reset();
    m_sink.reset();
}

QList<CameraInfo> CameraFrameSource::availableCameras() {
    QList<CameraInfo> list;
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    for (const QCameraDevice &device : devices)
        list << CameraInfo{QString::fromUtf8(device.id()), device.description(),
                           device.isDefault()};
    return list;
}

void CameraFrameSource::start() {
    stop();
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    if (devices.isEmpty()) {
        fail(tr("No camera detected. Connect the face camera and try again."));
        return;
    }
    QCameraDevice chosen;
    if (m_wanted.isEmpty()) {
        chosen = QMediaDevices::defaultVideoInput();
    } else {
        for (const QCameraDevice &device : devices)
            if (QString::fromUtf8(device.id()) == m_wanted || device.description() == m_wanted)
                chosen = device;
    }
    if (chosen.isNull()) {
        fail(tr("The camera \"%1\" is not connected.").arg(m_wanted));
        return;
    }
    m_description = chosen.description();
    m_session = std::make_unique<QMediaCaptureSession>();
    m_camera = std::make_unique<QCamera>(chosen);
    m_sink = std::make_unique<QVideoSink>();
    m_session->setCamera(m_camera.get());
    m_session->setVideoSink(m_sink.get());
    connect(m_sink.get(), &QVideoSink::videoFrameChanged, this, &CameraFrameSource::frameArrived);
    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error error, const QString &text) {
                if (error != QCamera::NoError)
                    fail(tr("The camera \"%1\" failed: %2").arg(m_description, text));
            });
    m_clock.start();
    m_lastFrameMs = -1;
    m_camera->start();
}

void CameraFrameSource::stop() {
    if (m_camera)
        m_camera->stop();
    if (m_sink)
        m_sink->disconnect(this);
    // Later, not now: stop() may run inside one of their signals (a camera error).
    for (QObject *object : std::initializer_list<QObject *>{m_session.release(), m_camera.release(),
                                                            m_sink.release()})
        if (object)
            object->deleteLater();
}

bool CameraFrameSource::isActive() const {
    return m_camera && m_camera->isActive();
}

QString CameraFrameSource::description() const {
    return m_description.isEmpty() ? m_wanted : m_description;
}

void CameraFrameSource::frameArrived(const QVideoFrame &frame) {
    const qint64 now = m_clock.elapsed();
    if (m_lastFrameMs >= 0 && now - m_lastFrameMs < m_minimumIntervalMs)
        return;
    m_lastFrameMs = now;
    const QImage image = frame.toImage();
    if (image.isNull())
        return; // a frame the backend could not map: skip it, the next one comes soon
    emit frameReady(image, now);
}

void CameraFrameSource::fail(const QString &message) {
    if (m_camera)
        m_camera->stop();
    emit failed(message);
}

} // namespace ow
