#pragma once

#include "applicant.h"
#include "casestate.h"
#include "commitment.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace ow {

class WorkstationContext;

// One open commitment with what the ledger screen shows about its case and applicant.
struct LedgerEntry {
    enum class Due {
        InTime,  // further off than the due-soon horizon
        DueSoon, // due today or within the horizon (CommitmentLedger::dueSoon)
        Overdue, // the promised date has passed (CommitmentLedger::overdue)
    };
    Commitment commitment;
    QString caseNumber; // 办件编号 (the case id while there is none)
    QString itemName;
    bool overdueRefuses = false; // the item's overdue rule: refuse (else terminate)
    QString applicantName;
    QString applicantDisplay; // masked ID number or the credit code
    CaseState caseState = CaseState::DeferredAccepted;
    Due due = Due::InTime;
    // Working days from today to the promised date; negative when overdue. nullopt when the
    // dates fall outside the calendar.
    std::optional<int> workingDaysLeft;
};

// The commitment ledger (容缺承诺台账) over storage: lists the open commitments of every case,
// records a later supply and applies the overdue rule, always through the core's
// CommitmentLedger and CaseRepository. Messages are in the clerk's language.
class CommitmentService : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultDueSoonDays = 3;

    explicit CommitmentService(WorkstationContext &context, QObject *parent = nullptr);

    // The due-soon horizon in working days (from the settings; default 3).
    int dueSoonDays() const { return m_dueSoonDays; }
    void setDueSoonDays(int days);

    // Open commitments, by promised date; only one applicant's when the key is given.
    Result<QList<LedgerEntry>> openEntries(const QString &applicantKey = QString());
    // Whether the signed-in user may supply or process (clerk, help desk, administrator); a
    // supervisor only reads the ledger.
    bool mayChange() const;

    // Records a delivery on the commitment: complete closes it, partial keeps it open with
    // `what` noted. Saved with the case.
    Status supply(const QString &caseId, const QString &commitmentId, const QString &what,
                  bool complete);
    // Applies the item's overdue rule (terminate or refuse) to an overdue commitment, saves the
    // case and records the credit mark; returns the case's new state.
    Result<CaseState> processOverdue(const QString &caseId, const QString &commitmentId);

    // The applicant's stored credit standing (not blacklisted when never seen).
    Result<CreditStatus> creditStatus(const QString &applicantKey);

signals:
    // A case was changed and saved (a supply or the overdue rule).
    void caseUpdated(const QString &caseId);

private:
    Status checkMayChange() const;
    QString actor() const;

    WorkstationContext &m_context;
    int m_dueSoonDays = kDefaultDueSoonDays;
};

} // namespace ow
