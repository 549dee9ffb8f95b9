#include "casestate.h"

#include <QMap>

namespace ow {

namespace {

using S = CaseState;

struct StateInfo {
    S state;
    const char *name;
    const char *label; // UTF-8
};

const StateInfo kStates[] = {
    {S::Received, "received", "收件"},
    {S::Accepted, "accepted", "受理"},
    {S::DeferredAccepted, "deferred_accepted", "容缺受理"},
    {S::CorrectionRequested, "correction_requested", "补正"},
    {S::Refused, "refused", "不予受理"},
    {S::UnderReview, "under_review", "审查"},
    {S::Approved, "approved", "办结（准予）"},
    {S::Denied, "denied", "办结（不予）"},
    {S::Delivered, "delivered", "送达"},
    {S::Terminated, "terminated", "终止"},
};

// The transition table (docs/intake.md). A correction notice may follow another one
// (CorrectionRequested → CorrectionRequested records the later notice).
const QMap<S, QList<S>> &table() {
    static const QMap<S, QList<S>> t = {
        {S::Received, {S::Accepted, S::DeferredAccepted, S::CorrectionRequested, S::Refused}},
        {S::CorrectionRequested,
         {S::Accepted, S::DeferredAccepted, S::CorrectionRequested, S::Refused, S::Terminated}},
        {S::Accepted, {S::UnderReview}},
        {S::DeferredAccepted, {S::UnderReview, S::Refused, S::Terminated}},
        {S::UnderReview, {S::Approved, S::Denied, S::Terminated}},
        {S::Approved, {S::Delivered}},
        {S::Denied, {S::Delivered}},
        {S::Refused, {}},
        {S::Delivered, {}},
        {S::Terminated, {}},
    };
    return t;
}

const StateInfo &info(S state) {
    for (const StateInfo &i : kStates)
        if (i.state == state)
            return i;
    return kStates[0];
}

} // namespace

bool CaseTransitions::allowed(CaseState from, CaseState to) {
    return table().value(from).contains(to);
}

QList<CaseState> CaseTransitions::targets(CaseState from) {
    return table().value(from);
}

QList<CaseState> CaseTransitions::allStates() {
    QList<CaseState> all;
    for (const StateInfo &i : kStates)
        all << i.state;
    return all;
}

bool CaseTransitions::isFinal(CaseState state) {
    return table().value(state).isEmpty();
}

bool CaseTransitions::isAccepted(CaseState state) {
    return state == S::Accepted || state == S::DeferredAccepted || state == S::UnderReview;
}

QString CaseTransitions::name(CaseState state) {
    return QString::fromLatin1(info(state).name);
}

QString CaseTransitions::label(CaseState state) {
    return QString::fromUtf8(info(state).label);
}

std::optional<CaseState> CaseTransitions::fromName(const QString &name) {
    for (const StateInfo &i : kStates)
        if (name == QLatin1String(i.name))
            return i.state;
    return std::nullopt;
}

} // namespace ow
