#pragma once

#include "casestate.h"
#include "commitment.h"
#include "noticerecord.h"
#include "result.h"
#include "visit.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace ow {

class CaseReader;
class CaseWriter;
class Database;

// One earlier case of an applicant, as listed by the look-up of earlier visits.
struct CaseSummary {
    QString caseId;
    QString visitId;
    QString number; // 办件编号, empty before acceptance
    QString itemId;
    QString itemName;
    CaseState state = CaseState::Received;
    QDateTime receivedAt;
    QDate acceptedOn;
    int openCommitments = 0;
    int violations = 0;
    friend bool operator==(const CaseSummary &, const CaseSummary &) = default;
};

// One earlier visit of an applicant with its cases (newest visit first in lists).
struct VisitSummary {
    QString visitId;
    QString ticket;
    QString applicantName;
    QDateTime openedAt;
    QDateTime closedAt;
    QList<CaseSummary> cases;
    friend bool operator==(const VisitSummary &, const VisitSummary &) = default;
};

// A violation with the case it belongs to, for the supervisor's list.
struct CaseViolation {
    QString caseId;
    QString visitId;
    QString itemId;
    QString itemName;
    QString applicantName;
    QString officer;
    Violation violation;
    friend bool operator==(const CaseViolation &, const CaseViolation &) = default;
};

// Persists visits, their cases and everything of a case (checklist, events, notices,
// commitments, violations, deadline tracks), applicants and credit marks. Every save is one
// transaction: a failing statement leaves the database as it was.
class CaseRepository {
public:
    explicit CaseRepository(Database &db);
    ~CaseRepository();
    CaseRepository(const CaseRepository &) = delete;
    CaseRepository &operator=(const CaseRepository &) = delete;

    // A new visit id for `day`: V + yyyyMMdd + "-" + 4-digit sequence (V20260312-0001),
    // one more than the visits already stored for that day.
    Result<QString> newVisitId(const QDate &day);

    // Inserts or updates the visit, its applicant (applicants table, by Applicant::key()) and
    // every case, all in one transaction. The stored case equals the given one afterwards:
    // rows of the case that are no longer in it (entries, notices...) are replaced.
    Status saveVisit(const Visit &visit);
    // Inserts or updates one case (its visit must be stored already), in one transaction.
    // For a later change, e.g. a supplied commitment on an earlier case.
    Status saveCase(const IntakeCase &kase);
    // As saveVisit / saveCase, but inside a transaction the caller holds (the CLI runs the
    // serial numbers and the save in one transaction). Begins none and commits nothing.
    Status writeVisit(const Visit &visit);
    Status writeCase(const IntakeCase &kase);

    Result<Visit> loadVisit(const QString &visitId);
    Result<IntakeCase> loadCase(const QString &caseId);

    // The stored applicant with this key (ID number or credit code), with its current credit
    // status (blacklisted by a CreditMark); nullopt when never seen.
    Result<std::optional<Applicant>> findApplicant(const QString &applicantKey);
    // Earlier visits and cases of the applicant, newest first.
    Result<QList<VisitSummary>> visitsOf(const QString &applicantKey);
    Result<QList<CaseSummary>> casesOf(const QString &applicantKey);

    // Open commitments across all cases (for CommitmentLedger::dueSoon / overdue), by
    // promised date; optionally only one applicant's.
    Result<QList<Commitment>> openCommitments(const QString &applicantKey = QString());
    // Every case carrying a violation, newest violation first.
    Result<QList<CaseViolation>> casesWithViolations();

    // Records the mark and blacklists the applicant (applicants row created if missing).
    Status markCredit(const CreditMark &mark);
    // An overdue commitment processed: the case (terminated or refused) and the credit mark it
    // earns, both or neither, in one transaction.
    Status recordBreach(const IntakeCase &kase, const CreditMark &mark);
    Result<QList<CreditMark>> creditMarks(const QString &applicantKey);

private:
    Status writeCreditMark(const CreditMark &mark); // inside the caller's transaction
    Database &m_db;
    // Own their prepared statements for the repository's lifetime (see SqlStatements).
    std::unique_ptr<CaseWriter> m_writer;
    std::unique_ptr<CaseReader> m_reader;
};

} // namespace ow
