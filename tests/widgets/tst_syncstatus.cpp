// The status bar's sync indicator, in Chinese: the texts for every state, and a signed-in main
// window of a standalone workstation that reaches 在线 with nothing pending.
#include "appsettings.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "syncsettings.h"
#include "syncstatuslabel.h"
#include "workstationsync.h"

#include <QStatusBar>
#include <QTest>

using namespace ow;

class TestSyncStatus : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(test::installChinese()); }
    void texts_data();
    void texts();
    void toolTipNamesServerAndError();
    void mainWindowShowsOnline();

private:
    QTemporaryDir m_settingsDir;
};

void TestSyncStatus::texts_data() {
    QTest::addColumn<int>("connection");
    QTest::addColumn<int>("pending");
    QTest::addColumn<int>("conflicts");
    QTest::addColumn<QString>("expected");
    QTest::newRow("online") << int(SyncState::Connection::Online) << 0 << 0
                            << QStringLiteral("在线 · 待同步 0 条");
    QTest::newRow("syncing") << int(SyncState::Connection::Syncing) << 3 << 0
                             << QStringLiteral("同步中 · 待同步 3 条");
    QTest::newRow("offline with conflicts") << int(SyncState::Connection::Offline) << 1 << 2
                                            << QStringLiteral("离线 · 待同步 1 条 · 冲突 2 条");
}

void TestSyncStatus::texts() {
    QFETCH(int, connection);
    QFETCH(int, pending);
    QFETCH(int, conflicts);
    QFETCH(QString, expected);
    SyncStatusLabel label;
    SyncState state;
    state.connection = SyncState::Connection(connection);
    state.pending = pending;
    state.conflicts = conflicts;
    label.setState(state);
    QCOMPARE(label.text(), expected);
}

void TestSyncStatus::toolTipNamesServerAndError() {
    SyncStatusLabel label;
    label.setServer(QUrl(QStringLiteral("http://127.0.0.1:8470")));
    SyncState state;
    state.lastError = QStringLiteral("connection refused");
    label.setState(state);
    QVERIFY2(label.toolTip().contains(QStringLiteral("http://127.0.0.1:8470")),
             qPrintable(label.toolTip()));
    QVERIFY2(label.toolTip().contains(QStringLiteral("connection refused")),
             qPrintable(label.toolTip()));
    QVERIFY2(label.toolTip().contains(QStringLiteral("尚未成功同步")), qPrintable(label.toolTip()));
    state.connection = SyncState::Connection::Online;
    state.lastError.clear();
    state.lastSuccess = QDateTime(QDate(2025, 3, 3), QTime(9, 30, 5));
    label.setState(state);
    QVERIFY2(label.toolTip().contains(QStringLiteral("上次成功同步：2025-03-03 09:30:05")),
             qPrintable(label.toolTip()));
}

void TestSyncStatus::mainWindowShowsOnline() {
    test::TempWorkstation store;
    QVERIFY2(store.error().isEmpty(), qPrintable(store.error()));
    SyncSettings syncSettings;
    syncSettings.port = 0; // any free port: tests run side by side
    QVERIFY(syncSettings.save(store.dir()));
    WorkstationSync sync(store.dir());
    store.context().setBackgroundSync(&sync.sync());
    const Status started = sync.start();
    QVERIFY2(started, qPrintable(started.error()));

    const Status signedIn = store.context().auth().login(store.firstRun().adminName,
                                                         store.firstRun().adminOneTimePassword);
    QVERIFY2(signedIn, qPrintable(signedIn.error()));
    AppSettings settings(m_settingsDir.filePath(QStringLiteral("sync.ini")));
    MainWindow window(store.context(), settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *label = window.statusBar()->findChild<SyncStatusLabel *>(QStringLiteral("syncStatus"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("在线 · 待同步 0 条"), 20000);
    QVERIFY2(label->toolTip().contains(sync.embeddedServer()->url().toString()),
             qPrintable(label->toolTip()));
    window.close();
    sync.stop();
}

QTEST_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
