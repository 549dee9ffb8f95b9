// Standalone workstation (issue 5 item 5): the embedded server in the data folder, the device
// account it provisions once, and the background SyncThread keeping the workstation working
// offline and catching up. Everything runs on this thread except the sync worker: the embedded
// server answers on this thread's event loop, which the QTRY_ macros keep turning.
#include "caserepository.h"
#include "database.h"
#include "deviceaccount.h"
#include "deviceprovisioner.h"
#include "embeddedserver.h"
#include "syncsettings.h"
#include "syncthread.h"
#include "workstationstore.h"
#include "workstationsync.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    g_messages << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// One request to the server without blocking this thread (the server answers on it).
QJsonObject call(QNetworkAccessManager &network, const QUrl &base, const QByteArray &method,
                 const QString &path, const QByteArray &body = {}, const QString &token = {}) {
    QUrl url = base;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// The keys of every visit in the server's change feed, as an API client sees them.
QStringList serverVisitKeys(const QUrl &server, const DeviceAccount &account) {
    QNetworkAccessManager network;
    const QJsonObject login =
        call(network, server, "POST", QStringLiteral("/api/v1/auth/login"),
             QJsonDocument(QJsonObject{{QStringLiteral("name"), account.user},
                                       {QStringLiteral("password"), account.password}})
                 .toJson(QJsonDocument::Compact));
    const QString token = login.value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        return {QStringLiteral("<login failed>")};
    const QJsonObject page =
        call(network, server, "GET", QStringLiteral("/api/v1/sync/pull?since=0"), {}, token);
    QStringList keys;
    for (const QJsonValue &change : page.value(QStringLiteral("changes")).toArray()) {
        if (change.toObject().value(QStringLiteral("entity")).toString() == QLatin1String("visit"))
            keys << change.toObject().value(QStringLiteral("key")).toString();
    }
    return keys;
}

Result<QString> saveVisit(Database &db, const QString &name) {
    CaseRepository cases(db);
    const QDateTime now = QDateTime::currentDateTime();
    auto id = cases.newVisitId(now.date());
    if (!id)
        return id;
    Visit visit;
    visit.id = id.value();
    visit.ticket = QStringLiteral("A001");
    visit.applicant.kind = Applicant::Kind::LegalPerson;
    visit.applicant.name = name;
    visit.applicant.creditCode = QStringLiteral("SA-") + visit.id;
    visit.openedAt = now;
    if (Status st = cases.saveVisit(visit); !st)
        return Result<QString>::failure(st.error());
    return visit.id;
}

// The file's mode as chmod shows it (Qt's "User" flags only repeat the owner's for us).
int modeBits(const QString &path) {
    const QFileDevice::Permissions p = QFile::permissions(path);
    int mode = 0;
    const std::pair<QFileDevice::Permission, int> bits[] = {
        {QFileDevice::ReadOwner, 0400},  {QFileDevice::WriteOwner, 0200},
        {QFileDevice::ExeOwner, 0100},   {QFileDevice::ReadGroup, 0040},
        {QFileDevice::WriteGroup, 0020}, {QFileDevice::ExeGroup, 0010},
        {QFileDevice::ReadOther, 0004},  {QFileDevice::WriteOther, 0002},
        {QFileDevice::ExeOther, 0001}};
    for (const auto &[flag, bit] : bits)
        mode |= p.testFlag(flag) ? bit : 0;
    return mode;
}

SyncWorkerConfig quickConfig(const QString &dataDir, const EmbeddedServer &server) {
    SyncWorkerConfig config;
    config.databasePath = WorkstationStore::databasePath(dataDir);
    config.server = server.url();
    config.user = server.account().user;
    config.password = server.account().password;
    config.intervalMs = 60000; // only nudges and backoff move it in this test
    config.nudgeDelayMs = 20;
    config.timeoutMs = 5000;
    config.engine.retry.attempts = 1;
    config.engine.cycleBaseDelayMs = 100;
    config.engine.cycleMaxDelayMs = 400;
    return config;
}

EmbeddedServerOptions anyPort(const QString &dataDir) {
    EmbeddedServerOptions options;
    options.dataDir = dataDir;
    options.port = 0;
    return options;
}

} // namespace

class TestStandaloneSync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(captureMessage); }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void accountName_data();
    void accountName();
    void settingsRejectBadValues_data();
    void settingsRejectBadValues();
    void settingsRoundTrip();
    void deviceAccountIsOwnerOnly();
    void provisionsTheAccountOnce();
    void takesTheNextFreePort();
    void refusesPlainHttpOnTheLan();
    void syncsOfflineAndCatchesUp();
    void workstationSyncStandalone();
    void configuredServerNeedsAnAccount();
};

void TestStandaloneSync::accountName_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("hall07") << QStringLiteral("ws-hall07");
    QTest::newRow("upper and dots")
        << QStringLiteral("Hall-PC_01.local") << QStringLiteral("ws-hall-pc-01-local");
    QTest::newRow("chinese") << QStringLiteral("窗口3") << QStringLiteral("ws---3");
    QTest::newRow("empty") << QString() << QStringLiteral("ws-workstation");
    QTest::newRow("long") << QString(100, QLatin1Char('a'))
                          << QStringLiteral("ws-") + QString(61, QLatin1Char('a'));
}

void TestStandaloneSync::accountName() {
    QFETCH(QString, host);
    QFETCH(QString, expected);
    QCOMPARE(DeviceProvisioner::accountName(host), expected);
}

void TestStandaloneSync::settingsRejectBadValues_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("url without scheme")
        << QStringLiteral("server/url") << QStringLiteral("hall:8470");
    QTest::newRow("ftp url") << QStringLiteral("server/url") << QStringLiteral("ftp://hall/");
    QTest::newRow("port too big") << QStringLiteral("server/port") << QStringLiteral("70000");
    QTest::newRow("port text") << QStringLiteral("server/port") << QStringLiteral("eighty");
    QTest::newRow("interval 0") << QStringLiteral("sync/intervalSeconds") << QStringLiteral("0");
}

void TestStandaloneSync::settingsRejectBadValues() {
    QFETCH(QString, key);
    QFETCH(QString, value);
    QTemporaryDir dir;
    {
        QSettings ini(SyncSettings::filePath(dir.path()), QSettings::IniFormat);
        ini.setValue(key, value);
    }
    const auto settings = SyncSettings::load(dir.path());
    QVERIFY(!settings);
    QVERIFY2(settings.error().contains(key), qPrintable(settings.error()));
    QVERIFY2(settings.error().contains(QStringLiteral("sync.ini")), qPrintable(settings.error()));
}

void TestStandaloneSync::settingsRoundTrip() {
    QTemporaryDir dir;
    auto defaults = SyncSettings::load(dir.path());
    QVERIFY2(defaults, qPrintable(defaults.error()));
    QVERIFY(defaults->standalone());
    QCOMPARE(defaults->port, quint16(8470));
    QCOMPARE(defaults->intervalSeconds, 15);
    SyncSettings s = defaults.value();
    s.serverUrl = QStringLiteral("https://hall.example:8470");
    s.user = QStringLiteral("ws-07");
    s.port = 8480;
    QVERIFY(s.save(dir.path()));
    auto loaded = SyncSettings::load(dir.path());
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QVERIFY(!loaded->standalone());
    QCOMPARE(loaded->serverUrl, s.serverUrl);
    QCOMPARE(loaded->user, s.user);
    QCOMPARE(loaded->port, quint16(8480));
}

void TestStandaloneSync::deviceAccountIsOwnerOnly() {
    QTemporaryDir dir;
    auto none = DeviceAccount::load(dir.path());
    QVERIFY(none);
    QVERIFY(!none.value());
    const DeviceAccount account{QStringLiteral("https://hall"), QStringLiteral("ws-1"),
                                QStringLiteral("s3cret-Pass")};
    QVERIFY(account.save(dir.path()));
    QCOMPARE(modeBits(DeviceAccount::filePath(dir.path())), 0600);
    auto loaded = DeviceAccount::load(dir.path());
    QVERIFY2(loaded && loaded.value(), qPrintable(loaded.error()));
    QCOMPARE(loaded.value()->password, account.password);

    QFile broken(DeviceAccount::filePath(dir.path()));
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write(R"({"server": "embedded", "user": "ws-1"})");
    broken.close();
    const auto bad = DeviceAccount::load(dir.path());
    QVERIFY(!bad);
    QVERIFY2(bad.error().contains(QStringLiteral("password")), qPrintable(bad.error()));
}

void TestStandaloneSync::provisionsTheAccountOnce() {
    QTemporaryDir dir;
    g_messages.clear();
    DeviceAccount first;
    {
        EmbeddedServer server(anyPort(dir.path()));
        const Status started = server.start();
        QVERIFY2(started, qPrintable(started.error()));
        QVERIFY(server.port() > 0);
        QVERIFY(server.accountCreated());
        first = server.account();
        QVERIFY(first.user.startsWith(QStringLiteral("ws-")));
        QCOMPARE(first.server, DeviceAccount::kEmbedded);
        QCOMPARE(modeBits(DeviceAccount::filePath(dir.path())), 0600);
        QVERIFY(QFile::exists(EmbeddedServer::databasePath(dir.path())));
        QVERIFY(!QFile::exists(WorkstationStore::databasePath(dir.path())));
    }
    EmbeddedServer again(anyPort(dir.path()));
    const Status restarted = again.start();
    QVERIFY2(restarted, qPrintable(restarted.error()));
    QVERIFY(!again.accountCreated());
    QCOMPARE(again.account().user, first.user);
    QCOMPARE(again.account().password, first.password);
    // The password reaches no log line.
    for (const QString &line : std::as_const(g_messages))
        QVERIFY2(!line.contains(first.password), qPrintable(line));

    // A lost file gets a new password for the same account.
    QVERIFY(QFile::remove(DeviceAccount::filePath(dir.path())));
    again.stop();
    QVERIFY2(again.start(), "restart after the file was lost");
    QVERIFY(again.accountCreated());
    QCOMPARE(again.account().user, first.user);
    QVERIFY(again.account().password != first.password);
}

void TestStandaloneSync::takesTheNextFreePort() {
    QTemporaryDir dir;
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    const quint16 taken = occupant.serverPort();
    QVERIFY(taken < 65000);
    EmbeddedServerOptions options = anyPort(dir.path());
    options.port = taken;
    EmbeddedServer server(options);
    const Status started = server.start();
    QVERIFY2(started, qPrintable(started.error()));
    QVERIFY(server.port() > taken);
    QVERIFY(server.port() < taken + options.portAttempts);
    QCOMPARE(server.url().port(), int(server.port()));
    QCOMPARE(server.url().host(), QStringLiteral("127.0.0.1"));
}

void TestStandaloneSync::refusesPlainHttpOnTheLan() {
    QTemporaryDir dir;
    EmbeddedServerOptions options = anyPort(dir.path());
    options.listen = QStringLiteral("0.0.0.0");
    EmbeddedServer server(options);
    const Status started = server.start();
    QVERIFY(!started);
    QVERIFY2(started.error().contains(QStringLiteral("TLS")), qPrintable(started.error()));
    QVERIFY(!server.isRunning());
}

void TestStandaloneSync::syncsOfflineAndCatchesUp() {
    QTemporaryDir dir;
    auto opened = WorkstationStore::open(dir.path());
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();

    auto server = std::make_unique<EmbeddedServer>(anyPort(dir.path()));
    QVERIFY2(server->start(), "embedded server");
    const quint16 port = server->port();
    const DeviceAccount account = server->account();
    const QUrl url = server->url();

    SyncThread sync;
    QSignalSpy states(&sync, &SyncThread::stateChanged);
    sync.start(quickConfig(dir.path(), *server));
    QVERIFY(sync.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(sync.state().connection == SyncState::Connection::Online &&
                                 sync.state().lastSuccess.isValid(),
                             20000);

    // A save while online: pushed after the nudge.
    auto first = saveVisit(db, QStringLiteral("在线单位"));
    QVERIFY2(first, qPrintable(first.error()));
    sync.nudge();
    QTRY_VERIFY_WITH_TIMEOUT(serverVisitKeys(url, account).contains(first.value()), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(sync.state().pending, 0, 20000);
    QCOMPARE(sync.state().connection, SyncState::Connection::Online);

    // The server goes away: the save still works, and waits.
    server.reset();
    auto second = saveVisit(db, QStringLiteral("离线单位"));
    QVERIFY2(second, qPrintable(second.error()));
    sync.nudge();
    QTRY_VERIFY_WITH_TIMEOUT(sync.state().connection == SyncState::Connection::Offline &&
                                 sync.state().pending == 1,
                             20000);
    QVERIFY(!sync.state().lastError.isEmpty());

    // Back on the same port: the backoff brings the worker round, and it catches up.
    EmbeddedServerOptions samePort = anyPort(dir.path());
    samePort.port = port;
    samePort.portAttempts = 1;
    server = std::make_unique<EmbeddedServer>(samePort);
    const Status restarted = server->start();
    QVERIFY2(restarted, qPrintable(restarted.error()));
    QVERIFY(!server->accountCreated());
    QTRY_VERIFY_WITH_TIMEOUT(sync.state().connection == SyncState::Connection::Online &&
                                 sync.state().pending == 0,
                             20000);
    const QStringList keys = serverVisitKeys(url, account);
    QVERIFY(keys.contains(first.value()));
    QVERIFY(keys.contains(second.value()));
    QCOMPARE(keys.count(second.value()), 1);
    QVERIFY(!states.isEmpty());

    // Shutting down does not wait for the 60 s interval or a retry.
    QElapsedTimer stopping;
    stopping.start();
    sync.stop();
    QVERIFY(!sync.isRunning());
    QVERIFY2(stopping.elapsed() < 5000, qPrintable(QString::number(stopping.elapsed())));
}

void TestStandaloneSync::workstationSyncStandalone() {
    QTemporaryDir dir;
    auto opened = WorkstationStore::open(dir.path());
    QVERIFY2(opened, qPrintable(opened.error()));
    SyncSettings settings;
    settings.port = 0;
    QVERIFY(settings.save(dir.path()));
    WorkstationSync sync(dir.path());
    const Status started = sync.start();
    QVERIFY2(started, qPrintable(started.error()));
    QVERIFY(sync.embeddedServer());
    QCOMPARE(sync.sync().server(), sync.embeddedServer()->url());
    QTRY_VERIFY_WITH_TIMEOUT(sync.sync().state().connection == SyncState::Connection::Online &&
                                 sync.sync().state().lastSuccess.isValid(),
                             20000);
    QCOMPARE(sync.sync().state().pending, 0);
    sync.stop();
    QVERIFY(!sync.sync().isRunning());
    QVERIFY(!sync.embeddedServer()->isRunning());
}

void TestStandaloneSync::configuredServerNeedsAnAccount() {
    QTemporaryDir dir;
    SyncSettings settings;
    settings.serverUrl = QStringLiteral("http://127.0.0.1:9");
    settings.user = QStringLiteral("ws-x");
    QVERIFY(settings.save(dir.path()));
    WorkstationSync sync(dir.path());
    const Status started = sync.start();
    QVERIFY(!started);
    QVERIFY2(started.error().contains(QStringLiteral("device-account.json")),
             qPrintable(started.error()));
    QVERIFY(!sync.embeddedServer());
    QCOMPARE(sync.sync().state().connection, SyncState::Connection::Offline);
    QCOMPARE(sync.sync().state().lastError, started.error());
}

QTEST_GUILESS_MAIN(TestStandaloneSync)
#include "tst_standalonesync.moc"
