#pragma once

#include "catalog.h"
#include "clock.h"
#include "documentnumber.h"
#include "intakecase.h"
#include "intakerules.h"
#include "workcalendar.h"

#include <QString>

namespace ow {

// Applies the intake decisions to a case: checks the rule (IntakeRules), then moves the state,
// draws the document number, records notices, commitments, violations and starts the clock.
// The one path the UI, the CLI and tests take, so they cannot disagree.
class IntakeDesk {
public:
    IntakeDesk(const Catalog &catalog, const WorkCalendar &calendar, const Clock &clock,
               DocumentSerialCounter &counter);

    // Accepted: number (受), acceptedOn, legal and committed overall tracks. On a "pause" item
    // after a correction the clock starts on the receipt day with the correction paused;
    // on a "restart" item it starts today (the file became complete today).
    Decision<AcceptanceDecision> accept(IntakeCase &kase, const QString &actor);
    // DeferredAccepted: as accept, plus the commitments (ids: case id + "-C" + n) and the
    // number (容) shared by the commitment and the notice.
    Decision<DeferredDecision> acceptDeferred(IntakeCase &kase, const QString &actor);
    // CorrectionRequested: records the notice (补) and any violation.
    Decision<CorrectionDecision> requestCorrection(IntakeCase &kase, const QString &justification,
                                                   const QString &actor);
    // Refused: records the notice (不受).
    Decision<RefusalDecision> refuse(IntakeCase &kase, const QString &reason,
                                     const QString &competentOrgan, const QString &actor);

    // Adds a per-step track (e.g. 窗口受理 1 工作日, 后台审查 5 工作日) starting on `start`.
    Status addStep(IntakeCase &kase, const QString &step, const TimeLimit &limit,
                   DeadlineTrack::Basis basis, const QDate &start);

    // A new document number for the case's agency.
    Result<QString> nextNumber(const IntakeCase &kase, NoticeDocument::Kind kind);

private:
    Status startClock(IntakeCase &kase, const Item &item);
    const Item *itemOf(const IntakeCase &kase, QList<IntakeRefusal> &refusals) const;

    const Catalog &m_catalog;
    const WorkCalendar &m_calendar;
    const Clock &m_clock;
    DocumentSerialCounter &m_counter;
};

} // namespace ow
