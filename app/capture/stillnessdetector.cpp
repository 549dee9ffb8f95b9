#include "stillnessdetector.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace ow {

struct StillnessDetector::Thumbnails {
    cv::Mat anchor; // the scene since the last movement
    qint64 anchorMs = 0;
    bool settled = false; // the anchor scene has been reported as settled
    cv::Mat desk;         // the empty desk, once known
    cv::Mat lastScene;    // the last settled (or captured) scene
};

namespace {

// Grey thumbnail of a frame: wraps the QImage's pixels without a copy where the format allows.
cv::Mat thumbnail(const QImage &frame, int width) {
    if (frame.isNull() || frame.width() <= 0 || frame.height() <= 0)
        return {};
    cv::Mat grey;
    switch (frame.format()) {
    case QImage::Format_Grayscale8: {
        const cv::Mat view(frame.height(), frame.width(), CV_8UC1,
                           const_cast<uchar *>(frame.constBits()), size_t(frame.bytesPerLine()));
        grey = view;
        break;
    }
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied: {
        const cv::Mat view(frame.height(), frame.width(), CV_8UC4,
                           const_cast<uchar *>(frame.constBits()), size_t(frame.bytesPerLine()));
        cv::cvtColor(view, grey, cv::COLOR_BGRA2GRAY);
        break;
    }
    case QImage::Format_RGB888: {
        const cv::Mat view(frame.height(), frame.width(), CV_8UC3,
                           const_cast<uchar *>(frame.constBits()), size_t(frame.bytesPerLine()));
        cv::cvtColor(view, grey, cv::COLOR_RGB2GRAY);
        break;
    }
    default:
        return thumbnail(frame.convertToFormat(QImage::Format_Grayscale8), width);
    }
    const int height = qMax(1, qRound(double(frame.height()) * width / frame.width()));
    cv::Mat small;
    cv::resize(grey, small, cv::Size(width, height), 0, 0, cv::INTER_AREA);
    cv::GaussianBlur(small, small, cv::Size(5, 5), 0);
    return small;
}

// Share of thumbnail pixels that changed by more than delta grey levels, after taking out a
// uniform brightness change: cameras re-expose when a white page enters or leaves the view.
double changedShare(const cv::Mat &a, const cv::Mat &b, int delta) {
    if (a.empty() || b.empty() || a.size() != b.size())
        return 1.0;
    cv::Mat difference;
    cv::subtract(a, b, difference, cv::noArray(), CV_16S);
    const double shift = cv::mean(difference)[0];
    cv::Mat deviation = cv::abs(difference - shift);
    return double(cv::countNonZero(deviation > delta)) / double(difference.total());
}

} // namespace

StillnessDetector::StillnessDetector(StillnessSettings settings)
    : m_settings(settings)
    , m_state(std::make_unique<Thumbnails>()) {}

StillnessDetector::~StillnessDetector() = default;

void StillnessDetector::reset() {
    *m_state = Thumbnails();
}

void StillnessDetector::markCaptured(const QImage &frame) {
    m_state->lastScene = thumbnail(frame, m_settings.thumbnailWidth);
}

StillnessDetector::Event StillnessDetector::feed(const QImage &frame, qint64 timestampMs) {
    cv::Mat current;
    try {
        current = thumbnail(frame, m_settings.thumbnailWidth);
    } catch (const cv::Exception &) {
        return Event::None; // an unusable frame is skipped like a dropped one
    }
    if (current.empty())
        return Event::None;
    Thumbnails &s = *m_state;
    const bool sizeChanged = !s.anchor.empty() && s.anchor.size() != current.size();
    if (s.anchor.empty() || sizeChanged || timestampMs < s.anchorMs) {
        // First frame, a new camera resolution, or a restarted source clock: start over.
        if (sizeChanged)
            reset();
        s.anchor = current;
        s.anchorMs = timestampMs;
        s.settled = false;
        return Event::None;
    }
    // Compare with the frame at the start of the still period, not the previous one, so that
    // a slow drift (page sliding) still counts as movement.
    if (changedShare(s.anchor, current, m_settings.pixelDelta) > m_settings.motionShare) {
        s.anchor = current;
        s.anchorMs = timestampMs;
        s.settled = false;
        return Event::Moving;
    }
    if (s.settled || timestampMs - s.anchorMs < m_settings.stillMs)
        return Event::None;

    s.settled = true;
    const auto differs = [this, &current](const cv::Mat &scene) {
        return changedShare(scene, current, m_settings.pixelDelta) > m_settings.sceneShare;
    };
    if (!s.lastScene.empty() && !differs(s.lastScene)) {
        s.lastScene = current; // follow slow light changes
        return Event::SameScene;
    }
    if (s.desk.empty() || !differs(s.desk)) {
        // The first settled scene that is not an already captured page is the empty desk.
        if (s.desk.empty())
            s.desk = current;
        s.lastScene = current;
        return Event::DeskEmpty;
    }
    s.lastScene = current;
    return Event::NewPage;
}

} // namespace ow
