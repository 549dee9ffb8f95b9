#include "livecheck.h"

#include "faceembedder.h"

#include <cmath>

namespace ow::vision {

double boxIou(const cv::Rect2f &a, const cv::Rect2f &b) {
    const double overlap = (a & b).area();
    const double joined = static_cast<double>(a.area()) + b.area() - overlap;
    return joined > 0 ? overlap / joined : 0.0;
}

LiveCheck::LiveCheck(LiveCheckConfig config)
    : m_config(config) {
    m_config.framesToCompare = std::max(1, m_config.framesToCompare);
}

void LiveCheck::reset() {
    const LiveCheckConfig config = m_config;
    *this = LiveCheck(config);
}

FaceAnalyzeOptions LiveCheck::optionsForNextFrame() const {
    FaceAnalyzeOptions options;
    // The eye baseline and the neutral pose come from the collected frames too.
    options.eyes = m_config.challenge == ChallengeKind::Blink && !finished();
    options.pose = m_config.challenge == ChallengeKind::TurnHead && !finished();
    options.embedding = !finished();
    options.liveness = !finished();
    return options;
}

LiveCheckStatus LiveCheck::status() const {
    return m_status;
}

bool LiveCheck::finished() const {
    return m_status.phase == LiveCheckPhase::Done || m_status.phase == LiveCheckPhase::Failed;
}

LiveCheckStatus LiveCheck::feed(const FaceFrameAnalysis &frame, qint64 timestampMs) {
    switch (m_status.phase) {
    case LiveCheckPhase::WaitingForFace:
    case LiveCheckPhase::Collecting:
        collect(frame, timestampMs);
        break;
    case LiveCheckPhase::Challenge:
        challenge(frame, timestampMs);
        break;
    case LiveCheckPhase::Done:
    case LiveCheckPhase::Failed:
        break;
    }
    return m_status;
}

void LiveCheck::restartCollection() {
    m_embeddings.clear();
    m_livenessSum = 0;
    m_livenessCount = 0;
    m_openLeftSum = m_openRightSum = 0;
    m_openCount = 0;
    m_status.framesCollected = 0;
    m_status.phase = LiveCheckPhase::WaitingForFace;
}

void LiveCheck::addLiveness(const FaceFrameAnalysis &frame) {
    if (frame.liveness >= 0) {
        m_livenessSum += frame.liveness;
        ++m_livenessCount;
    }
}

void LiveCheck::collect(const FaceFrameAnalysis &frame, qint64 timestampMs) {
    if (!frame.hasFace) {
        // Before the challenge a lost face only means starting again with whoever comes next.
        m_hasBox = false;
        restartCollection();
        m_status.guidance = FaceQualityIssue::NoFace;
        return;
    }
    const bool sameTrack = m_hasBox && boxIou(m_lastBox, frame.face.box) >= m_config.trackMinIou;
    if (!sameTrack)
        restartCollection();
    m_hasBox = true;
    m_lastBox = frame.face.box;
    m_lastFaceMs = timestampMs;
    m_status.guidance = frame.quality;
    if (frame.quality != FaceQualityIssue::None || frame.embedding.empty())
        return;
    // A collected frame that does not look like the earlier ones starts a new collection.
    if (!m_embeddings.empty() &&
        cosineSimilarity(m_embeddings.front(), frame.embedding) < m_config.trackMinSimilarity)
        restartCollection();
    m_embeddings.push_back(frame.embedding);
    addLiveness(frame);
    if (frame.leftEyeClosed >= 0 && frame.rightEyeClosed >= 0) {
        m_openLeftSum += frame.leftEyeClosed;
        m_openRightSum += frame.rightEyeClosed;
        ++m_openCount;
    }
    m_status.phase = LiveCheckPhase::Collecting;
    m_status.framesCollected = static_cast<int>(m_embeddings.size());
    if (m_status.framesCollected >= m_config.framesToCompare)
        startChallenge(timestampMs);
}

void LiveCheck::startChallenge(qint64 timestampMs) {
    m_compared.assign(m_embeddings.front().size(), 0.0F);
    for (const std::vector<float> &e : m_embeddings) {
        for (size_t i = 0; i < m_compared.size() && i < e.size(); ++i)
            m_compared[i] += e[i];
    }
    normaliseL2(m_compared);
    m_challengeStartMs = timestampMs;
    m_status.guidance = FaceQualityIssue::None;
    if (m_config.challenge == ChallengeKind::None) {
        m_challengePassed = true;
        m_status.phase = LiveCheckPhase::Done;
        return;
    }
    m_status.phase = LiveCheckPhase::Challenge;
}

void LiveCheck::fail(const QString &why) {
    m_status.phase = LiveCheckPhase::Failed;
    m_status.failure = why;
    m_trackHeld = why == QLatin1String("challenge-timeout");
}

void LiveCheck::challenge(const FaceFrameAnalysis &frame, qint64 timestampMs) {
    if (timestampMs - m_challengeStartMs > m_config.challengeTimeoutMs) {
        fail(QStringLiteral("challenge-timeout"));
        return;
    }
    if (!frame.hasFace) {
        m_status.guidance = FaceQualityIssue::NoFace;
        if (timestampMs - m_lastFaceMs > m_config.maxFaceGapMs)
            fail(QStringLiteral("face-lost"));
        return;
    }
    if (boxIou(m_lastBox, frame.face.box) < m_config.trackMinIou) {
        fail(QStringLiteral("face-lost"));
        return;
    }
    m_lastBox = frame.face.box;
    m_lastFaceMs = timestampMs;
    m_status.guidance = FaceQualityIssue::None;
    // Every challenged frame must be the compared person: defeats swapping faces between steps.
    if (frame.embedding.empty() ||
        cosineSimilarity(m_compared, frame.embedding) < m_config.trackMinSimilarity) {
        fail(QStringLiteral("face-swapped"));
        return;
    }
    addLiveness(frame);
    const bool passed =
        m_config.challenge == ChallengeKind::Blink ? blinkSeen(frame) : turnSeen(frame);
    if (passed) {
        m_challengePassed = true;
        m_status.phase = LiveCheckPhase::Done;
    }
}

bool LiveCheck::blinkSeen(const FaceFrameAnalysis &frame) {
    if (frame.leftEyeClosed < 0 || frame.rightEyeClosed < 0)
        return false;
    // The model's "closed" probability is biased per person (glasses, eye shape): judge the
    // change against this person's open-eye frames, on both eyes at once.
    const double baseLeft = m_openCount > 0 ? m_openLeftSum / m_openCount : 0.0;
    const double baseRight = m_openCount > 0 ? m_openRightSum / m_openCount : 0.0;
    const double rise = std::min(frame.leftEyeClosed - baseLeft, frame.rightEyeClosed - baseRight);
    if (rise >= m_config.blinkRise) {
        m_closedSeen = true;
        return false;
    }
    const double excess =
        std::max(frame.leftEyeClosed - baseLeft, frame.rightEyeClosed - baseRight);
    return m_closedSeen && excess <= m_config.blinkFall;
}

bool LiveCheck::turnSeen(const FaceFrameAnalysis &frame) {
    if (!frame.poseComputed)
        return false;
    if (std::abs(frame.yaw) >= m_config.turnYaw) {
        m_turnedSeen = true;
        return false;
    }
    return m_turnedSeen && std::abs(frame.yaw) <= m_config.turnBackYaw;
}

LiveCheckOutcome LiveCheck::outcome() const {
    LiveCheckOutcome result;
    if (!m_compared.empty())
        result.embedding = m_compared;
    result.liveness = m_livenessCount > 0 ? m_livenessSum / m_livenessCount : 0.0;
    result.challengePassed = m_challengePassed;
    result.consistent =
        !m_compared.empty() && m_trackHeld && m_status.phase != LiveCheckPhase::WaitingForFace;
    result.framesUsed = m_compared.empty() ? 0 : static_cast<int>(m_embeddings.size());
    return result;
}

} // namespace ow::vision
