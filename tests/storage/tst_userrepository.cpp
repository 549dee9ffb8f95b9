#include "clock.h"
#include "database.h"
#include "passwordhasher.h"
#include "tempdatabase.h"
#include "userrepository.h"

#include <QSqlQuery>
#include <QtTest>

using namespace ow;
using ow::test::TempDatabase;

class TestUserRepository : public QObject {
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};

    static void kinds() { TempDatabase::addKindRows(); }

private slots:
    void hashIsArgon2idAndVerifies() {
        const QString h = PasswordHasher::hash(QStringLiteral("窗口-密码-123"));
        QVERIFY2(h.startsWith(QLatin1String("$argon2id$")), qPrintable(h));
        QVERIFY(PasswordHasher::verify(h, QStringLiteral("窗口-密码-123")));
        QVERIFY(!PasswordHasher::verify(h, QStringLiteral("窗口-密码-124")));
        QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("x")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("garbage"), QStringLiteral("x")));
        QVERIFY(!PasswordHasher::needsRehash(h));
        QVERIFY(h != PasswordHasher::hash(QStringLiteral("窗口-密码-123"))); // salted
    }

    void generatedPasswordsDiffer() {
        const QString a = PasswordHasher::generatePassword();
        const QString b = PasswordHasher::generatePassword();
        QCOMPARE(a.size(), 16);
        QVERIFY(a != b);
        for (QChar c : a)
            QVERIFY2(!QStringLiteral("0O1lI").contains(c), qPrintable(a));
    }

    void createAndAuthenticate_data() { kinds(); }
    void createAndAuthenticate() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = temp.open();
        QVERIFY2(db, qPrintable(temp.error()));
        QVERIFY(db->migrate().ok());
        UserRepository users(*db, m_clock);
        QCOMPARE(users.count(), 0);
        auto created = users.create(QStringLiteral("zhang"), {Role::Clerk, Role::Supervisor},
                                    QStringLiteral("correct horse"));
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QCOMPARE(created->roles, (QList<Role>{Role::Clerk, Role::Supervisor}));
        QVERIFY(created->hasRole(Role::Supervisor));
        QVERIFY(!created->hasRole(Role::Admin));

        auto ok = users.authenticate(QStringLiteral("zhang"), QStringLiteral("correct horse"));
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        QCOMPARE(ok->name, QStringLiteral("zhang"));

        auto wrong = users.authenticate(QStringLiteral("zhang"), QStringLiteral("wrong horse"));
        auto nobody = users.authenticate(QStringLiteral("li"), QStringLiteral("correct horse"));
        QVERIFY(!wrong.ok());
        QVERIFY(!nobody.ok());
        QCOMPARE(wrong.error(), nobody.error()); // does not reveal which names exist

        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM users")));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toString().contains(QLatin1String("horse")));
    }

    void refusals_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("withRole");
        QTest::addColumn<QString>("message");
        QTest::newRow("short password") << "wang"
                                        << "short" << true << "too short";
        QTest::newRow("empty name") << "  "
                                    << "long enough" << true << "user name";
        QTest::newRow("no role") << "wang"
                                 << "long enough" << false << "at least one role";
        QTest::newRow("duplicate") << "admin"
                                   << "long enough" << true << "already exists";
    }
    void refusals() {
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(bool, withRole);
        QFETCH(QString, message);
        TempDatabase temp(TempDatabase::Kind::Sqlite);
        auto db = temp.open();
        QVERIFY(db && db->migrate().ok());
        UserRepository users(*db, m_clock);
        QVERIFY(users.create(QStringLiteral("admin"), {Role::Admin}, QStringLiteral("admin-pass"))
                    .ok());
        auto r = users.create(name, withRole ? QList<Role>{Role::Clerk} : QList<Role>{}, password);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
        QCOMPARE(users.count(), 1);
    }

    void changePasswordClearsFlag() {
        TempDatabase temp(TempDatabase::Kind::Sqlite);
        auto db = temp.open();
        QVERIFY(db && db->migrate().ok());
        UserRepository users(*db, m_clock);
        QVERIFY(
            users
                .create(QStringLiteral("admin"), {Role::Admin}, QStringLiteral("one-time-pw"), true)
                .ok());
        QVERIFY(users.find(QStringLiteral("admin"))->mustChangePassword);
        QVERIFY(users.setPassword(QStringLiteral("admin"), QStringLiteral("new secret!")).ok());
        QVERIFY(!users.find(QStringLiteral("admin"))->mustChangePassword);
        QVERIFY(!users.authenticate(QStringLiteral("admin"), QStringLiteral("one-time-pw")).ok());
        QVERIFY(users.authenticate(QStringLiteral("admin"), QStringLiteral("new secret!")).ok());
        QVERIFY(!users.setPassword(QStringLiteral("ghost"), QStringLiteral("whatever1")).ok());
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
