#include "guitestsupport.h"
#include "logindialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace ow;

class TestLoginDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void refusesBadInput_data();
    void refusesBadInput();
    void enterSignsIn();
    void prefilledUserNameFocusesPassword();
    void exitRejects();
    void chineseTexts();

private:
    std::unique_ptr<test::TempWorkstation> m_store;
};

void TestLoginDialog::initTestCase() {
    m_store = std::make_unique<test::TempWorkstation>();
    QVERIFY2(m_store->error().isEmpty(), qPrintable(m_store->error()));
}

void TestLoginDialog::refusesBadInput_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("focused");
    QTest::newRow("nothing") << QString() << QString() << QStringLiteral("Enter your user name.")
                             << QStringLiteral("userNameEdit");
    QTest::newRow("no password") << QStringLiteral("admin") << QString()
                                 << QStringLiteral("Enter your password.")
                                 << QStringLiteral("passwordEdit");
    QTest::newRow("wrong password")
        << QStringLiteral("admin") << QStringLiteral("wrong123")
        << QStringLiteral("The user name or the password is not correct.")
        << QStringLiteral("passwordEdit");
}

void TestLoginDialog::refusesBadInput() {
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(QString, message);
    QFETCH(QString, focused);
    LoginDialog dialog(m_store->context().auth());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
    auto *pass = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(user && pass);
    QTest::keyClicks(user, name);
    QTest::keyClicks(pass, password);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.errorText(), message);
    QVERIFY(pass->text().isEmpty());
    QCOMPARE(QApplication::focusWidget()->objectName(), focused);
    QVERIFY(!m_store->context().auth().isLoggedIn());
}

void TestLoginDialog::enterSignsIn() {
    LoginDialog dialog(m_store->context().auth());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
    QCOMPARE(QApplication::focusWidget(), user);
    QTest::keyClicks(user, m_store->firstRun().adminName);
    QTest::keyClick(user, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), m_store->firstRun().adminOneTimePassword);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QVERIFY(m_store->context().auth().isLoggedIn());
    QCOMPARE(dialog.userName(), m_store->firstRun().adminName);
    m_store->context().auth().logout();
}

void TestLoginDialog::prefilledUserNameFocusesPassword() {
    LoginDialog dialog(m_store->context().auth());
    dialog.setUserName(QStringLiteral("admin"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("passwordEdit"));
}

void TestLoginDialog::exitRejects() {
    LoginDialog dialog(m_store->context().auth());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

void TestLoginDialog::chineseTexts() {
    QVERIFY(test::installChinese());
    LoginDialog dialog(m_store->context().auth());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("登录 — 一窗通办工作台"));
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("signInButton"))->text(),
             QStringLiteral("登录(&S)"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("titleLabel"))->text(),
             QStringLiteral("一窗通办工作台"));
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
