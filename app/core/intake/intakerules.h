#pragma once

#include "catalog.h"
#include "checklist.h"
#include "commitment.h"
#include "intakecase.h"
#include "intakedecision.h"
#include "noticerecord.h"
#include "workcalendar.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

// Plain acceptance: the acceptance date that starts the clock.
struct AcceptanceDecision {
    QDate acceptedOn;
};

// Deferred acceptance (容缺受理): one commitment per deferred material, and the latest date
// a promise could have named (for the documents and messages).
struct DeferredDecision {
    QDate acceptedOn;
    QDate latestPromiseAllowed;
    QList<Commitment> commitments; // ids empty; IntakeDesk numbers them
};

// A correction (补正) notice: what it asks for, and whether it breaks the one-time rule.
struct CorrectionDecision {
    QList<ChecklistEntry> materials;    // every missing or defective material, with its standard
    NoticeRecord record;                // kind CorrectionNotice, number empty
    bool clockPauses = false;           // the item's correction_clock is "pause"
    std::optional<Violation> violation; // a later notice that lists new materials
};

struct RefusalDecision {
    NoticeRecord record; // kind RefusalNotice, number empty
};

// The intake rules (docs/intake.md "Rules"), as pure functions of the case, the item, the
// calendar and the day. Each returns the decision or every reason it is refused.
class IntakeRules {
public:
    // Every required material Received or FromELicence; optional ones may be missing.
    static Decision<AcceptanceDecision> accept(const IntakeCase &kase, const Item &item,
                                               const QDate &today);

    // The item allows deferral; every required non-deferrable material present; every
    // unsatisfied required material deferrable and Deferred with a promised date; the applicant
    // not blacklisted; each date not in the past and not after today + the item's deferral
    // limit in working days (and never past the committed deadline).
    static Decision<DeferredDecision> deferredAccept(const IntakeCase &kase, const Item &item,
                                                     const WorkCalendar &calendar,
                                                     const QDateTime &now);

    // The latest promised date the item allows when accepting on `today`.
    static Result<QDate> latestPromiseDate(const Item &item, const WorkCalendar &calendar,
                                           const QDate &today);

    // Lists every Missing or Defective material. A later notice on the same case listing a
    // material the first did not is refused without a justification; with one it carries a
    // Violation.
    static Decision<CorrectionDecision> correction(const IntakeCase &kase, const Item &item,
                                                   const QString &justification,
                                                   const QString &actor, const QDateTime &now);

    // Refusal needs a reason; the competent organ is optional.
    static Decision<RefusalDecision> refuse(const IntakeCase &kase, const QString &reason,
                                            const QString &competentOrgan, const QString &actor,
                                            const QDateTime &now);
};

} // namespace ow
