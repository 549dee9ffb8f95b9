#include "changepassworddialog.h"
#include "guitestsupport.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace ow;

class TestChangePasswordDialog : public QObject {
    Q_OBJECT
private slots:
    void init();
    void forcedModeHidesCurrentPassword();
    void refusesBadPasswords_data();
    void refusesBadPasswords();
    void forcedChangeByKeyboard();
    void voluntaryChangeChecksCurrent();

private:
    void fill(ChangePasswordDialog &dialog, const QString &current, const QString &next,
              const QString &repeat);
    std::unique_ptr<test::TempWorkstation> m_store;
};

void TestChangePasswordDialog::init() {
    m_store = std::make_unique<test::TempWorkstation>();
    QVERIFY2(m_store->error().isEmpty(), qPrintable(m_store->error()));
    const Status st = m_store->context().auth().login(m_store->firstRun().adminName,
                                                      m_store->firstRun().adminOneTimePassword);
    QVERIFY2(st, qPrintable(st.error()));
    QVERIFY(m_store->context().auth().mustChangePassword());
}

void TestChangePasswordDialog::fill(ChangePasswordDialog &dialog, const QString &current,
                                    const QString &next, const QString &repeat) {
    dialog.findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit"))->setText(current);
    dialog.findChild<QLineEdit *>(QStringLiteral("newPasswordEdit"))->setText(next);
    dialog.findChild<QLineEdit *>(QStringLiteral("confirmPasswordEdit"))->setText(repeat);
}

void TestChangePasswordDialog::forcedModeHidesCurrentPassword() {
    ChangePasswordDialog dialog(m_store->context().auth(),
                                ChangePasswordDialog::Mode::ReplaceOneTimePassword);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit"))->isVisible());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("newPasswordEdit"));
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->text(),
             QStringLiteral("Sign &out"));
}

void TestChangePasswordDialog::refusesBadPasswords_data() {
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("repeat");
    QTest::addColumn<QString>("message");
    QTest::newRow("not repeated") << QStringLiteral("window2024") << QStringLiteral("window2025")
                                  << QStringLiteral("The two new passwords are not the same.");
    QTest::newRow("short") << QStringLiteral("a1") << QStringLiteral("a1")
                           << QStringLiteral("The new password needs at least 8 characters.");
    QTest::newRow("no digit") << QStringLiteral("windowwindow") << QStringLiteral("windowwindow")
                              << QStringLiteral("The new password needs both letters and digits.");
}

void TestChangePasswordDialog::refusesBadPasswords() {
    QFETCH(QString, next);
    QFETCH(QString, repeat);
    QFETCH(QString, message);
    ChangePasswordDialog dialog(m_store->context().auth(),
                                ChangePasswordDialog::Mode::ReplaceOneTimePassword);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, {}, next, repeat);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("changeButton")),
                      Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.errorText(), message);
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("newPasswordEdit"))->text().isEmpty());
    QVERIFY(m_store->context().auth().mustChangePassword());
}

void TestChangePasswordDialog::forcedChangeByKeyboard() {
    ChangePasswordDialog dialog(m_store->context().auth(),
                                ChangePasswordDialog::Mode::ReplaceOneTimePassword);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("window2024"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("window2024"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!m_store->context().auth().mustChangePassword());
    AuthService &auth = m_store->context().auth();
    auth.logout();
    QVERIFY(auth.login(m_store->firstRun().adminName, QStringLiteral("window2024")));
}

void TestChangePasswordDialog::voluntaryChangeChecksCurrent() {
    ChangePasswordDialog dialog(m_store->context().auth(), ChangePasswordDialog::Mode::Voluntary);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit"))->isVisible());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("currentPasswordEdit"));
    fill(dialog, QStringLiteral("wrong1234"), QStringLiteral("window2024"),
         QStringLiteral("window2024"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("changeButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.errorText(), QStringLiteral("The current password is not correct."));
    fill(dialog, m_store->firstRun().adminOneTimePassword, QStringLiteral("window2024"),
         QStringLiteral("window2024"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("changeButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestChangePasswordDialog)
#include "tst_changepassworddialog.moc"
