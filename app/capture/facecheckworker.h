#pragma once

#include "facechecktypes.h"

#include <QImage>
#include <QObject>

#include <memory>
#include <vector>

namespace ow::vision {
class FacePipeline;
class LiveCheck;
} // namespace ow::vision

namespace ow {

// The face check's work on its own thread (FaceCheckSession moves it there): loads the model
// pack, analyses the card photo and each live frame, runs the live check and scores the match.
// Slots are invoked queued; results go back as signals. Header free of OpenCV.
class FaceCheckWorker : public QObject {
    Q_OBJECT
public:
    explicit FaceCheckWorker(QObject *parent = nullptr);
    ~FaceCheckWorker() override;

public slots:
    void load(const QString &packDir);
    void setCardPhoto(const QImage &photo);
    void begin(const ow::FaceCheckOptions &options);
    void processFrame(const QImage &frame, qint64 timestampMs);

signals:
    void loaded(const QString &packId);
    void loadFailed(const QString &message);
    // faceFound false: no face in any candidate; portrait is what is shown as the card photo.
    void cardPhotoAnalyzed(bool faceFound, const QImage &portrait, const QString &problem);
    void frameProcessed(const ow::FaceOverlay &overlay);
    void frameUnusable(const QString &message);
    void finished(const ow::FaceCheckResult &result);
    void frameHandled();

private:
    void analyzeFrame(const QImage &frame, qint64 timestampMs);
    void finish(const QString &liveFailure, bool liveFaceFound);

    std::unique_ptr<vision::FacePipeline> m_pipeline;
    std::unique_ptr<vision::LiveCheck> m_live;
    FaceCheckOptions m_options;
    std::vector<float> m_cardEmbedding;
    bool m_cardFaceFound = false;
    bool m_running = false;
    qint64 m_firstFrameMs = -1;
    // Kept only while a check with retention runs (FaceCheckOptions::retentionDays > 0).
    QImage m_cardPortrait;
    QImage m_bestFrame;
    double m_bestFrameRank = -1.0;
};

} // namespace ow
