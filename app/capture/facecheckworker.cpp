#include "facecheckworker.h"

#include "cardphotoextractor.h"
#include "facepipeline.h"
#include "facequality.h"
#include "imageconversion.h"
#include "livecheck.h"

namespace ow {

namespace {

vision::ChallengeKind challengeKind(FaceChallenge challenge) {
    switch (challenge) {
    case FaceChallenge::None:
        return vision::ChallengeKind::None;
    case FaceChallenge::Blink:
        return vision::ChallengeKind::Blink;
    case FaceChallenge::TurnHead:
        break;
    }
    return vision::ChallengeKind::TurnHead;
}

FaceCheckPhase phaseOf(vision::LiveCheckPhase phase) {
    switch (phase) {
    case vision::LiveCheckPhase::WaitingForFace:
        return FaceCheckPhase::WaitingForFace;
    case vision::LiveCheckPhase::Collecting:
        return FaceCheckPhase::Collecting;
    case vision::LiveCheckPhase::Challenge:
        return FaceCheckPhase::Challenge;
    case vision::LiveCheckPhase::Done:
        return FaceCheckPhase::Done;
    case vision::LiveCheckPhase::Failed:
        break;
    }
    return FaceCheckPhase::Failed;
}

QString challengeAdvice(FaceChallenge challenge) {
    if (challenge == FaceChallenge::TurnHead)
        return FaceCheckWorker::tr("Please turn your head slowly to one side and back.");
    return FaceCheckWorker::tr("Please blink.");
}

} // namespace

FaceCheckWorker::FaceCheckWorker(QObject *parent)
    : QObject(parent) {}

FaceCheckWorker::~FaceCheckWorker() = default;

void FaceCheckWorker::load(const QString &packDir) {
    if (m_pipeline) {
        emit loaded(m_pipeline->packId());
        return;
    }
    auto pipeline = vision::FacePipeline::load(
        packDir.isEmpty() ? vision::FacePipeline::defaultPackDir() : packDir);
    if (!pipeline) {
        emit loadFailed(pipeline.error());
        return;
    }
    m_pipeline = std::move(pipeline.value());
    emit loaded(m_pipeline->packId());
}

void FaceCheckWorker::setCardPhoto(const QImage &photo) {
    m_cardEmbedding.clear();
    m_cardFaceFound = false;
    m_cardPortrait = photo;
    if (!m_pipeline) {
        emit cardPhotoAnalyzed(false, photo, tr("The face models are not loaded."));
        return;
    }
    if (photo.isNull()) {
        emit cardPhotoAnalyzed(false, photo, tr("There is no card photo."));
        return;
    }
    // The first candidate in which the detector itself finds a face wins; failing that, the
    // image as given with the whole image as the face box (analyzeCardPhoto's fallback).
    const QList<QImage> candidates = CardPhotoExtractor::candidates(photo);
    for (const QImage &candidate : candidates) {
        const vision::FaceFrameAnalysis a = m_pipeline->analyzeCardPhoto(toBgrMat(candidate));
        const bool last = &candidate == &candidates.last();
        if (!a.error.isEmpty() || !a.hasFace || a.embedding.empty())
            continue;
        if (a.wholeImageBox && !last)
            continue;
        m_cardEmbedding = a.embedding;
        m_cardFaceFound = true;
        m_cardPortrait = candidate;
        emit cardPhotoAnalyzed(true, candidate, QString());
        return;
    }
    emit cardPhotoAnalyzed(false, photo, tr("No face was found in the card photo."));
}

void FaceCheckWorker::begin(const FaceCheckOptions &options) {
    m_options = options;
    vision::LiveCheckConfig config;
    config.challenge = challengeKind(options.challenge);
    config.challengeTimeoutMs = options.challengeTimeoutMs;
    config.framesToCompare = options.framesToCompare;
    m_live = std::make_unique<vision::LiveCheck>(config);
    m_firstFrameMs = -1;
    m_bestFrame = QImage();
    m_bestFrameRank = -1.0;
    m_running = true;
}

void FaceCheckWorker::processFrame(const QImage &frame, qint64 timestampMs) {
    analyzeFrame(frame, timestampMs);
    emit frameHandled(); // the session sends the next frame only after this
}

void FaceCheckWorker::analyzeFrame(const QImage &frame, qint64 timestampMs) {
    if (!m_running || !m_pipeline || !m_live)
        return;
    if (frame.isNull() || frame.width() < 16 || frame.height() < 16) {
        emit frameUnusable(tr("The camera sent an empty or unusable frame."));
        return;
    }
    if (m_firstFrameMs < 0)
        m_firstFrameMs = timestampMs;
    const vision::FaceFrameAnalysis analysis =
        m_pipeline->analyze(toBgrMat(frame), m_live->optionsForNextFrame());
    if (!analysis.error.isEmpty()) {
        emit frameUnusable(analysis.error);
        return;
    }
    // The frame kept when the site retains images: a usable face first, then the detector's
    // confidence.
    if (m_options.retentionDays > 0 && analysis.hasFace) {
        const double rank = (analysis.quality == vision::FaceQualityIssue::None ? 1.0 : 0.0) +
                            static_cast<double>(analysis.face.score);
        if (rank > m_bestFrameRank) {
            m_bestFrameRank = rank;
            m_bestFrame = frame;
        }
    }
    const vision::LiveCheckStatus status = m_live->feed(analysis, timestampMs);
    FaceOverlay overlay;
    overlay.frameSize = frame.size();
    overlay.hasFace = analysis.hasFace;
    overlay.faceBox = QRectF(analysis.face.box.x, analysis.face.box.y, analysis.face.box.width,
                             analysis.face.box.height);
    overlay.phase = phaseOf(status.phase);
    overlay.framesCollected = status.framesCollected;
    overlay.guidance = status.phase == vision::LiveCheckPhase::Challenge &&
                               status.guidance == vision::FaceQualityIssue::None
                           ? challengeAdvice(m_options.challenge)
                           : vision::faceQualityAdvice(status.guidance);
    emit frameProcessed(overlay);
    if (m_live->finished()) {
        finish(status.failure, true);
        return;
    }
    // Nobody usable in front of the camera for too long: the check ends as failed.
    if (timestampMs - m_firstFrameMs > m_options.overallTimeoutMs)
        finish(QStringLiteral("timeout"), status.phase != vision::LiveCheckPhase::WaitingForFace);
}

void FaceCheckWorker::finish(const QString &liveFailure, bool liveFaceFound) {
    m_running = false;
    const vision::LiveCheckOutcome outcome = m_live->outcome();
    FaceCheckResult result;
    result.thresholds = m_options.thresholds;
    result.challenge = m_options.challenge;
    result.modelPack = m_pipeline->packId();
    result.framesUsed = outcome.framesUsed;
    result.liveFailure = liveFailure;
    FaceEvidence &e = result.evidence;
    e.cardFaceFound = m_cardFaceFound;
    e.liveFaceFound = liveFaceFound && !outcome.embedding.empty();
    e.score = vision::cosineSimilarity(m_cardEmbedding, outcome.embedding);
    e.liveness = outcome.liveness;
    e.challengePassed = outcome.challengePassed;
    e.consistent = outcome.consistent;
    result.verdict = decideFace(e, m_options.thresholds);
    if (m_options.retentionDays > 0) {
        result.cardPortrait = m_cardPortrait;
        result.bestLiveFrame = m_bestFrame;
    }
    m_bestFrame = QImage(); // the worker keeps no frame past the check
    m_bestFrameRank = -1.0;
    emit finished(result);
}

} // namespace ow
