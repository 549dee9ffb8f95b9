#include "auditlog.h"
#include "serverwritelock.h"
#include "tempdatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace ow;
using ow::test::TempDatabase;

// The hash chain: intact after appends; a changed, deleted or re-linked row is named by id and by
// what differs.
class TestAuditLog : public QObject {
    Q_OBJECT

private:
    static void appendFive(Database &db) {
        const QDateTime t(QDate(2025, 3, 3), QTime(9, 0, 0, 123), Qt::UTC);
        const Status st = db.transaction([&]() -> Status {
            if (Status s = lockServerWrites(db); !s)
                return s;
            for (int i = 1; i <= 5; ++i) {
                auto id = AuditLog(db).append(
                    t.addSecs(i), QStringLiteral("alice"), QStringLiteral("sync.push"),
                    QStringLiteral("client-%1").arg(i), QStringLiteral("%1 applied").arg(i));
                if (!id)
                    return Status::failure(id.error());
                if (id.value() != i)
                    return Status::failure(
                        QStringLiteral("id %1 for row %2").arg(id.value()).arg(i));
            }
            return {};
        });
        QVERIFY2(st.ok(), qPrintable(st.error()));
    }

private slots:
    void intactChain() {
        TempDatabase temp(TempDatabase::Kind::Sqlite);
        auto db = temp.open();
        QVERIFY(db && db->migrate().ok());
        QVERIFY(AuditLog(*db).verify().intact);
        appendFive(*db);
        const AuditVerification v = AuditLog(*db).verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.checked, qint64(5));
    }

    void tamperIsNamed_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("brokenId");
        QTest::addColumn<QString>("problemPart");
        QTest::newRow("detail changed") << "UPDATE audit_log SET detail = '99 applied' WHERE id = 3"
                                        << qint64(3) << "does not match the row's content";
        QTest::newRow("actor changed")
            << "UPDATE audit_log SET actor = 'mallory' WHERE id = 2" << qint64(2) << "mallory";
        QTest::newRow("row deleted")
            << "DELETE FROM audit_log WHERE id = 4" << qint64(5) << "a row is missing";
        QTest::newRow("hash rewritten")
            << QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE id = 4")
                   .arg(QString(64, QLatin1Char('a')))
            << qint64(4) << "does not match";
        QTest::newRow("prev relinked")
            << QStringLiteral("UPDATE audit_log SET prev_hash = '%1' WHERE id = 5")
                   .arg(QString(64, QLatin1Char('b')))
            << qint64(5) << "previous row's hash";
    }
    void tamperIsNamed() {
        QFETCH(QString, sql);
        QFETCH(qint64, brokenId);
        QFETCH(QString, problemPart);
        TempDatabase temp(TempDatabase::Kind::Sqlite);
        auto db = temp.open();
        QVERIFY(db && db->migrate().ok());
        appendFive(*db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(sql));
        const AuditVerification v = AuditLog(*db).verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenId, brokenId);
        QVERIFY2(v.problem.contains(problemPart), qPrintable(v.problem));
    }

    // The same check from the shell: exit 0 when intact, 1 naming the row when not.
    void verifyAuditCommand() {
        TempDatabase temp(TempDatabase::Kind::Sqlite);
        {
            auto db = temp.open();
            QVERIFY(db && db->migrate().ok());
            appendFive(*db);
        }
        const QString exe =
            QCoreApplication::applicationDirPath() + QStringLiteral("/onewindow-server");
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(exe, {QStringLiteral("admin"), QStringLiteral("verify-audit"),
                      QStringLiteral("--database"), temp.url()});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAll().contains("5 rows checked"));
        {
            auto db = temp.open();
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET target = 'x' WHERE id = 2")));
        }
        p.start(exe, {QStringLiteral("admin"), QStringLiteral("verify-audit"),
                      QStringLiteral("--database"), temp.url()});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 1);
        const QByteArray out = p.readAll();
        QVERIFY2(out.contains("broken at row 2"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
