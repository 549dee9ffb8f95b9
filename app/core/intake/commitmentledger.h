#pragma once

#include "catalog.h"
#include "clock.h"
#include "commitment.h"
#include "intakecase.h"
#include "result.h"
#include "workcalendar.h"

#include <QList>
#include <QString>

namespace ow {

// What applying the overdue rule did.
struct OverdueOutcome {
    CaseState caseState = CaseState::Terminated; // Terminated, Refused or Denied
    CreditMark mark;
};

// The commitments of deferred acceptance over time (DESIGN §4). Pure functions over
// commitments, the injected clock and the calendar.
class CommitmentLedger {
public:
    static constexpr int kDefaultDueSoonDays = 2;

    // Records a delivery. complete = true closes the commitment (Supplied); a partial one
    // keeps it Open with what was brought. Refused for a closed commitment or empty `what`.
    static Status supply(Commitment &commitment, const QString &what, bool complete,
                         const QString &actor, const Clock &clock);

    // Open commitments whose promised date is today or within `withinWorkingDays` working days,
    // not yet overdue; sorted by promised date.
    static Result<QList<Commitment>> dueSoon(const QList<Commitment> &commitments,
                                             const Clock &clock, const WorkCalendar &calendar,
                                             int withinWorkingDays = kDefaultDueSoonDays);
    // Open commitments whose promised date has passed; sorted by promised date.
    static QList<Commitment> overdue(const QList<Commitment> &commitments, const Clock &clock);

    // Applies the item's overdue rule to an overdue commitment of `kase`: terminate the case
    // (Terminated) or refuse it (Refused while deferred-accepted, Denied once under review);
    // marks the commitment Breached, the applicant's credit (blacklisted with the reason) and
    // returns the CreditMark to record. Refused when the commitment is not overdue or not open.
    static Result<OverdueOutcome> applyOverdueRule(Commitment &commitment, IntakeCase &kase,
                                                   const Item &item, const QString &actor,
                                                   const Clock &clock);
};

} // namespace ow
