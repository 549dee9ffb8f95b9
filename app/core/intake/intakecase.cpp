#include "intakecase.h"

#include <QCoreApplication>

namespace ow {

IntakeCase::IntakeCase(QString caseId, const Item &item, Applicant caseApplicant,
                       const QString &actor, const Clock &clock)
    : id(std::move(caseId))
    , itemId(item.id)
    , itemName(item.name)
    , applicant(std::move(caseApplicant))
    , receivedAt(clock.now())
    , officer(actor)
    , checklist(Checklist::fromItem(item)) {}

Status IntakeCase::transition(CaseState to, const QString &actor, const QString &reason,
                              const Clock &clock) {
    if (actor.trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate("ow::IntakeCase",
                                        "case %1: a change of state needs the acting user")
                .arg(id));
    if (!CaseTransitions::allowed(m_state, to))
        return Status::failure(
            QCoreApplication::translate("ow::IntakeCase",
                                        "case %1: cannot move from %2 (%3) to %4 (%5)")
                .arg(id, CaseTransitions::label(m_state), CaseTransitions::name(m_state),
                     CaseTransitions::label(to), CaseTransitions::name(to)));
    m_events << CaseEvent{m_state, to, actor, clock.now(), reason};
    m_state = to;
    return {};
}

void IntakeCase::restoreHistory(CaseState state, QList<CaseEvent> events) {
    m_state = state;
    m_events = std::move(events);
}

const NoticeRecord *IntakeCase::firstCorrectionNotice() const {
    for (const NoticeRecord &n : notices)
        if (n.kind == NoticeDocument::Kind::CorrectionNotice ||
            (n.kind == NoticeDocument::Kind::OneTimeNotice && !n.materials.isEmpty()))
            return &n;
    return nullptr;
}

const DeadlineTrack *IntakeCase::overallTrack(DeadlineTrack::Basis basis) const {
    for (const DeadlineTrack &t : deadlines)
        if (t.basis == basis && t.step == overallStepName())
            return &t;
    return nullptr;
}

DeadlineTrack *IntakeCase::overallTrack(DeadlineTrack::Basis basis) {
    for (DeadlineTrack &t : deadlines)
        if (t.basis == basis && t.step == overallStepName())
            return &t;
    return nullptr;
}

QString IntakeCase::overallStepName() {
    return QStringLiteral("总时限");
}

} // namespace ow
