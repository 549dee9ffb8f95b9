#include "appearance.h"
#include "appsettings.h"
#include "guitestsupport.h"
#include "itemguidewidget.h"
#include "itempagewidget.h"
#include "itemsearchmodel.h"
#include "mainwindow.h"
#include "materialtablemodel.h"
#include "startupflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ow;

// The whole way from a fresh data folder to an item's materials, in Chinese, as a clerk would go:
// note the one-time password, sign in, replace it, search 营业执照, open an item.
class TestStartupFlow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void firstRunToItemPage();
    void cancellingSignInEndsTheFlow();

private:
    QTemporaryDir m_settingsDir;
};

void TestStartupFlow::initTestCase() {
    QVERIFY(test::installChinese());
    applyAppearance(*qApp);
}

void TestStartupFlow::firstRunToItemPage() {
    test::TempWorkstation store;
    QVERIFY2(store.error().isEmpty(), qPrintable(store.error()));
    const QString oneTimePassword = store.firstRun().adminOneTimePassword;
    AppSettings settings(m_settingsDir.filePath(QStringLiteral("flow.ini")));
    StartupFlow flow(store.context(), settings, store.firstRun());
    QSignalSpy shown(&flow, &StartupFlow::mainWindowShown);
    flow.start();

    // 1. The one-time password, once.
    QDialog *firstRun = flow.currentDialog();
    QVERIFY(firstRun);
    QVERIFY(QTest::qWaitForWindowActive(firstRun));
    QCOMPARE(firstRun->windowTitle(), QStringLiteral("首次启动 — 一窗通办工作台"));
    QCOMPARE(firstRun->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(),
             oneTimePassword);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // tick "noted"
    QVERIFY(firstRun->findChild<QCheckBox *>(QStringLiteral("notedCheckBox"))->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    // 2. Sign in: the user name is filled in, the cursor waits in the password field.
    QTRY_VERIFY(flow.currentDialog() && flow.currentDialog() != firstRun);
    QDialog *login = flow.currentDialog();
    QVERIFY(QTest::qWaitForWindowActive(login));
    QCOMPARE(login->findChild<QLineEdit *>(QStringLiteral("userNameEdit"))->text(),
             store.firstRun().adminName);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("passwordEdit"));
    QTest::keyClicks(QApplication::focusWidget(), oneTimePassword);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    // 3. The one-time password must be replaced.
    QTRY_VERIFY(flow.currentDialog() && flow.currentDialog() != login);
    QDialog *change = flow.currentDialog();
    QVERIFY(QTest::qWaitForWindowActive(change));
    QCOMPARE(change->windowTitle(), QStringLiteral("修改密码 — 一窗通办工作台"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("window2024"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("window2024"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    // 4. The main window, in Chinese, with the signed-in administrator.
    QTRY_COMPARE(shown.count(), 1);
    MainWindow *window = flow.mainWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    QCOMPARE(window->windowTitle(), QStringLiteral("一窗通办工作台"));
    QCOMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("文件(&F)"));
    QCOMPARE(window->findChild<QTabWidget *>(QStringLiteral("areaTabs"))->tabText(0),
             QStringLiteral("办事指南(&I)"));
    const QString badge = window->findChild<QLabel *>(QStringLiteral("userBadgeLabel"))->text();
    QVERIFY2(badge.contains(QStringLiteral("系统管理员")), qPrintable(badge));
    QVERIFY(!store.context().auth().mustChangePassword());
    QCOMPARE(settings.lastUserName(), store.firstRun().adminName);

    // 5. Search 营业执照 (typed through the input method), open the first item.
    ItemGuideWidget *guide = window->itemGuide();
    auto *search = guide->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QCOMPARE(QApplication::focusWidget(), search);
    QCOMPARE(search->placeholderText(), QStringLiteral("事项名称、编码、材料或拼音（Ctrl+F）"));
    test::commitText(search, QStringLiteral("营业执照"));
    QTRY_COMPARE(guide->searchModel()->query(), QStringLiteral("营业执照"));
    const int found = guide->searchModel()->rowCount();
    QVERIFY(found >= 17);
    QTest::keyClick(search, Qt::Key_Down);
    auto *results = guide->findChild<QListView *>(QStringLiteral("resultList"));
    QCOMPARE(results->currentIndex().row(), 0);
    QTRY_VERIFY(guide->itemPage()->isShowingItem());
    auto *table = guide->findChild<QTableView *>(QStringLiteral("materialTable"));
    QCOMPARE(
        table->model()->headerData(MaterialTableModel::DeferrableColumn, Qt::Horizontal).toString(),
        QStringLiteral("容缺"));
    QCOMPARE(
        table->model()->headerData(MaterialTableModel::ELicenceColumn, Qt::Horizontal).toString(),
        QStringLiteral("免提交"));
    int licenceRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data().toString() == QStringLiteral("营业执照"))
            licenceRow = row;
    QVERIFY(licenceRow >= 0);
    QCOMPARE(
        table->model()->index(licenceRow, MaterialTableModel::NecessityColumn).data().toString(),
        QStringLiteral("必要"));
    QCOMPARE(
        table->model()->index(licenceRow, MaterialTableModel::ELicenceColumn).data().toString(),
        QStringLiteral("✓"));
    const QString legal = guide->findChild<QLabel *>(QStringLiteral("legalLimitValue"))->text();
    QVERIFY2(legal.contains(QStringLiteral("工作日")) ||
                 legal.contains(QStringLiteral("当场办结")) ||
                 legal.contains(QStringLiteral("自然日")),
             qPrintable(legal));

    // 6. The department filter narrows the results.
    auto *departments = guide->findChild<QComboBox *>(QStringLiteral("departmentCombo"));
    QCOMPARE(departments->itemText(0), QStringLiteral("全部部门"));
    departments->setCurrentIndex(departments->findData(QStringLiteral("D16"), Qt::UserRole + 1));
    QCOMPARE(guide->searchModel()->rowCount(), 4);
    QVERIFY(guide->searchModel()->rowCount() < found);
    window->close();
}

void TestStartupFlow::cancellingSignInEndsTheFlow() {
    test::TempWorkstation store;
    QVERIFY2(store.error().isEmpty(), qPrintable(store.error()));
    AppSettings settings(m_settingsDir.filePath(QStringLiteral("cancel.ini")));
    WorkstationStore::FirstRun nothingDue; // a later start: straight to sign-in
    StartupFlow flow(store.context(), settings, nothingDue);
    QSignalSpy cancelled(&flow, &StartupFlow::cancelled);
    flow.start();
    QVERIFY(flow.currentDialog());
    QVERIFY(QTest::qWaitForWindowActive(flow.currentDialog()));
    QCOMPARE(flow.currentDialog()->windowTitle(), QStringLiteral("登录 — 一窗通办工作台"));
    QTest::keyClick(flow.currentDialog(), Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!flow.mainWindow());
}

QTEST_MAIN(TestStartupFlow)
#include "tst_startupflow.moc"
