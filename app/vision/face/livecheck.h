#pragma once

#include "facepipeline.h"

#include <QString>
#include <QtGlobal>

#include <vector>

namespace ow::vision {

enum class ChallengeKind { None, Blink, TurnHead };

struct LiveCheckConfig {
    ChallengeKind challenge = ChallengeKind::Blink;
    qint64 challengeTimeoutMs = 6000; // the challenge must be done within this
    int framesToCompare = 5;          // good frames combined (mean embedding, re-normalised)
    double trackMinIou = 0.3; // box overlap between consecutive frames to stay "the same face"
    double trackMinSimilarity = 0.5; // cosine between a challenged frame and the compared embedding
    qint64 maxFaceGapMs = 700;       // frames without the face tolerated during the challenge
    double blinkRise = 0.3;   // p(closed) above the open-eye baseline, on both eyes, for "closed"
    double blinkFall = 0.15;  // back within this of the baseline for "open again"
    double turnYaw = 15.0;    // |yaw| the head must pass, degrees
    double turnBackYaw = 8.0; // |yaw| at or below which it has come back
};

enum class LiveCheckPhase { WaitingForFace, Collecting, Challenge, Done, Failed };

struct LiveCheckStatus {
    LiveCheckPhase phase = LiveCheckPhase::WaitingForFace;
    FaceQualityIssue guidance = FaceQualityIssue::NoFace; // what to tell the applicant now
    int framesCollected = 0;
    QString failure; // why Failed: "challenge-timeout", "face-lost", "face-swapped"
};

struct LiveCheckOutcome {
    std::vector<float> embedding; // mean of the compared frames, L2-normalised
    double liveness = 0.0;        // mean passive p(live) over the used frames
    bool challengePassed = false;
    bool consistent = false; // challenged frames match the compared embedding and the track held
    int framesUsed = 0;
};

// The multi-frame live check, fed frame by frame by the workstation: collect framesToCompare
// good frames of one tracked face, then run the active challenge within the timeout while the
// face stays the same (box overlap with the previous frame, embedding close to the compared
// one). Pure logic: the caller passes timestamps, nothing here reads a clock.
class LiveCheck {
public:
    explicit LiveCheck(LiveCheckConfig config = {});

    FaceAnalyzeOptions optionsForNextFrame() const; // eyes/pose only when the challenge needs them
    LiveCheckStatus feed(const FaceFrameAnalysis &frame, qint64 timestampMs);
    LiveCheckStatus status() const;
    bool finished() const; // Done or Failed
    LiveCheckOutcome outcome() const;
    void reset();

private:
    void collect(const FaceFrameAnalysis &frame, qint64 timestampMs);
    void challenge(const FaceFrameAnalysis &frame, qint64 timestampMs);
    void restartCollection();
    void startChallenge(qint64 timestampMs);
    void fail(const QString &why);
    void addLiveness(const FaceFrameAnalysis &frame);
    bool blinkSeen(const FaceFrameAnalysis &frame);
    bool turnSeen(const FaceFrameAnalysis &frame);

    LiveCheckConfig m_config;
    LiveCheckStatus m_status;
    std::vector<std::vector<float>> m_embeddings;
    std::vector<float> m_compared; // normalised mean of m_embeddings once collected
    double m_livenessSum = 0;
    int m_livenessCount = 0;
    double m_openLeftSum = 0, m_openRightSum = 0;
    int m_openCount = 0;
    bool m_hasBox = false;
    cv::Rect2f m_lastBox;
    qint64 m_lastFaceMs = 0;
    qint64 m_challengeStartMs = 0;
    bool m_closedSeen = false; // blink: both eyes clearly closed once
    bool m_turnedSeen = false; // head turn: |yaw| passed the limit once
    bool m_challengePassed = false;
    bool m_trackHeld = true;
};

// Intersection over union of two boxes (0 when either is empty).
double boxIou(const cv::Rect2f &a, const cv::Rect2f &b);

} // namespace ow::vision
