#include "facedecision.h"

namespace ow {

QString faceDecisionName(FaceDecision decision) {
    switch (decision) {
    case FaceDecision::Pass:
        return QStringLiteral("pass");
    case FaceDecision::Review:
        return QStringLiteral("review");
    case FaceDecision::Fail:
        break;
    }
    return QStringLiteral("fail");
}

QString FaceThresholds::problem() const {
    const auto inUnit = [](double v) { return v >= -1.0 && v <= 1.0; };
    if (!inUnit(passAt) || !inUnit(reviewFrom))
        return QStringLiteral("score thresholds must lie between -1 and 1");
    if (reviewFrom > passAt)
        return QStringLiteral("the review band starts (%1) above the pass threshold (%2)")
            .arg(reviewFrom)
            .arg(passAt);
    if (liveAt < 0.0 || liveAt > 1.0)
        return QStringLiteral("the liveness threshold must lie between 0 and 1");
    return {};
}

FaceVerdict decideFace(const FaceEvidence &evidence, const FaceThresholds &thresholds) {
    if (!evidence.cardFaceFound)
        return {FaceDecision::Fail, QStringLiteral("no-card-face")};
    if (!evidence.liveFaceFound)
        return {FaceDecision::Fail, QStringLiteral("no-live-face")};
    if (evidence.liveness < thresholds.liveAt)
        return {FaceDecision::Fail, QStringLiteral("not-live")};
    if (!evidence.challengePassed)
        return {FaceDecision::Fail, QStringLiteral("challenge-failed")};
    if (!evidence.consistent)
        return {FaceDecision::Fail, QStringLiteral("inconsistent")};
    if (evidence.score >= thresholds.passAt)
        return {FaceDecision::Pass, {}};
    if (evidence.score >= thresholds.reviewFrom)
        return {FaceDecision::Review, QStringLiteral("grey-band")};
    return {FaceDecision::Fail, QStringLiteral("low-score")};
}

} // namespace ow
