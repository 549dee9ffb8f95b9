#include "documentcamerasession.h"

#include "framesource.h"

namespace ow {

DocumentCameraSession::DocumentCameraSession(FrameSource *source, StillnessSettings settings,
                                             QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_detector(settings) {
    if (!m_source)
        return;
    connect(m_source, &FrameSource::frameReady, this, &DocumentCameraSession::onFrame);
    connect(m_source, &FrameSource::failed, this, [this](const QString &message) {
        setState(State::Stopped);
        emit failed(message);
    });
}

DocumentCameraSession::~DocumentCameraSession() = default;

void DocumentCameraSession::start() {
    if (!m_source)
        return;
    m_detector.reset();
    setState(State::Settling);
    m_source->start();
}

void DocumentCameraSession::stop() {
    if (m_source)
        m_source->stop();
    m_captureNextFrame = false;
    setState(State::Stopped);
}

void DocumentCameraSession::resetScene() {
    m_detector.reset();
}

void DocumentCameraSession::captureNow() {
    if (m_latest.isNull()) {
        m_captureNextFrame = true;
        return;
    }
    capture(m_latest, m_latestMs, false);
}

void DocumentCameraSession::onFrame(const QImage &frame, qint64 timestampMs) {
    if (m_state == State::Stopped || frame.isNull())
        return;
    m_latest = frame;
    m_latestMs = timestampMs;
    emit previewFrame(frame, timestampMs);
    if (m_captureNextFrame) {
        m_captureNextFrame = false;
        capture(frame, timestampMs, false);
    }
    switch (m_detector.feed(frame, timestampMs)) {
    case StillnessDetector::Event::None:
        if (m_state == State::Moving)
            setState(State::Settling); // movement stopped; not yet still for long enough
        break;
    case StillnessDetector::Event::Moving:
        setState(State::Moving);
        break;
    case StillnessDetector::Event::DeskEmpty:
    case StillnessDetector::Event::SameScene:
        setState(State::WaitingForPage);
        break;
    case StillnessDetector::Event::NewPage:
        setState(State::WaitingForPage);
        if (m_autoCapture)
            capture(frame, timestampMs, true);
        break;
    }
}

void DocumentCameraSession::capture(const QImage &frame, qint64 timestampMs, bool automatic) {
    m_detector.markCaptured(frame);
    emit pageCaptured(frame, timestampMs, automatic);
}

void DocumentCameraSession::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace ow
