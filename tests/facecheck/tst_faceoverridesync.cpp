// A workstation's face check and override reach the real onewindow-server through the sync
// push: both are stored as records, and the override joins the server's audit chain once
// (a replayed push adds no second audit row).
#include "facecheckrepository.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace ow;
using namespace ow::test;

class TestFaceOverrideSync : public QObject, private ServerFixture {
    Q_OBJECT

    // The outbox of the workstation database as a push body.
    static QJsonObject outboxAsPush(Database &db) {
        QSqlQuery q(db.connection());
        QJsonArray entries;
        if (q.exec(QStringLiteral("SELECT uuid, entity, record_key, base_revision, payload FROM "
                                  "sync_outbox ORDER BY id")))
            while (q.next())
                entries.append(QJsonObject{
                    {QStringLiteral("uuid"), q.value(0).toString()},
                    {QStringLiteral("entity"), q.value(1).toString()},
                    {QStringLiteral("key"), q.value(2).toString()},
                    {QStringLiteral("base_revision"), q.value(3).toLongLong()},
                    {QStringLiteral("payload"),
                     QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()}});
        return pushBody(entries);
    }

private slots:
    void initTestCase() {
        const QString problem = setUp();
        if (problem.startsWith(QLatin1String("skip: ")))
            QSKIP(qPrintable(problem));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanupTestCase() { tearDown(); }

    void overrideIsAuditedOnTheServer() {
        TempDatabase local(TempDatabase::Kind::Sqlite);
        auto ws = local.openMigrated();
        QVERIFY2(ws, qPrintable(local.error()));
        FaceCheckRepository repo(*ws);
        FaceCheckRecord check;
        check.applicantKey = QStringLiteral("150302199003071238");
        check.applicantMasked = QStringLiteral("150302********1238");
        check.evidence = FaceEvidence{true, true, 0.31, 0.97, true, true};
        check.challenge = QStringLiteral("blink");
        check.modelPack = QStringLiteral("faceplugin-0.0.1");
        check.decision = FaceDecision::Fail;
        check.reasonCode = QStringLiteral("low-score");
        check.operatorName = QStringLiteral("clerk");
        check.checkedAt = QDateTime::currentDateTimeUtc();
        const auto checkId = repo.save(check);
        QVERIFY2(checkId.ok(), qPrintable(checkId.error()));
        FaceOverride o;
        o.checkId = checkId.value();
        o.decision = FaceDecision::Pass;
        o.by = QStringLiteral("supervisor");
        o.role = Role::Supervisor;
        o.reason = QStringLiteral("Old card photo; identity confirmed with the passport");
        o.at = QDateTime::currentDateTimeUtc();
        o.workstation = QStringLiteral("window-3");
        QVERIFY(repo.recordOverride(o).ok());

        const QString token = tokenFor(QStringLiteral("clerk"));
        const QJsonObject body = outboxAsPush(*ws);
        QCOMPARE(body.value(QStringLiteral("entries")).toArray().size(), 2);
        for (int round = 0; round < 2; ++round) { // the second is a replay: duplicates
            const Reply reply = m_api->postJson(QStringLiteral("/api/v1/sync/push"), body, token);
            QCOMPARE(reply.status, 200);
            const QJsonArray acks = reply.json.value(QStringLiteral("acks")).toArray();
            QCOMPARE(acks.size(), 2);
            for (const QJsonValue &ack : acks)
                QCOMPARE(ack.toObject().value(QStringLiteral("status")).toString(),
                         round == 0 ? QStringLiteral("applied") : QStringLiteral("duplicate"));
        }

        auto server = m_db->open();
        QVERIFY(server);
        QSqlQuery q(server->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_records WHERE entity IN "
                                      "('face_check', 'face_override')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(QStringLiteral("SELECT actor, target, detail FROM audit_log WHERE action = "
                                      "'face.override'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("supervisor"));
        QCOMPARE(q.value(1).toString(), checkId.value());
        const QString detail = q.value(2).toString();
        QVERIFY2(detail.contains(QStringLiteral("fail -> pass as supervisor")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("passport")), qPrintable(detail));
        QVERIFY(!q.next()); // once, although pushed twice

        QByteArray out;
        const int code =
            ServerProcess::runTool({QStringLiteral("admin"), QStringLiteral("verify-audit"),
                                    QStringLiteral("--database"), m_db->url()},
                                   {}, &out);
        QVERIFY2(code == 0, out.constData());
    }
};

QTEST_GUILESS_MAIN(TestFaceOverrideSync)
#include "tst_faceoverridesync.moc"
