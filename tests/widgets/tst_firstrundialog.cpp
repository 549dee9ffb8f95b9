#include "firstrundialog.h"
#include "guitestsupport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace ow;

class TestFirstRunDialog : public QObject {
    Q_OBJECT
private slots:
    void showsAccountAndPassword_data();
    void showsAccountAndPassword();
    void continueNeedsConfirmation();
    void escapeDoesNotLoseThePassword();
    void copyPutsPasswordOnClipboard();
};

void TestFirstRunDialog::showsAccountAndPassword_data() {
    QTest::addColumn<bool>("catalogLoaded");
    QTest::newRow("with demo catalog") << true;
    QTest::newRow("catalog already there") << false;
}

void TestFirstRunDialog::showsAccountAndPassword() {
    QFETCH(bool, catalogLoaded);
    FirstRunDialog dialog(QStringLiteral("admin"), QStringLiteral("Xk7pQm2vRt9sWz4a"),
                          catalogLoaded);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("adminNameEdit"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QCOMPARE(name->text(), QStringLiteral("admin"));
    QCOMPARE(password->text(), QStringLiteral("Xk7pQm2vRt9sWz4a"));
    QVERIFY(password->isReadOnly());
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("catalogLabel"))->isVisible(),
             catalogLoaded);
}

void TestFirstRunDialog::continueNeedsConfirmation() {
    FirstRunDialog dialog(QStringLiteral("admin"), QStringLiteral("Xk7pQm2vRt9sWz4a"), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("continueButton"));
    auto *noted = dialog.findChild<QCheckBox *>(QStringLiteral("notedCheckBox"));
    QVERIFY(!button->isEnabled());
    QCOMPARE(QApplication::focusWidget(), noted);
    QTest::keyClick(noted, Qt::Key_Space);
    QVERIFY(noted->isChecked());
    QVERIFY(button->isEnabled());
    QVERIFY(dialog.isConfirmed());
    QTest::keyClick(noted, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestFirstRunDialog::escapeDoesNotLoseThePassword() {
    FirstRunDialog dialog(QStringLiteral("admin"), QStringLiteral("Xk7pQm2vRt9sWz4a"), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(QStringLiteral("Note the password")));
    dialog.findChild<QCheckBox *>(QStringLiteral("notedCheckBox"))->setChecked(true);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestFirstRunDialog::copyPutsPasswordOnClipboard() {
    FirstRunDialog dialog(QStringLiteral("admin"), QStringLiteral("Xk7pQm2vRt9sWz4a"), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Xk7pQm2vRt9sWz4a"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->isVisible());
}

QTEST_MAIN(TestFirstRunDialog)
#include "tst_firstrundialog.moc"
