#include "commitment.h"

#include "noticerecord.h"

namespace ow {

QString Commitment::stateName(State state) {
    switch (state) {
    case State::Open:
        return QStringLiteral("open");
    case State::Supplied:
        return QStringLiteral("supplied");
    case State::Breached:
        return QStringLiteral("breached");
    }
    return {};
}

QString Violation::kindName(Kind kind) {
    switch (kind) {
    case Kind::RepeatedNotice:
        return QStringLiteral("repeated_notice");
    }
    return {};
}

} // namespace ow
