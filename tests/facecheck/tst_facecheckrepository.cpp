// FaceCheckRepository on SQLite and PostgreSQL: a check and its outbox entry commit together,
// overrides need a permitted role and a reason, are audited locally and change the decision in
// force.
#include "auditlog.h"
#include "facecheckrepository.h"
#include "syncoutbox.h"
#include "tempdatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace ow;
using ow::test::TempDatabase;

namespace {

FaceCheckRecord sampleCheck() {
    FaceCheckRecord r;
    r.visitId = QStringLiteral("V20261126-0001");
    r.applicantKey = QStringLiteral("150302199003071238");
    r.applicantMasked = QStringLiteral("150302********1238");
    r.evidence = FaceEvidence{true, true, 0.46, 0.93, true, true};
    r.challenge = QStringLiteral("blink");
    r.framesUsed = 5;
    r.modelPack = QStringLiteral("faceplugin-0.0.1");
    r.decision = FaceDecision::Review;
    r.reasonCode = QStringLiteral("grey-band");
    r.operatorName = QStringLiteral("clerk1");
    r.checkedAt = QDateTime(QDate(2026, 11, 26), QTime(9, 30, 0, 125), Qt::UTC);
    r.workstation = QStringLiteral("window-3");
    return r;
}

FaceOverride sampleOverride(const QString &checkId) {
    FaceOverride o;
    o.checkId = checkId;
    o.decision = FaceDecision::Pass;
    o.by = QStringLiteral("lead");
    o.role = Role::Supervisor;
    o.reason = QStringLiteral("Compared in person with the passport");
    o.at = QDateTime(QDate(2026, 11, 26), QTime(9, 32), Qt::UTC);
    o.workstation = QStringLiteral("window-3");
    return o;
}

int rows(Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestFaceCheckRepository : public QObject {
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Database> m_db;

    bool openDb() {
        QFETCH(TempDatabase::Kind, kind);
        m_temp = std::make_unique<TempDatabase>(kind);
        if (!m_temp->error().isEmpty())
            return false;
        m_db = m_temp->openMigrated();
        return m_db != nullptr;
    }

private slots:
    void cleanup() {
        m_db.reset();
        m_temp.reset();
    }

    void saveAndFind_data() { TempDatabase::addKindRows(); }
    void saveAndFind() {
        if (!openDb())
            QSKIP(qPrintable(m_temp->error()));
        FaceCheckRepository repo(*m_db);
        const FaceCheckRecord check = sampleCheck();
        const auto id = repo.save(check);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const auto found = repo.find(id.value());
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QVERIFY(found->has_value());
        FaceCheckRecord expected = check;
        expected.id = id.value();
        QCOMPARE(found.value()->checkedAt, expected.checkedAt);
        const FaceCheckRecord &got = found.value().value();
        QCOMPARE(QJsonDocument(FaceCheckRepository::toJson(got)).toJson(),
                 QJsonDocument(FaceCheckRepository::toJson(expected)).toJson());
        const auto list = repo.checksOf(check.applicantKey);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(repo.effectiveDecision(id.value()).value(), FaceDecision::Review);
        // The outbox has the record, with thresholds and model pack but nothing of the images.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT entity, record_key, payload FROM sync_outbox")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("face_check"));
        QCOMPARE(q.value(1).toString(), id.value());
        const QJsonObject payload =
            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("pass_at")).toDouble(), 0.50);
        QCOMPARE(payload.value(QStringLiteral("review_from")).toDouble(), 0.42);
        QCOMPARE(payload.value(QStringLiteral("model_pack")).toString(),
                 QStringLiteral("faceplugin-0.0.1"));
        QCOMPARE(payload.value(QStringLiteral("decision")).toString(), QStringLiteral("review"));
        QCOMPARE(payload.keys().filter(QStringLiteral("image")).size(), 0);
        QCOMPARE(payload.keys().filter(QStringLiteral("embedding")).size(), 0);
    }

    void invalidCheckWritesNothing_data() { TempDatabase::addKindRows(); }
    void invalidCheckWritesNothing() {
        if (!openDb())
            QSKIP(qPrintable(m_temp->error()));
        FaceCheckRepository repo(*m_db);
        FaceCheckRecord noApplicant = sampleCheck();
        noApplicant.applicantKey.clear();
        QVERIFY(!repo.save(noApplicant).ok());
        FaceCheckRecord badBands = sampleCheck();
        badBands.thresholds.reviewFrom = 0.9;
        const auto refused = repo.save(badBands);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("review band")),
                 qPrintable(refused.error()));
        // A duplicate id fails inside the transaction: the outbox entry goes with it.
        FaceCheckRecord first = sampleCheck();
        first.id = QStringLiteral("fixed-id");
        QVERIFY(repo.save(first).ok());
        QVERIFY(!repo.save(first).ok());
        QCOMPARE(rows(*m_db, QStringLiteral("SELECT COUNT(*) FROM face_checks")), 1);
        QCOMPARE(rows(*m_db, QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), 1);
    }

    void overrideRules_data() {
        QTest::addColumn<TempDatabase::Kind>("kind");
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("errorPart"); // empty: recorded
        for (const auto &[kind, name] : {std::pair{TempDatabase::Kind::Sqlite, "sqlite"},
                                         std::pair{TempDatabase::Kind::Postgres, "postgres"}}) {
            QTest::addRow("%s supervisor", name)
                << kind << Role::Supervisor << QStringLiteral("Seen in person") << QString();
            QTest::addRow("%s admin", name)
                << kind << Role::Admin << QStringLiteral("Checked the passport") << QString();
            QTest::addRow("%s clerk", name)
                << kind << Role::Clerk << QStringLiteral("I know him") << QStringLiteral("role");
            QTest::addRow("%s helpdesk", name)
                << kind << Role::Helpdesk << QStringLiteral("Looks alike")
                << QStringLiteral("role");
            QTest::addRow("%s no reason", name)
                << kind << Role::Supervisor << QStringLiteral("   ") << QStringLiteral("reason");
            QTest::addRow("%s short reason", name)
                << kind << Role::Supervisor << QStringLiteral(" ok ") << QStringLiteral("reason");
        }
    }
    void overrideRules() {
        if (!openDb())
            QSKIP(qPrintable(m_temp->error()));
        QFETCH(Role, role);
        QFETCH(QString, reason);
        QFETCH(QString, errorPart);
        FaceCheckRepository repo(*m_db);
        const auto id = repo.save(sampleCheck());
        QVERIFY(id.ok());
        FaceOverride o = sampleOverride(id.value());
        o.role = role;
        o.reason = reason;
        const auto recorded = repo.recordOverride(o);
        const int audits = rows(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        if (!errorPart.isEmpty()) {
            QVERIFY(!recorded.ok());
            QVERIFY2(recorded.error().contains(errorPart), qPrintable(recorded.error()));
            QCOMPARE(rows(*m_db, QStringLiteral("SELECT COUNT(*) FROM face_overrides")), 0);
            QCOMPARE(audits, 0);
            QCOMPARE(rows(*m_db, QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), 1);
            QCOMPARE(repo.effectiveDecision(id.value()).value(), FaceDecision::Review);
            return;
        }
        QVERIFY2(recorded.ok(), qPrintable(recorded.error()));
        QCOMPARE(repo.effectiveDecision(id.value()).value(), FaceDecision::Pass);
        const auto overrides = repo.overridesOf(id.value());
        QCOMPARE(overrides->size(), 1);
        QCOMPARE(overrides->first().before, FaceDecision::Review);
        QCOMPARE(overrides->first().role, role);
        QCOMPARE(overrides->first().by, QStringLiteral("lead"));
        QCOMPARE(overrides->first().reason, reason.trimmed());
        QCOMPARE(overrides->first().at, o.at);
        // Audited in the local chain, and queued for the server.
        QCOMPARE(audits, 1);
        QVERIFY(AuditLog(*m_db).verify().intact);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT actor, action, target, detail FROM audit_log")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("lead"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("face.override"));
        QCOMPARE(q.value(2).toString(), id.value());
        QVERIFY(q.value(3).toString().contains(QStringLiteral("review -> pass")));
        QCOMPARE(rows(*m_db, QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE entity = "
                                            "'face_override'")),
                 1);
    }

    void overrideOfUnknownOrSameDecision_data() { TempDatabase::addKindRows(); }
    void overrideOfUnknownOrSameDecision() {
        if (!openDb())
            QSKIP(qPrintable(m_temp->error()));
        FaceCheckRepository repo(*m_db);
        const auto unknown = repo.recordOverride(sampleOverride(QStringLiteral("no-such-check")));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().contains(QStringLiteral("not stored")),
                 qPrintable(unknown.error()));
        const auto id = repo.save(sampleCheck());
        FaceOverride same = sampleOverride(id.value());
        same.decision = FaceDecision::Review;
        QVERIFY(!repo.recordOverride(same).ok());
        // Two overrides in a row: the newest is in force, each was audited.
        QVERIFY(repo.recordOverride(sampleOverride(id.value())).ok());
        FaceOverride back = sampleOverride(id.value());
        back.decision = FaceDecision::Fail;
        back.at = back.at.addSecs(60);
        QVERIFY(repo.recordOverride(back).ok());
        QCOMPARE(repo.effectiveDecision(id.value()).value(), FaceDecision::Fail);
        QCOMPARE(repo.overridesOf(id.value())->last().before, FaceDecision::Pass);
        QCOMPARE(rows(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 2);
        QVERIFY(AuditLog(*m_db).verify().intact);
    }

    void roles() {
        QVERIFY(FaceCheckRepository::mayOverride({Role::Supervisor}));
        QVERIFY(FaceCheckRepository::mayOverride({Role::Clerk, Role::Admin}));
        QVERIFY(!FaceCheckRepository::mayOverride({Role::Clerk, Role::BackOffice}));
        QVERIFY(!FaceCheckRepository::mayOverride({}));
        QCOMPARE(FaceCheckRepository::overrideRole({Role::Admin, Role::Supervisor}),
                 std::optional<Role>(Role::Supervisor));
    }
};

QTEST_GUILESS_MAIN(TestFaceCheckRepository)
#include "tst_facecheckrepository.moc"
