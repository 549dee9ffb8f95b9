// A scanned material reaches the server: the background sync uploads the PDF (in chunks) before
// it pushes the record that names it, and keeps it pending while the server is away. Runs the
// embedded server on this thread and the sync worker on its own, as the workstation does.
#include "database.h"
#include "embeddedserver.h"
#include "localattachmentstore.h"
#include "materialscanrepository.h"
#include "scancasefixture.h"
#include "syncoutbox.h"
#include "syncthread.h"
#include "workstationstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

QByteArray request(QNetworkAccessManager &network, const QUrl &base, const QByteArray &method,
                   const QString &path, const QByteArray &body = {}, const QString &token = {}) {
    QUrl url = base;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest r(url);
    if (!body.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(r, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000))
        return {};
    return reply->readAll();
}

// What an API client sees on the server: the attachment's bytes and the synced records.
struct ServerView {
    QByteArray content;
    QList<QJsonObject> scans;
};

ServerView serverView(const EmbeddedServer &server, const QString &sha) {
    QNetworkAccessManager network;
    const QJsonObject login =
        QJsonDocument::fromJson(
            request(
                network, server.url(), "POST", QStringLiteral("/api/v1/auth/login"),
                QJsonDocument(QJsonObject{{QStringLiteral("name"), server.account().user},
                                          {QStringLiteral("password"), server.account().password}})
                    .toJson(QJsonDocument::Compact)))
            .object();
    const QString token = login.value(QStringLiteral("token")).toString();
    ServerView view;
    view.content = request(network, server.url(), "GET",
                           QStringLiteral("/api/v1/attachments/%1/content").arg(sha), {}, token);
    const QJsonObject page =
        QJsonDocument::fromJson(request(network, server.url(), "GET",
                                        QStringLiteral("/api/v1/sync/pull?since=0"), {}, token))
            .object();
    for (const QJsonValue &change : page.value(QStringLiteral("changes")).toArray())
        if (change[QStringLiteral("entity")].toString() == MaterialScanRepository::entity())
            view.scans << change[QStringLiteral("payload")].toObject();
    return view;
}

} // namespace

class TestMaterialScanSync : public QObject {
    Q_OBJECT
private slots:
    void uploadsThePdfThenPushesTheRecord();
    void waitsWhileTheServerIsAway();
    void damagedCopyDoesNotHoldUpTheRest();
};

void TestMaterialScanSync::uploadsThePdfThenPushesTheRecord() {
    QTemporaryDir dir;
    auto opened = WorkstationStore::open(dir.path());
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();
    ManualClock clock(QDateTime(QDate(2026, 3, 12), QTime(9, 0)));
    auto scanCase = test::storeScanCase(db, clock);
    QVERIFY2(scanCase, qPrintable(scanCase.error()));

    // 2.5 MB: three chunks of the upload.
    QByteArray pdf("%PDF-1.4\n");
    pdf.resize(2'500'000);
    QRandomGenerator random(7);
    for (qsizetype i = 9; i < pdf.size(); ++i)
        pdf[i] = char(random.bounded(256));
    MaterialScanRepository::Scan scan;
    scan.record.caseId = scanCase->caseId;
    scan.record.material = scanCase->materials[0].name;
    scan.record.pageCount = 3;
    scan.record.mode = QStringLiteral("greyscale");
    scan.record.createdBy = QStringLiteral("clerk1");
    scan.record.createdAt = clock.now();
    scan.pdf = pdf;
    MaterialScanRepository repo(db);
    auto saved = repo.save({scan});
    QVERIFY2(saved, qPrintable(saved.error()));
    const QString sha = saved->first().sha256;
    LocalAttachmentStore attachments(db);
    QCOMPARE(attachments.pendingCount().value(), 1);

    EmbeddedServerOptions options;
    options.dataDir = dir.path();
    options.port = 0;
    EmbeddedServer server(options);
    const Status started = server.start();
    QVERIFY2(started, qPrintable(started.error()));

    SyncWorkerConfig config;
    config.databasePath = WorkstationStore::databasePath(dir.path());
    config.server = server.url();
    config.user = server.account().user;
    config.password = server.account().password;
    config.intervalMs = 60000;
    config.nudgeDelayMs = 20;
    config.timeoutMs = 10000;
    config.engine.retry.attempts = 1;
    SyncThread sync;
    sync.start(config);
    QTRY_VERIFY_WITH_TIMEOUT(attachments.pendingCount().value() == 0, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(SyncOutbox::pendingCount(db).value(), 0, 60000);
    QVERIFY(attachments.info(sha)->uploadedAt.isValid());

    const ServerView view = serverView(server, sha);
    QCOMPARE(view.content.size(), pdf.size());
    QVERIFY(view.content == pdf);
    QCOMPARE(view.scans.size(), 1);
    QCOMPARE(view.scans.first().value(QStringLiteral("attachment")).toString(), sha);
    QCOMPARE(view.scans.first().value(QStringLiteral("pages")).toInt(), 3);
    QCOMPARE(view.scans.first().value(QStringLiteral("case_id")).toString(), scanCase->caseId);
    sync.stop();
}

void TestMaterialScanSync::waitsWhileTheServerIsAway() {
    QTemporaryDir dir;
    auto opened = WorkstationStore::open(dir.path());
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();
    ManualClock clock(QDateTime(QDate(2026, 3, 12), QTime(9, 0)));
    auto scanCase = test::storeScanCase(db, clock);
    QVERIFY2(scanCase, qPrintable(scanCase.error()));

    EmbeddedServerOptions options;
    options.dataDir = dir.path();
    options.port = 0;
    auto server = std::make_unique<EmbeddedServer>(options);
    QVERIFY2(server->start(), "embedded server");
    const quint16 port = server->port();
    SyncWorkerConfig config;
    config.databasePath = WorkstationStore::databasePath(dir.path());
    config.server = server->url();
    config.user = server->account().user;
    config.password = server->account().password;
    config.intervalMs = 60000;
    config.nudgeDelayMs = 20;
    config.timeoutMs = 3000;
    config.engine.retry.attempts = 1;
    config.engine.cycleBaseDelayMs = 100;
    config.engine.cycleMaxDelayMs = 400;
    server.reset(); // away before the first cycle

    MaterialScanRepository::Scan scan;
    scan.record.caseId = scanCase->caseId;
    scan.record.material = scanCase->materials[1].name;
    scan.record.pageCount = 1;
    scan.record.mode = QStringLiteral("bw");
    scan.record.createdBy = QStringLiteral("clerk1");
    scan.record.createdAt = clock.now();
    scan.pdf = QByteArray("%PDF-1.4\n% one page\n%%EOF\n");
    auto saved = MaterialScanRepository(db).save({scan});
    QVERIFY2(saved, qPrintable(saved.error()));
    const QString sha = saved->first().sha256;

    SyncThread sync;
    sync.start(config);
    LocalAttachmentStore attachments(db);
    QTRY_VERIFY_WITH_TIMEOUT(sync.state().connection == SyncState::Connection::Offline &&
                                 !sync.state().lastError.isEmpty(),
                             30000);
    QCOMPARE(attachments.pendingCount().value(), 1);
    QVERIFY(SyncOutbox::pendingCount(db).value() >= 1); // the record waits for its bytes

    options.port = port;
    options.portAttempts = 1;
    server = std::make_unique<EmbeddedServer>(options);
    const Status restarted = server->start();
    QVERIFY2(restarted, qPrintable(restarted.error()));
    QTRY_VERIFY_WITH_TIMEOUT(attachments.pendingCount().value() == 0, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(SyncOutbox::pendingCount(db).value(), 0, 60000);
    QCOMPARE(attachments.info(sha)->lastError, QString());
    const ServerView view = serverView(*server, sha);
    QCOMPARE(view.content, scan.pdf);
    QCOMPARE(view.scans.size(), 1);
    sync.stop();
}

void TestMaterialScanSync::damagedCopyDoesNotHoldUpTheRest() {
    QTemporaryDir dir;
    auto opened = WorkstationStore::open(dir.path());
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();
    ManualClock clock(QDateTime(QDate(2026, 3, 12), QTime(9, 0)));
    auto scanCase = test::storeScanCase(db, clock);
    QVERIFY2(scanCase, qPrintable(scanCase.error()));
    QList<MaterialScanRepository::Scan> scans;
    for (int m = 0; m < 2; ++m) {
        MaterialScanRepository::Scan scan;
        scan.record.caseId = scanCase->caseId;
        scan.record.material = scanCase->materials[m].name;
        scan.record.pageCount = 1;
        scan.record.mode = QStringLiteral("greyscale");
        scan.record.createdBy = QStringLiteral("clerk1");
        scan.record.createdAt = clock.now();
        scan.pdf = QByteArray("%PDF-1.4\n% material ") + QByteArray::number(m);
        scans << scan;
    }
    auto saved = MaterialScanRepository(db).save(scans);
    QVERIFY2(saved, qPrintable(saved.error()));
    const QString damaged = saved->at(0).sha256;
    const QString good = saved->at(1).sha256;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE local_attachments SET content = ? WHERE sha256 = ?"));
    q.addBindValue(QByteArray("%PDF-1.4\n% bit rot"));
    q.addBindValue(damaged);
    QVERIFY(q.exec());

    EmbeddedServerOptions options;
    options.dataDir = dir.path();
    options.port = 0;
    EmbeddedServer server(options);
    QVERIFY2(server.start(), "embedded server");
    SyncWorkerConfig config;
    config.databasePath = WorkstationStore::databasePath(dir.path());
    config.server = server.url();
    config.user = server.account().user;
    config.password = server.account().password;
    config.intervalMs = 60000;
    config.timeoutMs = 10000;
    config.engine.retry.attempts = 1;
    SyncThread sync;
    sync.start(config);
    LocalAttachmentStore attachments(db);
    // The good PDF and both records go up; the damaged copy stays pending with its reason.
    QTRY_VERIFY_WITH_TIMEOUT(attachments.info(good)->uploadedAt.isValid(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(SyncOutbox::pendingCount(db).value(), 0, 60000);
    QCOMPARE(attachments.pendingCount().value(), 1);
    QVERIFY(attachments.info(damaged)->attempts >= 1);
    QVERIFY2(attachments.info(damaged)->lastError.contains(QStringLiteral("do not match")),
             qPrintable(attachments.info(damaged)->lastError));
    QCOMPARE(serverView(server, good).content, scans[1].pdf);
    sync.stop();
}

QTEST_GUILESS_MAIN(TestMaterialScanSync)
#include "tst_materialscansync.moc"
