#include "caserepository.h"
#include "catalogjson.h"
#include "documentnumber.h"
#include "intakedesk.h"
#include "syncclient.h"
#include "testpaths.h"
#include "visitjson.h"
#include "workcalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace ow;
using namespace ow::test;

namespace {

const Catalog &demo() {
    static const Catalog catalog =
        CatalogJson::readFile(sourceDir() + QStringLiteral("/resources/catalog-demo.json"))
            .catalog.value_or(Catalog{});
    return catalog;
}

// A deferred-acceptance enterprise visit: checklist states, a commitment, notices and deadline
// tracks, so the visit JSON has every part filled.
Visit deferredVisit(const QString &id) {
    static WorkCalendar calendar = WorkCalendar::builtIn();
    static ManualClock clock(QDateTime(QDate(2025, 3, 12), QTime(9, 30), Qt::UTC));
    static MemorySerialCounter counter;
    IntakeDesk desk(demo(), calendar, clock, counter);
    Visit v;
    v.id = id;
    v.ticket = QStringLiteral("B007");
    v.applicant.kind = Applicant::Kind::LegalPerson;
    v.applicant.name = QStringLiteral("同步测试有限公司");
    v.applicant.creditCode = QStringLiteral("91350100M000100Y43");
    v.applicant.legalRepresentative = QStringLiteral("赵六");
    v.openedAt = clock.now();
    IntakeCase *kase =
        v.addCase(*demo().item(QStringLiteral("I16")), QStringLiteral("窗口2"), clock).value();
    for (const ChecklistEntry &e : kase->checklist.entries())
        kase->checklist.markReceived(e.standard.name, true, 1);
    kase->checklist.markDeferred(QStringLiteral("经营场所使用证明"), QDate(2025, 3, 14));
    if (auto decision = desk.acceptDeferred(*kase, QStringLiteral("窗口2")); !decision)
        qWarning("%s", qPrintable(decision.message()));
    return v;
}

int count(Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

// The transactional outbox: a local write and its entry commit together; the visit hook of
// CaseRepository; the lossless visit JSON.
class TestSyncOutbox : public QObject {
    Q_OBJECT

    struct Local {
        TempDatabase temp{TempDatabase::Kind::Sqlite};
        std::unique_ptr<Database> db;
        Local() {
            db = temp.open();
            if (!db || !db->migrate())
                qFatal("database");
        }
    };

private slots:
    void initTestCase() { QVERIFY(demo().item(QStringLiteral("I16"))); }

    void entryCommitsWithTheCallersTransaction_data() {
        QTest::addColumn<bool>("commit");
        QTest::newRow("committed") << true;
        QTest::newRow("rolled back") << false;
    }
    void entryCommitsWithTheCallersTransaction() {
        QFETCH(bool, commit);
        Local local;
        const Status st = local.db->transaction([&]() -> Status {
            QSqlQuery q(local.db->connection());
            q.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('probe', 'x')"));
            auto uuid = SyncOutbox::enqueue(*local.db, QStringLiteral("visit"),
                                            QStringLiteral("V1"), {{QStringLiteral("a"), 1}});
            if (!uuid)
                return Status::failure(uuid.error());
            return commit ? Status() : Status::failure(QStringLiteral("the write failed"));
        });
        QCOMPARE(bool(st), commit);
        QCOMPARE(count(*local.db, QStringLiteral("SELECT COUNT(*) FROM sync_outbox")),
                 commit ? 1 : 0);
        QCOMPARE(
            count(*local.db, QStringLiteral("SELECT COUNT(*) FROM sync_state WHERE key='probe'")),
            commit ? 1 : 0);
    }

    void badEntriesAreRefusedWithAReason_data() {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty entity") << QString() << QStringLiteral("k") << "entity";
        QTest::newRow("reserved entity")
            << QStringLiteral("_conflict") << QStringLiteral("k") << "must not start with '_'";
        QTest::newRow("empty key") << QStringLiteral("visit") << QString() << "key of visit";
        QTest::newRow("long key") << QStringLiteral("visit") << QString(257, QLatin1Char('k'))
                                  << "1 to 256";
    }
    void badEntriesAreRefusedWithAReason() {
        QFETCH(QString, entity);
        QFETCH(QString, key);
        QFETCH(QString, message);
        Local local;
        auto r = SyncOutbox::enqueue(*local.db, entity, key, {});
        QVERIFY(!r);
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
    }

    void baseRevisionChainsOfflineEdits() {
        Local local;
        QSqlQuery q(local.db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_replica VALUES ('visit', 'V1', 4, '{}', "
                                      "0, 10)")));
        QCOMPARE(
            SyncOutbox::baseRevisionFor(*local.db, QStringLiteral("visit"), QStringLiteral("V1"))
                .value(),
            4);
        QVERIFY(SyncOutbox::enqueue(*local.db, QStringLiteral("visit"), QStringLiteral("V1"), {}));
        QVERIFY(SyncOutbox::enqueue(*local.db, QStringLiteral("visit"), QStringLiteral("V1"), {}));
        QVERIFY(SyncOutbox::enqueue(*local.db, QStringLiteral("visit"), QStringLiteral("V2"), {}));
        QVERIFY(q.exec(QStringLiteral("SELECT record_key, base_revision FROM sync_outbox "
                                      "ORDER BY id")));
        QList<QPair<QString, qint64>> bases;
        while (q.next())
            bases << qMakePair(q.value(0).toString(), q.value(1).toLongLong());
        const QList<QPair<QString, qint64>> expected{
            {QStringLiteral("V1"), 4}, {QStringLiteral("V1"), 5}, {QStringLiteral("V2"), 0}};
        QCOMPARE(bases, expected);
    }

    void savingAVisitQueuesItWhole() {
        Local local;
        CaseRepository repo(*local.db);
        const Visit visit = deferredVisit(QStringLiteral("V20250312-0001"));
        QVERIFY(!visit.cases.isEmpty());
        QVERIFY(!visit.cases.first().commitments.isEmpty());
        QVERIFY(repo.saveVisit(visit));
        SyncStore store(*local.db);
        auto batch = store.pendingBatch(10).value();
        QCOMPARE(batch.size(), 1);
        QCOMPARE(batch.first().entity, QStringLiteral("visit"));
        QCOMPARE(batch.first().key, visit.id);
        QCOMPARE(batch.first().payload, VisitJson::visit(visit));
        // Lossless: the stored visit read back gives the same JSON.
        auto loaded = repo.loadVisit(visit.id);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(VisitJson::visit(loaded.value()), VisitJson::visit(visit));
        const QJsonObject kase =
            batch.first().payload.value(QStringLiteral("cases")).toArray().first().toObject();
        for (const char *part : {"events", "checklist", "commitments", "notices", "deadlines"})
            QVERIFY2(!kase.value(QLatin1String(part)).toArray().isEmpty(), part);
        // A later change of one case queues the visit again, on the same record.
        IntakeCase changed = loaded->cases.first();
        changed.officerPhone = QStringLiteral("0473-1234567");
        QVERIFY(repo.saveCase(changed));
        batch = store.pendingBatch(10).value();
        QCOMPARE(batch.size(), 2);
        QCOMPARE(batch.last().key, visit.id);
        QCOMPARE(batch.last().baseRevision, 1); // chained on the first entry
        QCOMPARE(batch.last()
                     .payload.value(QStringLiteral("cases"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("officer_phone"))
                     .toString(),
                 QStringLiteral("0473-1234567"));
    }

    void aFailedVisitWriteLeavesNoEntry() {
        Local local;
        CaseRepository repo(*local.db);
        Visit visit = deferredVisit(QStringLiteral("V20250312-0002"));
        QVERIFY(repo.saveVisit(visit));
        QSqlQuery q(local.db->connection());
        // Break the outbox: the visit write must roll back with it.
        QVERIFY(q.exec(QStringLiteral("DROP TABLE sync_outbox")));
        visit.ticket = QStringLiteral("CHANGED");
        QVERIFY(!repo.saveVisit(visit));
        QCOMPARE(repo.loadVisit(visit.id)->ticket, QStringLiteral("B007"));
    }
};

QTEST_GUILESS_MAIN(TestSyncOutbox)
#include "tst_syncoutbox.moc"
