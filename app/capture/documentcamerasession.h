#pragma once

#include "stillnessdetector.h"

#include <QImage>
#include <QObject>
#include <QPointer>

namespace ow {

class FrameSource;

// The document camera (高拍仪) at the window: passes every frame on as a preview and captures a
// page by itself once a new page has been placed and the desk has stayed still for
// StillnessSettings::stillMs, never twice for the same still page; the clerk can also capture
// by hand. Works with any FrameSource (a QCamera, or image/video stand-ins in tests and demos).
// Lives on the source's thread; captured pages go to the material-scanning workflow.
class DocumentCameraSession : public QObject {
    Q_OBJECT
public:
    enum class State {
        Stopped,
        WaitingForPage, // the desk is still and empty (or the last page is still there)
        Moving,         // something is moving: a hand, a page being placed
        Settling,       // movement stopped; waiting for the scene to stay still long enough
    };
    Q_ENUM(State)

    explicit DocumentCameraSession(FrameSource *source, StillnessSettings settings = {},
                                   QObject *parent = nullptr);
    ~DocumentCameraSession() override;

    void start(); // starts the source
    void stop();  // stops it
    State state() const { return m_state; }

    void setAutoCapture(bool enabled) { m_autoCapture = enabled; }
    bool autoCapture() const { return m_autoCapture; }

    // Captures the latest frame now (or the next one when none has arrived yet).
    void captureNow();
    // Forget the desk and the pages seen, e.g. after the camera arm was moved.
    void resetScene();

    QImage latestFrame() const { return m_latest; }

signals:
    void previewFrame(const QImage &frame, qint64 timestampMs);
    void pageCaptured(const QImage &page, qint64 timestampMs, bool automatic);
    void stateChanged(ow::DocumentCameraSession::State state);
    void failed(const QString &message); // the source's own message

private:
    void onFrame(const QImage &frame, qint64 timestampMs);
    void capture(const QImage &frame, qint64 timestampMs, bool automatic);
    void setState(State state);

    QPointer<FrameSource> m_source;
    StillnessDetector m_detector;
    State m_state = State::Stopped;
    bool m_autoCapture = true;
    bool m_captureNextFrame = false;
    QImage m_latest;
    qint64 m_latestMs = 0;
};

} // namespace ow
