#include "commitmentledger.h"

#include <QCoreApplication>

#include <algorithm>

namespace ow {

namespace {

void sortByDate(QList<Commitment> &list) {
    std::stable_sort(list.begin(), list.end(), [](const Commitment &a, const Commitment &b) {
        return a.promisedDate < b.promisedDate;
    });
}

} // namespace

Status CommitmentLedger::supply(Commitment &commitment, const QString &what, bool complete,
                                const QString &actor, const Clock &clock) {
    if (commitment.state != Commitment::State::Open)
        return Status::failure(
            QCoreApplication::translate("ow::CommitmentLedger",
                                        "commitment %1 (%2) is %3, not open")
                .arg(commitment.id, commitment.material, Commitment::stateName(commitment.state)));
    if (what.trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate("ow::CommitmentLedger",
                                        "commitment %1 (%2): say what was supplied")
                .arg(commitment.id, commitment.material));
    commitment.supplies << Commitment::Supply{clock.now(), what.trimmed(), actor, complete};
    if (complete) {
        commitment.state = Commitment::State::Supplied;
        commitment.suppliedOn = clock.today();
    }
    return {};
}

Result<QList<Commitment>> CommitmentLedger::dueSoon(const QList<Commitment> &commitments,
                                                    const Clock &clock,
                                                    const WorkCalendar &calendar,
                                                    int withinWorkingDays) {
    const QDate today = clock.today();
    const auto horizon = calendar.addWorkingDays(today, qMax(0, withinWorkingDays));
    if (!horizon)
        return Result<QList<Commitment>>::failure(horizon.error());
    QList<Commitment> list;
    for (const Commitment &c : commitments)
        if (c.state == Commitment::State::Open && c.promisedDate >= today &&
            c.promisedDate <= *horizon)
            list << c;
    sortByDate(list);
    return list;
}

QList<Commitment> CommitmentLedger::overdue(const QList<Commitment> &commitments,
                                            const Clock &clock) {
    const QDate today = clock.today();
    QList<Commitment> list;
    for (const Commitment &c : commitments)
        if (c.state == Commitment::State::Open && c.promisedDate < today)
            list << c;
    sortByDate(list);
    return list;
}

Result<OverdueOutcome> CommitmentLedger::applyOverdueRule(Commitment &commitment, IntakeCase &kase,
                                                          const Item &item, const QString &actor,
                                                          const Clock &clock) {
    const QDate today = clock.today();
    if (commitment.state != Commitment::State::Open)
        return Result<OverdueOutcome>::failure(
            QCoreApplication::translate("ow::CommitmentLedger",
                                        "commitment %1 (%2) is %3, not open")
                .arg(commitment.id, commitment.material, Commitment::stateName(commitment.state)));
    if (!(commitment.promisedDate < today))
        return Result<OverdueOutcome>::failure(
            QCoreApplication::translate("ow::CommitmentLedger",
                                        "commitment %1 (%2) is due on %3 and not overdue on %4")
                .arg(commitment.id, commitment.material,
                     commitment.promisedDate.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    if (commitment.caseId != kase.id)
        return Result<OverdueOutcome>::failure(
            QCoreApplication::translate("ow::CommitmentLedger",
                                        "commitment %1 belongs to case %2, not %3")
                .arg(commitment.id, commitment.caseId, kase.id));

    CaseState target = CaseState::Terminated;
    if (item.overdueRefuses())
        target = kase.state() == CaseState::UnderReview ? CaseState::Denied : CaseState::Refused;
    const QString reason =
        QStringLiteral("容缺材料“%1”未按承诺于%2前补交")
            .arg(commitment.material,
                 commitment.promisedDate.toString(QStringLiteral("yyyy年M月d日")));
    // Refused and Denied are not reachable from every state (a case under review cannot be
    // "not accepted"); the table decides and the message says why.
    if (const Status moved = kase.transition(target, actor, reason, clock); !moved)
        return Result<OverdueOutcome>::failure(moved.error());

    commitment.state = Commitment::State::Breached;
    commitment.breachedOn = today;
    kase.applicant.credit.blacklisted = true;
    kase.applicant.credit.reason = QStringLiteral("容缺受理承诺未履行（办件%1）").arg(kase.id);
    OverdueOutcome outcome;
    outcome.caseState = target;
    outcome.mark = CreditMark{commitment.applicantKey, kase.id, commitment.id,
                              commitment.material,     today,   reason};
    for (Commitment &c : kase.commitments)
        if (c.id == commitment.id)
            c = commitment;
    return outcome;
}

} // namespace ow
