#include "caserepository.h"

#include "casereader.h"
#include "casewriter.h"
#include "database.h"
#include "intakejson.h"
#include "syncoutbox.h"
#include "visitjson.h"

#include <QJsonDocument>
#include <QVariant>

namespace ow {

namespace {

QString sql(const char *text) {
    return QString::fromUtf8(text);
}

// The columns summarize() reads, in its order.
const char *const kSummaryColumns =
    "c.id, c.visit_id, c.case_number, c.item_id, c.item_name, c.state, c.received_at, "
    "c.accepted_on, (SELECT COUNT(*) FROM commitments m WHERE m.case_id = c.id AND "
    "m.state = 'open'), (SELECT COUNT(*) FROM violations v WHERE v.case_id = c.id)";

CaseSummary summarize(const QSqlQuery &q) {
    CaseSummary s;
    s.caseId = q.value(0).toString();
    s.visitId = q.value(1).toString();
    s.number = q.value(2).toString();
    s.itemId = q.value(3).toString();
    s.itemName = q.value(4).toString();
    s.state = CaseTransitions::fromName(q.value(5).toString()).value_or(CaseState::Received);
    s.receivedAt = IntakeJson::dateTimeFrom(q.value(6).toString());
    s.acceptedOn = IntakeJson::dateFrom(q.value(7).toString());
    s.openCommitments = q.value(8).toInt();
    s.violations = q.value(9).toInt();
    return s;
}

} // namespace

CaseRepository::CaseRepository(Database &db)
    : m_db(db)
    , m_writer(std::make_unique<CaseWriter>(db))
    , m_reader(std::make_unique<CaseReader>(db)) {}

CaseRepository::~CaseRepository() = default;

Result<QString> CaseRepository::newVisitId(const QDate &day) {
    const QString prefix = QStringLiteral("V%1-").arg(day.toString(QStringLiteral("yyyyMMdd")));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT MAX(id) FROM visits WHERE id LIKE ?"));
    q.addBindValue(prefix + QLatin1Char('%'));
    if (!q.exec())
        return Result<QString>::failure(Database::errorOf(q, QStringLiteral("new visit id")));
    int last = 0;
    if (q.next() && !q.value(0).isNull())
        last = q.value(0).toString().mid(prefix.size()).toInt();
    return prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

// Every write of a visit records the whole visit in the sync outbox in the same transaction
// (docs/sync.md): the change and its entry commit together or not at all.
Status CaseRepository::writeVisit(const Visit &visit) {
    if (Status st = m_writer->visit(visit); !st)
        return st;
    auto queued =
        SyncOutbox::enqueue(m_db, QStringLiteral("visit"), visit.id, VisitJson::visit(visit));
    return queued ? Status() : Status::failure(queued.error());
}

Status CaseRepository::writeCase(const IntakeCase &kase) {
    if (kase.visitId.isEmpty())
        return Status::failure(
            QStringLiteral("save case %1: it belongs to no visit (save the visit first)")
                .arg(kase.id));
    if (Status st = m_writer->applicant(kase.applicant); !st)
        return st;
    if (Status st = m_writer->wholeCase(kase, kase.visitId, -1); !st)
        return st;
    // The sync unit is the visit: queue it whole, as stored now with this case.
    auto visit = m_reader->visit(kase.visitId);
    if (!visit)
        return Status::failure(visit.error());
    auto queued = SyncOutbox::enqueue(m_db, QStringLiteral("visit"), kase.visitId,
                                      VisitJson::visit(visit.value()));
    return queued ? Status() : Status::failure(queued.error());
}

Status CaseRepository::saveVisit(const Visit &visit) {
    return m_db.transaction([&] { return writeVisit(visit); });
}

Status CaseRepository::saveCase(const IntakeCase &kase) {
    return m_db.transaction([&] { return writeCase(kase); });
}

Result<Visit> CaseRepository::loadVisit(const QString &visitId) {
    return m_reader->visit(visitId);
}

Result<IntakeCase> CaseRepository::loadCase(const QString &caseId) {
    return m_reader->wholeCase(caseId);
}

Result<std::optional<Applicant>> CaseRepository::findApplicant(const QString &applicantKey) {
    using R = Result<std::optional<Applicant>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT details, blacklisted, credit_reason FROM applicants WHERE "
                             "applicant_key = ?"));
    q.addBindValue(applicantKey);
    if (!q.exec())
        return R::failure(Database::errorOf(q, QStringLiteral("find applicant")));
    if (!q.next())
        return R(std::nullopt);
    Applicant a =
        IntakeJson::applicantFrom(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    a.credit = CreditStatus{q.value(1).toInt() != 0, q.value(2).toString()};
    return R(std::optional<Applicant>(a));
}

Result<QList<CaseSummary>> CaseRepository::casesOf(const QString &applicantKey) {
    using R = Result<QList<CaseSummary>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM cases c WHERE c.applicant_key = ? "
                             "ORDER BY c.received_at DESC, c.id DESC")
                  .arg(QLatin1String(kSummaryColumns)));
    q.addBindValue(applicantKey);
    if (!q.exec())
        return R::failure(Database::errorOf(q, QStringLiteral("earlier cases")));
    QList<CaseSummary> list;
    while (q.next())
        list << summarize(q);
    return list;
}

Result<QList<VisitSummary>> CaseRepository::visitsOf(const QString &applicantKey) {
    using R = Result<QList<VisitSummary>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, ticket, applicant, opened_at, closed_at FROM visits "
                             "WHERE applicant_key = ? ORDER BY opened_at DESC, id DESC"));
    q.addBindValue(applicantKey);
    if (!q.exec())
        return R::failure(Database::errorOf(q, QStringLiteral("earlier visits")));
    QList<VisitSummary> visits;
    while (q.next()) {
        VisitSummary v;
        v.visitId = q.value(0).toString();
        v.ticket = q.value(1).toString();
        v.applicantName = IntakeJson::applicantFrom(
                              QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object())
                              .name;
        v.openedAt = IntakeJson::dateTimeFrom(q.value(3).toString());
        v.closedAt = IntakeJson::dateTimeFrom(q.value(4).toString());
        visits << v;
    }
    QSqlQuery c(m_db.connection());
    c.prepare(QStringLiteral("SELECT %1 FROM cases c WHERE c.visit_id = ? ORDER BY c.position")
                  .arg(QLatin1String(kSummaryColumns)));
    for (VisitSummary &v : visits) {
        c.addBindValue(v.visitId);
        if (!c.exec())
            return R::failure(Database::errorOf(c, QStringLiteral("cases of %1").arg(v.visitId)));
        while (c.next())
            v.cases << summarize(c);
    }
    return visits;
}

Result<QList<Commitment>> CaseRepository::openCommitments(const QString &applicantKey) {
    using R = Result<QList<Commitment>>;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT DISTINCT case_id FROM commitments WHERE state = 'open'%1")
            .arg(applicantKey.isEmpty() ? QString() : QStringLiteral(" AND applicant_key = ?")));
    if (!applicantKey.isEmpty())
        q.addBindValue(applicantKey);
    if (!q.exec())
        return R::failure(Database::errorOf(q, QStringLiteral("open commitments")));
    QStringList caseIds;
    while (q.next())
        caseIds << q.value(0).toString();
    // Read through the case so supplies come along, exactly as saved.
    QList<Commitment> open;
    for (const QString &id : caseIds) {
        auto kase = m_reader->wholeCase(id);
        if (!kase)
            return R::failure(kase.error());
        for (const Commitment &c : kase->commitments)
            if (c.state == Commitment::State::Open &&
                (applicantKey.isEmpty() || c.applicantKey == applicantKey))
                open << c;
    }
    std::stable_sort(open.begin(), open.end(), [](const Commitment &a, const Commitment &b) {
        return a.promisedDate < b.promisedDate;
    });
    return open;
}

Result<QList<CaseViolation>> CaseRepository::casesWithViolations() {
    using R = Result<QList<CaseViolation>>;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT case_id FROM violations")))
        return R::failure(Database::errorOf(q, QStringLiteral("cases with violations")));
    QStringList caseIds;
    while (q.next())
        caseIds << q.value(0).toString();
    QList<CaseViolation> list;
    for (const QString &id : caseIds) {
        auto kase = m_reader->wholeCase(id);
        if (!kase)
            return R::failure(kase.error());
        for (const Violation &v : kase->violations)
            list << CaseViolation{kase->id,
                                  kase->visitId,
                                  kase->itemId,
                                  kase->itemName,
                                  kase->applicant.name,
                                  kase->officer,
                                  v};
    }
    std::stable_sort(list.begin(), list.end(), [](const CaseViolation &a, const CaseViolation &b) {
        return a.violation.at > b.violation.at;
    });
    return list;
}

Status CaseRepository::markCredit(const CreditMark &mark) {
    return m_db.transaction([&]() -> Status { return writeCreditMark(mark); });
}

Status CaseRepository::recordBreach(const IntakeCase &kase, const CreditMark &mark) {
    return m_db.transaction([&]() -> Status {
        if (Status st = writeCase(kase); !st)
            return st;
        return writeCreditMark(mark);
    });
}

Status CaseRepository::writeCreditMark(const CreditMark &mark) {
    if (mark.applicantKey.trimmed().isEmpty())
        return Status::failure(QStringLiteral("credit mark: no applicant key"));
    if (mark.reason.trimmed().isEmpty())
        return Status::failure(QStringLiteral("credit mark: the reason must not be empty"));
    {
        QSqlQuery q(m_db.connection());
        q.prepare(sql("INSERT INTO credit_marks (applicant_key, case_id, commitment_id, "
                      "material, mark_date, reason) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             QVariantList{mark.applicantKey, mark.caseId, mark.commitmentId, mark.material,
                          IntakeJson::dateText(mark.date), mark.reason})
            q.addBindValue(v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
        if (!q.exec())
            return Status::failure(Database::errorOf(q, QStringLiteral("record credit mark")));
        // An applicant never seen here (marked from elsewhere) gets a minimal row.
        q.prepare(sql("INSERT INTO applicants (applicant_key, kind, name, details, "
                      "blacklisted, credit_reason, updated_at) VALUES (?, '', '', '{}', 1, ?, ?) "
                      "ON CONFLICT (applicant_key) DO UPDATE SET blacklisted = 1, "
                      "credit_reason = excluded.credit_reason, updated_at = excluded.updated_at"));
        q.addBindValue(mark.applicantKey);
        q.addBindValue(mark.reason);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!q.exec())
            return Status::failure(Database::errorOf(q, QStringLiteral("blacklist applicant")));
    }
    return {};
}

Result<QList<CreditMark>> CaseRepository::creditMarks(const QString &applicantKey) {
    using R = Result<QList<CreditMark>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT applicant_key, case_id, commitment_id, material, mark_date, "
                             "reason FROM credit_marks WHERE applicant_key = ? ORDER BY id"));
    q.addBindValue(applicantKey);
    if (!q.exec())
        return R::failure(Database::errorOf(q, QStringLiteral("credit marks")));
    QList<CreditMark> marks;
    while (q.next())
        marks << CreditMark{q.value(0).toString(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            IntakeJson::dateFrom(q.value(4).toString()),
                            q.value(5).toString()};
    return marks;
}

} // namespace ow
