#pragma once

#include "facedecision.h"

#include <QImage>
#include <QMetaType>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

namespace ow {

// The active part of the live check (the product default is Blink; docs/facecheck.md).
enum class FaceChallenge { None, Blink, TurnHead };
QString faceChallengeKey(FaceChallenge challenge); // "none", "blink", "turn-head"
FaceChallenge faceChallengeFromKey(const QString &key, FaceChallenge fallback);

// Where the live check stands, for the preview's guidance.
enum class FaceCheckPhase { Loading, WaitingForFace, Collecting, Challenge, Done, Failed };

struct FaceCheckOptions {
    FaceThresholds thresholds;
    FaceChallenge challenge = FaceChallenge::Blink;
    qint64 challengeTimeoutMs = 6000;
    int framesToCompare = 5;
    // No usable face for this long (frame time) ends the check as failed: no live face.
    qint64 overallTimeoutMs = 30000;
    // This many unusable frames in a row (garbage, conversion failures) stop the check.
    int maxBadFrames = 30;
    QString packDir; // empty: FacePipeline::defaultPackDir()
    // Days to keep the card portrait and the best live frame encrypted (FaceImageVault);
    // 0 (the default) keeps no image anywhere (AppSettings::faceRetentionDays).
    int retentionDays = 0;
};

// What the preview draws over the latest frame (frame coordinates).
struct FaceOverlay {
    QSize frameSize;
    bool hasFace = false;
    QRectF faceBox;
    FaceCheckPhase phase = FaceCheckPhase::WaitingForFace;
    QString guidance; // translated sentence for the applicant
    int framesCollected = 0;
};

// The outcome of one check, as shown and as recorded (FaceCheckRecord).
struct FaceCheckResult {
    FaceEvidence evidence;
    FaceThresholds thresholds;
    FaceVerdict verdict;
    FaceChallenge challenge = FaceChallenge::Blink;
    int framesUsed = 0;
    QString modelPack;
    QString liveFailure; // the live check's reason when it failed ("challenge-timeout", ...)
    QString recordId;    // empty when it could not be saved (saveError says why)
    QString saveError;
    // Only with retentionDays > 0, from the worker to the session, which stores them in the
    // vault and then drops them: the result it emits never carries an image.
    QImage cardPortrait;
    QImage bestLiveFrame;
    QStringList retainedFiles; // the vault files written for this check
    QString retentionError;    // why the images could not be kept (the check itself stands)
};

} // namespace ow

Q_DECLARE_METATYPE(ow::FaceOverlay)
Q_DECLARE_METATYPE(ow::FaceCheckResult)
