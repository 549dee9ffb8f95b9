#include "imagesequenceframesource.h"

#include <QFileInfo>
#include <QImageReader>

namespace ow {

ImageSequenceFrameSource::ImageSequenceFrameSource(QObject *parent)
    : FrameSource(parent) {
    connect(&m_timer, &QTimer::timeout, this, &ImageSequenceFrameSource::next);
    m_timer.setInterval(m_intervalMs);
}

ImageSequenceFrameSource::ImageSequenceFrameSource(QList<QImage> frames, int intervalMs,
                                                   QObject *parent)
    : ImageSequenceFrameSource(parent) {
    m_frames = std::move(frames);
    setIntervalMs(intervalMs);
}

Status ImageSequenceFrameSource::loadFiles(const QStringList &paths) {
    QList<QImage> frames;
    for (const QString &path : paths) {
        QImageReader reader(path);
        const QImage image = reader.read();
        if (image.isNull())
            return Status::failure(tr("Could not read the image %1: %2")
                                       .arg(QFileInfo(path).fileName(), reader.errorString()));
        frames << image;
    }
    m_frames = std::move(frames);
    return {};
}

void ImageSequenceFrameSource::setIntervalMs(int intervalMs) {
    m_intervalMs = qMax(1, intervalMs);
    m_timer.setInterval(m_intervalMs);
}

void ImageSequenceFrameSource::start() {
    if (m_frames.isEmpty()) {
        emit failed(tr("The image sequence has no frames."));
        return;
    }
    m_index = 0;
    m_timer.start();
}

void ImageSequenceFrameSource::stop() {
    m_timer.stop();
}

QString ImageSequenceFrameSource::description() const {
    return tr("Image sequence (%n frames)", nullptr, int(m_frames.size()));
}

void ImageSequenceFrameSource::next() {
    if (m_index >= m_frames.size()) {
        if (!m_loop) {
            m_timer.stop();
            return;
        }
        m_index = 0;
    }
    const qint64 timestamp = qint64(m_sent) * m_intervalMs;
    ++m_sent;
    emit frameReady(m_frames.at(m_index++), timestamp);
}

} // namespace ow
