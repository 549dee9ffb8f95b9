#pragma once

#include <QString>

namespace ow {

// The outcome of an ID-photo match (人证合一). Review is the grey band that goes to a person.
enum class FaceDecision { Pass, Review, Fail };

// "pass", "review", "fail": the wire and CLI spelling.
QString faceDecisionName(FaceDecision decision);

// Cosine-score bands and the passive-liveness floor. The defaults are the calibrated starting
// points of specs/face-models.md for Chinese ID-vs-live pairs (LFW thresholds do not carry
// over); every site recalibrates them on its own pairs (docs/face.md).
struct FaceThresholds {
    double passAt = 0.50;     // score >= passAt: pass (if live)
    double reviewFrom = 0.42; // reviewFrom <= score < passAt: review; below: fail
    double liveAt = 0.50;     // mean p(live) below this: not live

    // Empty when usable; otherwise what is wrong (e.g. reviewFrom above passAt).
    QString problem() const;
};

// What the live side established before the score is judged.
struct FaceEvidence {
    bool cardFaceFound = false;
    bool liveFaceFound = false;
    double score = 0.0;          // cosine of the card and live embeddings
    double liveness = 1.0;       // mean passive p(live) over the live frames; 1 when not measured
    bool challengePassed = true; // active challenge (blink / head turn); true when not asked
    bool consistent = true;      // challenged frames match the compared embedding
};

struct FaceVerdict {
    FaceDecision decision = FaceDecision::Fail;
    QString reasonCode; // "", "no-card-face", "no-live-face", "not-live", "challenge-failed",
                        // "inconsistent", "low-score", "grey-band"
};

// Applies the bands: a missing face, failed liveness, a failed challenge or an inconsistent
// track fail whatever the score; otherwise the score decides.
FaceVerdict decideFace(const FaceEvidence &evidence, const FaceThresholds &thresholds);

} // namespace ow
