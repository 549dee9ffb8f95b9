#include "commitmentservice.h"

#include "commitmentledger.h"
#include "workstationcontext.h"

#include <QHash>
#include <QSet>

namespace ow {

CommitmentService::CommitmentService(WorkstationContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context) {}

void CommitmentService::setDueSoonDays(int days) {
    m_dueSoonDays = qBound(0, days, 60);
}

QString CommitmentService::actor() const {
    const auto &user = m_context.auth().currentUser();
    return user ? user->name : QString();
}

bool CommitmentService::mayChange() const {
    const auto &user = m_context.auth().currentUser();
    return user && (user->hasRole(Role::Clerk) || user->hasRole(Role::Helpdesk) ||
                    user->hasRole(Role::Admin));
}

Status CommitmentService::checkMayChange() const {
    if (actor().isEmpty())
        return Status::failure(tr("Sign in first: every change names the clerk who made it."));
    if (!mayChange())
        return Status::failure(tr("Your role may read the ledger but not change it."));
    return {};
}

Result<QList<LedgerEntry>> CommitmentService::openEntries(const QString &applicantKey) {
    using R = Result<QList<LedgerEntry>>;
    const auto open = m_context.cases().openCommitments(applicantKey.trimmed().toUpper());
    if (!open)
        return R::failure(tr("The open commitments could not be read: %1").arg(open.error()));
    const Clock &clock = m_context.clock();
    const WorkCalendar &calendar = m_context.calendar();
    // The core decides what is due soon and overdue; the screen only labels it.
    QSet<QString> dueSoon, overdue;
    if (const auto soon = CommitmentLedger::dueSoon(open.value(), clock, calendar, m_dueSoonDays))
        for (const Commitment &c : soon.value())
            dueSoon.insert(c.id);
    for (const Commitment &c : CommitmentLedger::overdue(open.value(), clock))
        overdue.insert(c.id);

    const auto catalog = m_context.catalog();
    QHash<QString, IntakeCase> cases; // each case read once
    QList<LedgerEntry> entries;
    for (const Commitment &c : open.value()) {
        if (!cases.contains(c.caseId)) {
            auto kase = m_context.cases().loadCase(c.caseId);
            if (!kase)
                return R::failure(tr("Case %1 could not be read: %2").arg(c.caseId, kase.error()));
            cases.insert(c.caseId, kase.value());
        }
        const IntakeCase &kase = cases[c.caseId];
        LedgerEntry entry;
        entry.commitment = c;
        entry.caseNumber = kase.number.isEmpty() ? kase.id : kase.number;
        entry.itemName = kase.itemName;
        if (const Item *item = catalog ? catalog.value()->item(kase.itemId) : nullptr)
            entry.overdueRefuses = item->overdueRefuses();
        entry.applicantName = kase.applicant.name;
        entry.applicantDisplay = kase.applicant.displayId();
        entry.caseState = kase.state();
        entry.due = overdue.contains(c.id)   ? LedgerEntry::Due::Overdue
                    : dueSoon.contains(c.id) ? LedgerEntry::Due::DueSoon
                                             : LedgerEntry::Due::InTime;
        if (const auto left = calendar.workingDaysBetween(clock.today(), c.promisedDate))
            entry.workingDaysLeft = left.value();
        entries << entry;
    }
    return entries;
}

Status CommitmentService::supply(const QString &caseId, const QString &commitmentId,
                                 const QString &what, bool complete) {
    if (const Status may = checkMayChange(); !may)
        return may;
    if (what.trimmed().isEmpty())
        return Status::failure(tr("Say what the applicant brought."));
    auto kase = m_context.cases().loadCase(caseId);
    if (!kase)
        return Status::failure(tr("Case %1 could not be read: %2").arg(caseId, kase.error()));
    for (Commitment &c : kase.value().commitments) {
        if (c.id != commitmentId)
            continue;
        if (const Status supplied =
                CommitmentLedger::supply(c, what.trimmed(), complete, actor(), m_context.clock());
            !supplied)
            return supplied;
        if (const Status saved = m_context.cases().saveCase(kase.value()); !saved)
            return Status::failure(tr("The supply could not be saved: %1").arg(saved.error()));
        emit caseUpdated(caseId);
        return {};
    }
    return Status::failure(tr("Case %1 has no commitment %2.").arg(caseId, commitmentId));
}

Result<CaseState> CommitmentService::processOverdue(const QString &caseId,
                                                    const QString &commitmentId) {
    using R = Result<CaseState>;
    if (const Status may = checkMayChange(); !may)
        return R::failure(may.error());
    auto kase = m_context.cases().loadCase(caseId);
    if (!kase)
        return R::failure(tr("Case %1 could not be read: %2").arg(caseId, kase.error()));
    const auto item = m_context.item(kase->itemId);
    if (!item)
        return R::failure(
            tr("The item of case %1 could not be read: %2").arg(caseId, item.error()));
    for (Commitment &c : kase.value().commitments) {
        if (c.id != commitmentId)
            continue;
        const auto outcome = CommitmentLedger::applyOverdueRule(c, kase.value(), item.value(),
                                                                actor(), m_context.clock());
        if (!outcome)
            return R::failure(outcome.error());
        // The closed case and the credit mark it earns are stored together or not at all.
        if (const Status saved = m_context.cases().recordBreach(kase.value(), outcome->mark);
            !saved)
            return R::failure(
                tr("The case could not be saved, so nothing changed: %1").arg(saved.error()));
        emit caseUpdated(caseId);
        return outcome->caseState;
    }
    return R::failure(tr("Case %1 has no commitment %2.").arg(caseId, commitmentId));
}

Result<CreditStatus> CommitmentService::creditStatus(const QString &applicantKey) {
    const QString key = applicantKey.trimmed().toUpper();
    if (key.isEmpty())
        return CreditStatus{};
    const auto stored = m_context.cases().findApplicant(key);
    if (!stored)
        return Result<CreditStatus>::failure(
            tr("The credit standing could not be read: %1").arg(stored.error()));
    return stored.value() ? stored.value()->credit : CreditStatus{};
}

} // namespace ow
