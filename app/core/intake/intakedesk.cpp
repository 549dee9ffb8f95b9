#include "intakedesk.h"

#include <QCoreApplication>

#include "legalclock.h"

namespace ow {

namespace {

using Code = IntakeRefusal::Code;

} // namespace

IntakeDesk::IntakeDesk(const Catalog &catalog, const WorkCalendar &calendar, const Clock &clock,
                       DocumentSerialCounter &counter)
    : m_catalog(catalog)
    , m_calendar(calendar)
    , m_clock(clock)
    , m_counter(counter) {}

const Item *IntakeDesk::itemOf(const IntakeCase &kase, QList<IntakeRefusal> &refusals) const {
    const Item *item = m_catalog.item(kase.itemId);
    if (!item)
        refusals << IntakeRefusal{
            Code::UnknownItem,
            {},
            QStringLiteral("办件 %1 的事项 %2 不在事项目录中").arg(kase.id, kase.itemId)};
    return item;
}

Result<QString> IntakeDesk::nextNumber(const IntakeCase &kase, NoticeDocument::Kind kind) {
    const Item *item = m_catalog.item(kase.itemId);
    if (!item)
        return Result<QString>::failure(
            QCoreApplication::translate("ow::IntakeDesk", "case %1: item %2 is not in the catalog")
                .arg(kase.id, kase.itemId));
    return DocumentNumber::next(m_counter, m_catalog.agencyAbbrev(*item), kind,
                                m_clock.today().year());
}

// The overall legal and committed tracks. On a "pause" item after a correction the clock
// started on the receipt day and the correction period (first notice → today) is paused; on
// a "restart" item it starts today, the day the file became complete (Art. 32).
Status IntakeDesk::startClock(IntakeCase &kase, const Item &item) {
    const QDate today = m_clock.today();
    const NoticeRecord *firstNotice = kase.firstCorrectionNotice();
    const bool pausedCorrection = item.correctionPausesClock() && firstNotice;
    kase.acceptedOn = pausedCorrection ? kase.receivedAt.date() : today;
    kase.deadlines.removeIf(
        [](const DeadlineTrack &t) { return t.step == IntakeCase::overallStepName(); });
    const QList<std::pair<DeadlineTrack::Basis, TimeLimit>> limits = {
        {DeadlineTrack::Basis::Legal, item.legalLimit},
        {DeadlineTrack::Basis::Committed, item.committedLimit}};
    for (const auto &[basis, limit] : limits) {
        DeadlineTrack track;
        track.step = IntakeCase::overallStepName();
        track.basis = basis;
        track.limit = limit;
        track.start = kase.acceptedOn;
        if (pausedCorrection)
            track.pauses << ClockPause{ClockPause::Kind::Correction,
                                       QStringLiteral("补正材料（%1）").arg(firstNotice->number),
                                       firstNotice->issuedAt.date(), today};
        if (const auto due = LegalClock::due(track, m_calendar, today); !due)
            return Status::failure(due.error());
        kase.deadlines << track;
    }
    return {};
}

Decision<AcceptanceDecision> IntakeDesk::accept(IntakeCase &kase, const QString &actor) {
    QList<IntakeRefusal> refusals;
    const Item *item = itemOf(kase, refusals);
    if (!item)
        return refusals;
    auto decision = IntakeRules::accept(kase, *item, m_clock.today());
    if (!decision)
        return decision;
    IntakeCase updated = kase; // nothing changes on kase unless every step succeeds
    if (const Status clock = startClock(updated, *item); !clock)
        return QList<IntakeRefusal>{{Code::CalendarError, {}, clock.error()}};
    const auto number = nextNumber(updated, NoticeDocument::Kind::AcceptanceNotice);
    if (!number)
        return QList<IntakeRefusal>{{Code::NumberingFailed, {}, number.error()}};
    updated.number = *number;
    updated.notices << NoticeRecord{
        NoticeDocument::Kind::AcceptanceNotice, *number, m_clock.now(), actor, {}, {}, {}, {}};
    if (const Status moved =
            updated.transition(CaseState::Accepted, actor, QStringLiteral("材料齐全"), m_clock);
        !moved)
        return QList<IntakeRefusal>{{Code::WrongState, {}, moved.error()}};
    decision.value().acceptedOn = updated.acceptedOn;
    kase = updated;
    return decision;
}

Decision<DeferredDecision> IntakeDesk::acceptDeferred(IntakeCase &kase, const QString &actor) {
    QList<IntakeRefusal> refusals;
    const Item *item = itemOf(kase, refusals);
    if (!item)
        return refusals;
    auto decision = IntakeRules::deferredAccept(kase, *item, m_calendar, m_clock.now());
    if (!decision)
        return decision;
    IntakeCase updated = kase;
    if (const Status clock = startClock(updated, *item); !clock)
        return QList<IntakeRefusal>{{Code::CalendarError, {}, clock.error()}};
    const auto number = nextNumber(updated, NoticeDocument::Kind::DeferredNotice);
    if (!number)
        return QList<IntakeRefusal>{{Code::NumberingFailed, {}, number.error()}};
    updated.number = *number;
    QStringList deferred;
    for (Commitment &c : decision.value().commitments) {
        c.id = QStringLiteral("%1-C%2").arg(updated.id).arg(updated.commitments.size() + 1);
        updated.commitments << c;
        deferred << c.material;
    }
    for (const auto kind :
         {NoticeDocument::Kind::DeferredCommitment, NoticeDocument::Kind::DeferredNotice})
        updated.notices << NoticeRecord{kind, *number, m_clock.now(), actor, deferred, {}, {}, {}};
    if (const Status moved = updated.transition(
            CaseState::DeferredAccepted, actor,
            QStringLiteral("容缺受理：%1").arg(deferred.join(QStringLiteral("、"))), m_clock);
        !moved)
        return QList<IntakeRefusal>{{Code::WrongState, {}, moved.error()}};
    decision.value().acceptedOn = updated.acceptedOn;
    decision.value().commitments = updated.commitments.mid(kase.commitments.size());
    kase = updated;
    return decision;
}

Decision<CorrectionDecision> IntakeDesk::requestCorrection(IntakeCase &kase,
                                                           const QString &justification,
                                                           const QString &actor) {
    QList<IntakeRefusal> refusals;
    const Item *item = itemOf(kase, refusals);
    if (!item)
        return refusals;
    auto decision = IntakeRules::correction(kase, *item, justification, actor, m_clock.now());
    if (!decision)
        return decision;
    IntakeCase updated = kase;
    const auto number = nextNumber(updated, NoticeDocument::Kind::CorrectionNotice);
    if (!number)
        return QList<IntakeRefusal>{{Code::NumberingFailed, {}, number.error()}};
    decision.value().record.number = *number;
    updated.notices << decision.value().record;
    if (decision.value().violation) {
        decision.value().violation->noticeNumber = *number;
        updated.violations << *decision.value().violation;
    }
    if (const Status moved = updated.transition(
            CaseState::CorrectionRequested, actor,
            QStringLiteral("一次性告知补正：%1")
                .arg(decision.value().record.materials.join(QStringLiteral("、"))),
            m_clock);
        !moved)
        return QList<IntakeRefusal>{{Code::WrongState, {}, moved.error()}};
    kase = updated;
    return decision;
}

Decision<RefusalDecision> IntakeDesk::refuse(IntakeCase &kase, const QString &reason,
                                             const QString &competentOrgan, const QString &actor) {
    QList<IntakeRefusal> refusals;
    const Item *item = itemOf(kase, refusals);
    if (!item)
        return refusals;
    auto decision = IntakeRules::refuse(kase, reason, competentOrgan, actor, m_clock.now());
    if (!decision)
        return decision;
    IntakeCase updated = kase;
    const auto number = nextNumber(updated, NoticeDocument::Kind::RefusalNotice);
    if (!number)
        return QList<IntakeRefusal>{{Code::NumberingFailed, {}, number.error()}};
    decision.value().record.number = *number;
    updated.notices << decision.value().record;
    if (const Status moved =
            updated.transition(CaseState::Refused, actor, decision.value().record.reason, m_clock);
        !moved)
        return QList<IntakeRefusal>{{Code::WrongState, {}, moved.error()}};
    kase = updated;
    return decision;
}

Status IntakeDesk::addStep(IntakeCase &kase, const QString &step, const TimeLimit &limit,
                           DeadlineTrack::Basis basis, const QDate &start) {
    if (step.trimmed().isEmpty() || step == IntakeCase::overallStepName())
        return Status::failure(QStringLiteral("case %1: a step needs its own name").arg(kase.id));
    DeadlineTrack track;
    track.step = step;
    track.basis = basis;
    track.limit = limit;
    track.start = start;
    if (const auto due = LegalClock::due(track, m_calendar, m_clock.today()); !due)
        return Status::failure(
            QStringLiteral("case %1, step %2: %3").arg(kase.id, step, due.error()));
    kase.deadlines << track;
    return {};
}

} // namespace ow
