#include "facechecktypes.h"

namespace ow {

QString faceChallengeKey(FaceChallenge challenge) {
    switch (challenge) {
    case FaceChallenge::None:
        return QStringLiteral("none");
    case FaceChallenge::Blink:
        return QStringLiteral("blink");
    case FaceChallenge::TurnHead:
        break;
    }
    return QStringLiteral("turn-head");
}

FaceChallenge faceChallengeFromKey(const QString &key, FaceChallenge fallback) {
    for (FaceChallenge c : {FaceChallenge::None, FaceChallenge::Blink, FaceChallenge::TurnHead})
        if (faceChallengeKey(c) == key)
            return c;
    return fallback;
}

} // namespace ow
