#include "intakemessages.h"

#include "casestatetext.h"

#include <QStringList>

namespace ow {

namespace {

QString dateText(const QDate &date) {
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

const ChecklistEntry *entryOf(const IntakeMessages::Context &context, const QString &material) {
    return context.kase ? context.kase->checklist.entry(material) : nullptr;
}

} // namespace

QString IntakeMessages::refusal(const IntakeRefusal &r, const Context &context) {
    using Code = IntakeRefusal::Code;
    const ChecklistEntry *entry = entryOf(context, r.material);
    const QString promised = entry ? dateText(entry->promisedDate) : QString();
    switch (r.code) {
    case Code::WrongState:
        if (context.kase)
            return tr("The case is %1: this decision is taken only while the case is being "
                      "received or corrected.")
                .arg(CaseStateText::label(context.kase->state()));
        return tr("This decision is taken only while the case is being received or corrected.");
    case Code::RequiredMaterialMissing:
        return tr("Required material “%1” is missing.").arg(r.material);
    case Code::RequiredMaterialDefective:
        return tr("Required material “%1” does not meet the standard: %2")
            .arg(r.material, entry ? entry->reason : QString());
    case Code::RequiredMaterialDeferred:
        return tr("“%1” is deferred: use deferred acceptance (F6).").arg(r.material);
    case Code::DeferralNotAllowed:
        return tr("This item does not allow deferred acceptance.");
    case Code::NonDeferrableMissing:
        if (entry && entry->state == MaterialState::Defective)
            return tr("“%1” may not be deferred and does not meet the standard: %2")
                .arg(r.material, entry->reason);
        return tr("“%1” may not be deferred: the applicant must present it now.").arg(r.material);
    case Code::DeferrableNotPromised:
        return tr("“%1” may be deferred, but no promised date is recorded.").arg(r.material);
    case Code::ApplicantBlacklisted: {
        const QString reason = context.kase ? context.kase->applicant.credit.reason : QString();
        return reason.isEmpty()
                   ? tr("The applicant is on the dishonesty list: deferred acceptance is not "
                        "allowed.")
                   : tr("The applicant is on the dishonesty list (%1): deferred acceptance is "
                        "not allowed.")
                         .arg(reason);
    }
    case Code::PromisedDateTooLate:
        return tr("The promised date %1 for “%2” is later than the latest date allowed, %3 (%n "
                  "working day(s)).",
                  nullptr, context.deferralLimitDays)
            .arg(promised, r.material, dateText(context.latestPromise));
    case Code::PromisedDateInPast:
        return tr("The promised date %1 for “%2” lies in the past.").arg(promised, r.material);
    case Code::NothingDeferred:
        return tr("Nothing is deferred: accept the case normally (F5).");
    case Code::NothingToCorrect:
        return tr("No material is missing or defective: there is nothing to correct.");
    case Code::JustificationRequired:
        return tr("The first notice did not list %1: a further correction notice needs a "
                  "justification (one-time notice rule).")
            .arg(r.material);
    case Code::ReasonRequired:
        return tr("A refusal needs a reason.");
    case Code::CalendarError:
    case Code::UnknownItem:
    case Code::NumberingFailed:
        // These carry the storage's or calendar's own (translatable) message.
        return r.message;
    }
    return r.message;
}

QString IntakeMessages::refusals(const QList<IntakeRefusal> &list, const Context &context) {
    QStringList lines;
    for (const IntakeRefusal &r : list)
        lines << refusal(r, context);
    return lines.join(QLatin1Char('\n'));
}

QString IntakeMessages::blocker(const ChecklistBlocker &b, const IntakeCase *kase) {
    const ChecklistEntry *entry = kase ? kase->checklist.entry(b.material) : nullptr;
    switch (b.state) {
    case MaterialState::Deferred:
        return tr("deferred, promised by %1 (needs deferred acceptance)")
            .arg(entry ? dateText(entry->promisedDate) : QString());
    case MaterialState::Defective:
        return tr("does not meet the standard: %1").arg(entry ? entry->reason : QString());
    case MaterialState::Missing:
        if (entry && !entry->deferrable())
            return tr("missing (required, may not be deferred)");
        return tr("missing (may be deferred with a promised date)");
    default:
        return b.why;
    }
}

} // namespace ow
