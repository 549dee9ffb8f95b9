#pragma once

#include "framesource.h"
#include "result.h"

#include <QImage>
#include <QList>
#include <QStringList>
#include <QTimer>

namespace ow {

// A stand-in camera for tests and demos: plays a list of images at a fixed rate. Timestamps
// are synthetic (frame index × interval), so whatever judges time over the frames sees the
// same clock on every run however loaded the machine is.
class ImageSequenceFrameSource : public FrameSource {
    Q_OBJECT
public:
    explicit ImageSequenceFrameSource(QObject *parent = nullptr);
    ImageSequenceFrameSource(QList<QImage> frames, int intervalMs, QObject *parent = nullptr);

    // Reads the files; a file that is missing or not an image fails with its name, and the
    // frames stay as they were.
    Status loadFiles(const QStringList &paths);
    void setFrames(QList<QImage> frames) { m_frames = std::move(frames); }
    void setIntervalMs(int intervalMs);
    // After the last frame: start over (true, like a camera) or stop.
    void setLooping(bool loop) { m_loop = loop; }
    int frameCount() const { return int(m_frames.size()); }
    int framesSent() const { return m_sent; }

    void start() override;
    void stop() override;
    bool isActive() const override { return m_timer.isActive(); }
    QString description() const override;

private:
    void next();

    QList<QImage> m_frames;
    QTimer m_timer;
    int m_intervalMs = 40;
    bool m_loop = true;
    int m_index = 0;
    int m_sent = 0;
};

} // namespace ow
