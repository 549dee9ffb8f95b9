#pragma once

#include "casedocuments.h"
#include "caserepository.h"
#include "checklist.h"
#include "commitmentservice.h"
#include "intakedecision.h"
#include "intakedesk.h"
#include "intakemessages.h"
#include "legalclock.h"
#include "result.h"
#include "visit.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ow {

class WorkstationContext;

// What the clerk says about one material of the checklist.
struct MaterialMark {
    MaterialState state = MaterialState::Missing;
    bool original = true; // Received
    int count = 0;        // Received: 0 = the count the standard asks for
    QString source;       // FromELicence; empty = the e-licence library
    QDate promisedDate;   // Deferred
    QString reason;       // Defective / NotApplicable
};

// The outcome of a decision as the screen shows it: done, or every reason it was refused.
struct DecisionOutcome {
    bool ok = false;
    QList<IntakeRefusal> refusals;
    QString message; // every reason, one per line (or the storage error)
    bool refusedFor(IntakeRefusal::Code code) const;
};

// The window's intake of one visit (一窗办多事): the applicant, the cases opened for the items
// the clerk adds, each case's checklist and decision, the deadlines and the printed documents.
// Decisions go through IntakeDesk (the one path the CLI takes as well) and the visit is saved
// through CaseRepository after every decision, so the screen never writes SQL.
class IntakeSession : public QObject {
    Q_OBJECT
public:
    explicit IntakeSession(WorkstationContext &context, QObject *parent = nullptr);
    ~IntakeSession() override;

    QDate today() const;
    // The workstation's services (for screens opened from the intake, e.g. material scanning).
    WorkstationContext &context() const { return m_context; }
    // The signed-in user's login name (the actor of every event); empty when nobody is.
    QString actor() const;

    // Opens a visit for the applicant after checking it (messages in the clerk's language;
    // empty list = started). The stored credit status of a known applicant is applied.
    QStringList startVisit(const Applicant &applicant, const QString &ticket = QString());
    void closeVisit();
    bool hasVisit() const { return m_visit.has_value(); }
    const Visit *visit() const { return m_visit ? &*m_visit : nullptr; }
    // Earlier visits of the applicant with this key (ID number or credit code), newest first.
    Result<QList<VisitSummary>> earlierVisits(const QString &applicantKey);
    // The stored credit standing of the applicant with this key, looked up as it is typed.
    Result<CreditStatus> creditStatus(const QString &applicantKey);
    // The visit's applicant may not use deferred acceptance (blacklisted).
    bool deferralBarred() const { return m_visit && m_visit->applicant.credit.blacklisted; }
    // The open commitments of the visit's applicant, from any earlier case: the supply can be
    // taken at any later visit.
    Result<QList<LedgerEntry>> openCommitmentsOfApplicant();
    // The ledger's actions (supply, overdue rule); a case of this visit they change is reloaded.
    CommitmentService &commitments() { return *m_commitments; }
    // Reads a case of the current visit again after another screen saved it.
    void reloadCase(const QString &caseId);

    // Opens a case for the catalog item on the current visit and saves the visit.
    Result<QString> addItem(const QString &itemId);
    const IntakeCase *caseById(const QString &caseId) const;
    const Item *itemOf(const QString &caseId) const;

    // Sets a material's state on a case still being received (the checklist's editing path).
    Status markMaterial(const QString &caseId, const QString &material, const MaterialMark &mark);
    // The latest promised date deferred acceptance allows today, for the case's item.
    Result<QDate> latestPromiseDate(const QString &caseId) const;
    // Required deferrable materials not satisfied: the ones deferred acceptance must promise.
    QStringList materialsToPromise(const QString &caseId) const;

    DecisionOutcome accept(const QString &caseId);
    // Marks each material of `promises` deferred with its date, then decides.
    DecisionOutcome acceptDeferred(const QString &caseId, const QMap<QString, QDate> &promises);
    // A later notice listing new materials is refused without a justification
    // (IntakeRefusal::Code::JustificationRequired); ask the clerk and call again.
    DecisionOutcome requestCorrection(const QString &caseId, const QString &justification = {});
    DecisionOutcome refuse(const QString &caseId, const QString &reason,
                           const QString &competentOrgan);

    // The overall track of the case read today; nullopt before acceptance.
    std::optional<DeadlineReading> deadline(const QString &caseId,
                                            DeadlineTrack::Basis basis) const;
    // The worse of the legal and committed readings; nullopt before acceptance.
    std::optional<ClockStatus> deadlineStatus(const QString &caseId) const;

    // The documents a case in this state prints, in the order the clerk hands them out.
    static QList<NoticeDocument::Kind> documentKinds(CaseState state);
    // The document, built once per case state and reused (a rebuild would draw a new serial).
    Result<NoticeDocument> document(const QString &caseId, NoticeDocument::Kind kind);

signals:
    void visitChanged();
    void caseAdded(const QString &caseId);
    void caseChanged(const QString &caseId);
    // A commitment of the applicant was supplied or processed (possibly on an earlier case).
    void commitmentsChanged();

private:
    template <typename D, typename F> DecisionOutcome decide(const QString &caseId, F &&apply);
    IntakeCase *findCase(const QString &caseId);
    IntakeMessages::Context messageContext(const IntakeCase &kase) const;
    Status ensureDesk();

    WorkstationContext &m_context;
    std::optional<Visit> m_visit;
    const Catalog *m_catalog = nullptr;
    std::unique_ptr<IntakeDesk> m_desk;
    CaseDocuments m_documents;
    CommitmentService *m_commitments;
};

} // namespace ow
