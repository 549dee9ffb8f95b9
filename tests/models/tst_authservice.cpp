#include "authservice.h"
#include "workstationcontext.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

// Sign-in and password changes of the first administrator of a fresh workstation store.
class TestAuthService : public QObject {
    Q_OBJECT
private slots:
    void init();
    void loginFailures_data();
    void loginFailures();
    void loginSucceeds();
    void weakPasswordsAreRefused_data();
    void weakPasswordsAreRefused();
    void oneTimePasswordIsReplaced();
    void voluntaryChangeChecksCurrentPassword();
    void passwordProblems_data();
    void passwordProblems();
    void logoutEndsSession();

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<WorkstationContext> m_context;
    QString m_adminName;
    QString m_oneTimePassword;
};

void TestAuthService::init() {
    m_context.reset();
    delete m_dir;
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    auto context = WorkstationContext::open(m_dir->path());
    QVERIFY2(context, qPrintable(context.error()));
    m_context = std::move(context.value());
    auto firstRun = m_context->ensureFirstRun();
    QVERIFY2(firstRun, qPrintable(firstRun.error()));
    m_adminName = firstRun->adminName;
    m_oneTimePassword = firstRun->adminOneTimePassword;
    QVERIFY(!m_adminName.isEmpty());
    QVERIFY(m_oneTimePassword.size() >= AuthService::minimumPasswordLength);
}

void TestAuthService::loginFailures_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    const QString wrong = QStringLiteral("The user name or the password is not correct.");
    QTest::newRow("no name") << QStringLiteral("  ") << QStringLiteral("x")
                             << QStringLiteral("Enter your user name.");
    QTest::newRow("no password") << QStringLiteral("admin") << QString()
                                 << QStringLiteral("Enter your password.");
    QTest::newRow("wrong password")
        << QStringLiteral("admin") << QStringLiteral("guess1234") << wrong;
    QTest::newRow("unknown user") << QStringLiteral("nobody") << QStringLiteral("guess1234")
                                  << wrong;
}

void TestAuthService::loginFailures() {
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(QString, message);
    QSignalSpy changes(&m_context->auth(), &AuthService::sessionChanged);
    const Status st = m_context->auth().login(name, password);
    QVERIFY(!st);
    QCOMPARE(st.error(), message);
    QVERIFY(!m_context->auth().isLoggedIn());
    QCOMPARE(changes.count(), 0);
}

void TestAuthService::loginSucceeds() {
    AuthService &auth = m_context->auth();
    QSignalSpy changes(&auth, &AuthService::sessionChanged);
    const Status st = auth.login(QStringLiteral(" %1 ").arg(m_adminName), m_oneTimePassword);
    QVERIFY2(st, qPrintable(st.error()));
    QVERIFY(auth.isLoggedIn());
    QCOMPARE(auth.currentUser()->name, m_adminName);
    QVERIFY(auth.currentUser()->hasRole(Role::Admin));
    QVERIFY(auth.mustChangePassword());
    QCOMPARE(changes.count(), 1);
}

void TestAuthService::weakPasswordsAreRefused_data() {
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    QTest::newRow("short") << QStringLiteral("ab12")
                           << QStringLiteral("The new password needs at least 8 characters.");
    QTest::newRow("letters only") << QStringLiteral("abcdefghij")
                                  << QStringLiteral(
                                         "The new password needs both letters and digits.");
    QTest::newRow("digits only") << QStringLiteral("1234567890")
                                 << QStringLiteral(
                                        "The new password needs both letters and digits.");
    QTest::newRow("leading space")
        << QStringLiteral(" abcd12345")
        << QStringLiteral("The new password must not begin or end with a space.");
}

void TestAuthService::weakPasswordsAreRefused() {
    QFETCH(QString, password);
    QFETCH(QString, message);
    AuthService &auth = m_context->auth();
    QVERIFY(auth.login(m_adminName, m_oneTimePassword));
    const Status st = auth.replaceOneTimePassword(password);
    QVERIFY(!st);
    QCOMPARE(st.error(), message);
    QVERIFY(auth.mustChangePassword());
    QCOMPARE(AuthService::passwordProblem(m_adminName, password), message);
}

void TestAuthService::oneTimePasswordIsReplaced() {
    AuthService &auth = m_context->auth();
    QVERIFY(!auth.replaceOneTimePassword(QStringLiteral("window2024")));
    QVERIFY(auth.login(m_adminName, m_oneTimePassword));
    const Status same = auth.replaceOneTimePassword(m_oneTimePassword);
    QVERIFY(!same);
    QCOMPARE(same.error(), QStringLiteral("The new password must differ from the current one."));

    const Status st = auth.replaceOneTimePassword(QStringLiteral("window2024"));
    QVERIFY2(st, qPrintable(st.error()));
    QVERIFY(!auth.mustChangePassword());
    // Only once: afterwards the current password is needed.
    QVERIFY(!auth.replaceOneTimePassword(QStringLiteral("another2024")));

    auth.logout();
    QVERIFY(!auth.login(m_adminName, m_oneTimePassword));
    QVERIFY(auth.login(m_adminName, QStringLiteral("window2024")));
    QVERIFY(!auth.mustChangePassword());
}

void TestAuthService::voluntaryChangeChecksCurrentPassword() {
    AuthService &auth = m_context->auth();
    QVERIFY(!auth.changePassword(m_oneTimePassword, QStringLiteral("window2024")));
    QVERIFY(auth.login(m_adminName, m_oneTimePassword));
    const Status wrong =
        auth.changePassword(QStringLiteral("notit123"), QStringLiteral("window2024"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error(), QStringLiteral("The current password is not correct."));
    const Status st = auth.changePassword(m_oneTimePassword, QStringLiteral("counter77x"));
    QVERIFY2(st, qPrintable(st.error()));
    auth.logout();
    QVERIFY(auth.login(m_adminName, QStringLiteral("counter77x")));
}

void TestAuthService::passwordProblems_data() {
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("problem");
    QTest::newRow("good") << QStringLiteral("clerk01") << QStringLiteral("window2024") << QString();
    QTest::newRow("user name") << QStringLiteral("clerk2024") << QStringLiteral("CLERK2024")
                               << QStringLiteral("The new password must not be the user name.");
    QTest::newRow("chinese letters count")
        << QStringLiteral("clerk01") << QStringLiteral("窗口受理人员2024") << QString();
}

void TestAuthService::passwordProblems() {
    QFETCH(QString, userName);
    QFETCH(QString, password);
    QFETCH(QString, problem);
    QCOMPARE(AuthService::passwordProblem(userName, password), problem);
}

void TestAuthService::logoutEndsSession() {
    AuthService &auth = m_context->auth();
    QVERIFY(auth.login(m_adminName, m_oneTimePassword));
    QSignalSpy changes(&auth, &AuthService::sessionChanged);
    auth.logout();
    auth.logout();
    QCOMPARE(changes.count(), 1);
    QVERIFY(!auth.isLoggedIn());
    QVERIFY(!auth.currentUser().has_value());
}

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
