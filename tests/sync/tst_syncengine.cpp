#include "attachmentsync.h"
#include "fakesyncserver.h"
#include "syncclient.h"

#include <QSignalSpy>
#include <QTest>

using namespace ow;
using namespace ow::test;

using Kind = FakeSyncServer::Fault::Kind;
Q_DECLARE_METATYPE(FakeSyncServer::Fault::Kind)
Q_DECLARE_METATYPE(ow::SyncState::Connection)

namespace {

QJsonObject payload(const char *text) {
    return {{QStringLiteral("text"), QString::fromUtf8(text)}};
}

const QString kPush = QStringLiteral("/api/v1/sync/push");
const QString kPull = QStringLiteral("/api/v1/sync/pull");
const QString kLogin = QStringLiteral("/api/v1/auth/login");

} // namespace

// The engine against a fake server that keeps state and injects faults. After every successful
// sync: replica == server state, nothing lost, nothing applied twice (DESIGN §6).
class TestSyncEngine : public QObject {
    Q_OBJECT

    void verifyInvariant(SyncClient &client, FakeSyncServer &server, const QStringList &uuids) {
        auto replica = client.engine->store().replica();
        QVERIFY2(replica, qPrintable(replica.error()));
        const QList<ReplicaRecord> expected = server.records();
        QCOMPARE(replica->size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(replica->at(i).key, expected.at(i).key);
            QCOMPARE(replica->at(i).revision, expected.at(i).revision);
            QCOMPARE(replica->at(i).seq, expected.at(i).seq);
            QCOMPARE(replica->at(i), expected.at(i));
        }
        QCOMPARE(client.pending(), 0);
        for (const QString &uuid : uuids)
            QCOMPARE(server.applications().value(uuid), 1);
        for (auto it = server.applications().begin(); it != server.applications().end(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    // A client that synced once, then wrote offline while others changed the server.
    QStringList prepare(SyncClient &client, FakeSyncServer &server) {
        server.applyFromElsewhere(QStringLiteral("visit"), QStringLiteral("E1"), payload("e1"));
        server.applyFromElsewhere(QStringLiteral("visit"), QStringLiteral("E2"), payload("e2"));
        QStringList uuids{client.write(QStringLiteral("L0"), payload("l0"))};
        if (!client.engine->syncOnce())
            qFatal("first sync failed");
        for (int i = 1; i <= 3; ++i)
            uuids << client.write(QStringLiteral("L%1").arg(i), payload("local"));
        uuids << client.write(QStringLiteral("E1"), payload("edited here")); // base 1: applies
        uuids << client.write(QStringLiteral("L1"), payload("second edit")); // chains on L1
        server.applyFromElsewhere(QStringLiteral("visit"), QStringLiteral("E2"), payload("e2b"));
        server.applyFromElsewhere(QStringLiteral("visit"), QStringLiteral("E3"), payload("e3"));
        return uuids;
    }

private slots:
    void faultMatrix_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("times");
        QTest::addColumn<bool>("firstSucceeds");
        QTest::addColumn<SyncState::Connection>("afterFailure");
        using C = SyncState::Connection;
        const int all = RetryPolicy().attempts; // every retry of one request
        struct Row {
            const char *name;
            QString path;
            Kind kind;
            int status;
            int times;
            bool ok;
            C after;
        };
        const QList<Row> rows = {
            {"push 500 once (retried)", kPush, Kind::Status, 500, 1, true, C::Online},
            {"push 500 always", kPush, Kind::Status, 500, all, false, C::Offline},
            {"push 503 always", kPush, Kind::Status, 503, all, false, C::Offline},
            {"push 503 twice", kPush, Kind::Status, 503, 2, true, C::Online},
            {"push 400", kPush, Kind::Status, 400, 1, false, C::Online},
            {"push 401 (login again)", kPush, Kind::Status, 401, 1, true, C::Online},
            {"push 403", kPush, Kind::Status, 403, 1, false, C::Online},
            {"push 404", kPush, Kind::Status, 404, 1, false, C::Online},
            {"push 409", kPush, Kind::Status, 409, 1, false, C::Online},
            {"push 412", kPush, Kind::Status, 412, 1, false, C::Online},
            {"push timeout once", kPush, Kind::Timeout, 0, 1, true, C::Online},
            {"push timeout always", kPush, Kind::Timeout, 0, all, false, C::Offline},
            {"push hangs once (applied, reply lost)", kPush, Kind::Hang, 0, 1, true, C::Online},
            {"push hangs always", kPush, Kind::Hang, 0, all, false, C::Offline},
            {"push truncated once", kPush, Kind::Truncated, 0, 1, true, C::Online},
            {"push truncated always", kPush, Kind::Truncated, 0, all, false, C::Offline},
            {"push malformed once", kPush, Kind::Malformed, 0, 1, true, C::Online},
            {"push malformed always", kPush, Kind::Malformed, 0, all, false, C::Offline},
            {"pull 500 always", kPull, Kind::Status, 500, all, false, C::Offline},
            {"pull 503 once", kPull, Kind::Status, 503, 1, true, C::Online},
            {"pull 400", kPull, Kind::Status, 400, 1, false, C::Online},
            {"pull 401 (login again)", kPull, Kind::Status, 401, 1, true, C::Online},
            {"pull 403", kPull, Kind::Status, 403, 1, false, C::Online},
            {"pull 404", kPull, Kind::Status, 404, 1, false, C::Online},
            {"pull 409", kPull, Kind::Status, 409, 1, false, C::Online},
            {"pull 412", kPull, Kind::Status, 412, 1, false, C::Online},
            {"pull hangs once", kPull, Kind::Hang, 0, 1, true, C::Online},
            {"pull timeout always", kPull, Kind::Timeout, 0, all, false, C::Offline},
            {"pull truncated once", kPull, Kind::Truncated, 0, 1, true, C::Online},
            {"pull malformed always", kPull, Kind::Malformed, 0, all, false, C::Offline},
            {"login 503 always", kLogin, Kind::Status, 503, all, false, C::Offline},
            {"login 401", kLogin, Kind::Status, 401, 1, false, C::Online},
            {"login malformed once", kLogin, Kind::Malformed, 0, 1, true, C::Online},
        };
        for (const Row &r : rows)
            QTest::newRow(r.name) << r.path << r.kind << r.status << r.times << r.ok << r.after;
    }

    void faultMatrix() {
        QFETCH(QString, path);
        QFETCH(Kind, kind);
        QFETCH(int, status);
        QFETCH(int, times);
        QFETCH(bool, firstSucceeds);
        QFETCH(SyncState::Connection, afterFailure);
        FakeSyncServer server;
        SyncClient client(server);
        const QStringList uuids = prepare(client, server);
        if (path == kLogin)
            server.expireTokens(); // the next request needs a login
        server.inject({kind, status, path, times});
        auto first = client.engine->syncOnce();
        QCOMPARE(bool(first), firstSucceeds);
        if (first) {
            verifyInvariant(client, server, uuids);
            QCOMPARE(client.engine->state().connection, SyncState::Connection::Online);
            return;
        }
        QCOMPARE(client.engine->state().connection, afterFailure);
        QVERIFY(!client.engine->state().lastError.isEmpty());
        QVERIFY(client.engine->nextDelayMs(60000) <= 2000); // backoff starts small
        // Nothing was applied twice even by the failed cycle.
        for (auto it = server.applications().begin(); it != server.applications().end(); ++it)
            QCOMPARE(it.value(), 1);
        server.clearFaults();
        auto second = client.engine->syncOnce();
        QVERIFY2(second, qPrintable(second.error()));
        verifyInvariant(client, server, uuids);
        QVERIFY(client.engine->state().lastError.isEmpty());
    }

    // Fails the 1st, 2nd, 3rd... database write of the sync's apply steps; the next sync must
    // recover each time. Ends when a sync needs fewer writes than the injected position.
    void failingNthDatabaseWrite() {
        int n = 1;
        for (;; ++n) {
            FakeSyncServer server;
            SyncClient client(server, SyncConfig{3, 2, {}, 2000, 300000}); // small batches
            QStringList uuids = prepare(client, server);
            // A conflict too: another client changed E2 after our replica saw it.
            uuids << client.write(QStringLiteral("E2"), payload("stale edit"));
            server.applyFromElsewhere(QStringLiteral("visit"), QStringLiteral("E2"),
                                      payload("e2c"));
            int writes = 0;
            client.engine->setWriteHook([&](const QString &what) {
                return ++writes == n ? Status::failure(QStringLiteral("injected: ") + what)
                                     : Status();
            });
            auto first = client.engine->syncOnce();
            client.engine->setWriteHook({});
            if (first) {
                QVERIFY2(writes < n, "the injected write failure went unnoticed");
                verifyInvariant(client, server, uuids);
                break;
            }
            QVERIFY(first.error().contains(QLatin1String("injected")));
            auto second = client.engine->syncOnce();
            QVERIFY2(second, qPrintable(QStringLiteral("write %1: %2").arg(n).arg(second.error())));
            verifyInvariant(client, server, uuids);
            QCOMPARE(client.engine->state().conflicts, 1);
        }
        QVERIFY2(n > 20, qPrintable(QStringLiteral("only %1 writes exercised").arg(n)));
    }

    void conflictKeepsBothVersionsUntilResolved() {
        FakeSyncServer server;
        SyncClient a(server);
        SyncClient b(server);
        a.write(QStringLiteral("K"), payload("first"));
        QVERIFY(a.engine->syncOnce());
        QVERIFY(b.engine->syncOnce());
        a.write(QStringLiteral("K"), payload("a edits"));
        const QString bEdit = b.write(QStringLiteral("K"), payload("b edits"));
        QVERIFY(a.engine->syncOnce());
        auto report = b.engine->syncOnce();
        QVERIFY(report);
        QCOMPARE(report->conflicts, 1);
        QCOMPARE(b.engine->state().conflicts, 1);
        // The server's version wins in the replica; b's version is kept, flagged.
        const auto records = b.engine->store().replica().value();
        const auto k = std::find_if(records.begin(), records.end(), [](const ReplicaRecord &r) {
            return r.key == QLatin1String("K");
        });
        QVERIFY(k != records.end());
        QCOMPARE(k->payload, payload("a edits"));
        QCOMPARE(k->revision, 2);
        const auto conflicts = b.engine->store().conflicts().value();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().uuid, bEdit);
        QCOMPARE(conflicts.first().payload, payload("b edits"));
        QCOMPARE(conflicts.first().serverRevision, 2);
        // Resolve with a merge: it lands on revision 3, and both clients converge.
        QVERIFY(b.engine->resolveConflict(bEdit, payload("merged")));
        QCOMPARE(b.engine->state().conflicts, 0);
        QVERIFY(b.engine->syncOnce());
        QVERIFY(a.engine->syncOnce());
        verifyInvariant(a, server, {});
        verifyInvariant(b, server, {});
        QCOMPARE(server.records().last().key, QStringLiteral("K"));
        QCOMPARE(server.records().last().payload, payload("merged"));
        QCOMPARE(server.records().last().revision, 3);
    }

    void restoredBackupRepushesWhatItLost() {
        FakeSyncServer server;
        SyncClient client(server, SyncConfig{4, 3, {}, 2000, 300000});
        QStringList uuids;
        for (int i = 0; i < 5; ++i)
            uuids << client.write(QStringLiteral("A%1").arg(i), payload("before backup"));
        QVERIFY(client.engine->syncOnce());
        const FakeSyncServer::State backup = server.backup();
        for (int i = 0; i < 5; ++i)
            uuids << client.write(QStringLiteral("B%1").arg(i), payload("after backup"));
        uuids << client.write(QStringLiteral("A1"), payload("A1 edited after backup"));
        QVERIFY(client.engine->syncOnce());
        server.restore(backup); // same fingerprint, sequence goes back
        server.applyFromElsewhere(QStringLiteral("visit"), QStringLiteral("X"), payload("x"));
        uuids << client.write(QStringLiteral("C0"), payload("after restore"));
        auto report = client.engine->syncOnce();
        QVERIFY2(report, qPrintable(report.error()));
        QVERIFY(report->restoreDetected);
        verifyInvariant(client, server, uuids);
        QCOMPARE(server.records().size(), 12); // A0-4, B0-4, C0, X: nothing lost
    }

    void newServerDatabaseRepushesEverything() {
        FakeSyncServer server;
        SyncClient client(server);
        QStringList uuids;
        for (int i = 0; i < 4; ++i)
            uuids << client.write(QStringLiteral("R%1").arg(i), payload("r"));
        QVERIFY(client.engine->syncOnce());
        server.replaceWithEmptyServer(); // another fingerprint
        server.applyFromElsewhere(QStringLiteral("visit"), QStringLiteral("R0"), payload("new"));
        auto report = client.engine->syncOnce();
        QVERIFY2(report, qPrintable(report.error()));
        QVERIFY(report->restoreDetected);
        QCOMPARE(report->conflicts, 1); // R0 exists there already: flagged, not overwritten
        verifyInvariant(client, server, {});
        QCOMPARE(server.records().size(), 5); // R0..R3 and R0's conflict
    }

    void backoffGrowsWithJitter() {
        FakeSyncServer server;
        SyncClient client(server);
        client.write(QStringLiteral("K"), payload("v"));
        server.inject({Kind::Status, 503, kPush, 3});
        QVERIFY(client.engine->syncOnce());
        const RetryPolicy policy;
        QCOMPARE(client.sleeper.delays.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const int ceiling = policy.ceilingMs(i + 1);
            QCOMPARE(ceiling, policy.baseDelayMs << i);
            QVERIFY(client.sleeper.delays.at(i) <= ceiling);
            QVERIFY(client.sleeper.delays.at(i) >= ceiling * (1.0 - policy.jitter) - 1);
        }
        QCOMPARE(policy.ceilingMs(30), policy.maxDelayMs);
        // Between failed cycles the delay grows too, capped.
        server.inject({Kind::Timeout, 0, kPull, 1000});
        int previousCeiling = 0;
        for (int cycle = 1; cycle <= 12; ++cycle) {
            QVERIFY(!client.engine->syncOnce());
            const int delay = client.engine->nextDelayMs(60000);
            const int ceiling = std::min(2000 << std::min(cycle - 1, 20), 300000);
            QVERIFY(delay <= ceiling && delay >= ceiling / 2 - 1);
            QVERIFY(ceiling >= previousCeiling);
            previousCeiling = ceiling;
        }
        server.clearFaults();
        QVERIFY(client.engine->syncOnce());
        QCOMPARE(client.engine->nextDelayMs(60000), 60000);
    }

    void statusSignalReportsConnectionAndPending() {
        FakeSyncServer server;
        SyncClient client(server);
        QSignalSpy spy(client.engine.get(), &SyncEngine::stateChanged);
        client.write(QStringLiteral("K1"), payload("1"));
        client.write(QStringLiteral("K2"), payload("2"));
        client.engine->refreshCounts();
        QCOMPARE(client.engine->state().pending, 2);
        server.inject({Kind::Timeout, 0, QStringLiteral("/api"), 100});
        QVERIFY(!client.engine->syncOnce());
        QCOMPARE(client.engine->state().connection, SyncState::Connection::Offline);
        client.write(QStringLiteral("K3"), payload("3")); // keeps working offline
        client.engine->refreshCounts();
        QCOMPARE(client.engine->state().pending, 3);
        server.clearFaults();
        spy.clear();
        QVERIFY(client.engine->syncOnce());
        QVERIFY(spy.size() >= 2);
        QCOMPARE(spy.first().first().value<SyncState>().connection, SyncState::Connection::Syncing);
        const SyncState last = spy.last().first().value<SyncState>();
        QCOMPARE(last.connection, SyncState::Connection::Online);
        QCOMPARE(last.pending, 0);
        QVERIFY(last.lastSuccess.isValid());
    }

    void attachmentUploadResumesAndVerifies() {
        FakeSyncServer server;
        SyncClient client(server);
        QVERIFY(client.engine->login());
        QByteArray content;
        for (int i = 0; i < 5000; ++i)
            content += char(i * 7);
        const QString sha = AttachmentSync::sha256Of(content);
        // An earlier upload stopped after 1234 bytes: the engine continues there.
        server.uploads[sha] = content.left(1234);
        server.log().clear();
        AttachmentSync sync(client.engine->requester(), 1000);
        server.inject({Kind::Status, 503, QStringLiteral("/api/v1/attachments/"), 1});
        auto uploaded = sync.upload(content);
        QVERIFY2(uploaded, qPrintable(uploaded.error()));
        QCOMPARE(uploaded.value(), sha);
        QVERIFY(server.complete.value(sha));
        QVERIFY(server.log().contains(
            QStringLiteral("PUT /api/v1/attachments/%1/chunks/1234").arg(sha)));
        QVERIFY(
            !server.log().contains(QStringLiteral("PUT /api/v1/attachments/%1/chunks/0").arg(sha)));
        // Uploading again is a no-op; downloading verifies the hash.
        QVERIFY(sync.upload(content));
        auto downloaded = client.engine->downloadAttachment(sha);
        QVERIFY2(downloaded, qPrintable(downloaded.error()));
        QCOMPARE(downloaded.value(), content);
        server.corruptDownloads = true;
        auto corrupt = client.engine->downloadAttachment(sha);
        QVERIFY(!corrupt);
        QVERIFY(corrupt.error().contains(QLatin1String("SHA-256")));
        QVERIFY(!client.engine->downloadAttachment(QString(64, QLatin1Char('a'))));
    }

    void attachmentWrongOffsetContinuesWhereTheServerStands() {
        FakeSyncServer server;
        SyncClient client(server);
        QVERIFY(client.engine->login());
        const QByteArray content(3000, 'z');
        const QString sha = AttachmentSync::sha256Of(content);
        AttachmentSync sync(client.engine->requester(), 1000);
        // The state query is lost (404 as for a new upload) although the server holds 2000
        // bytes: the PUT at 0 gets 409 with received = 2000 and the engine continues there.
        server.uploads[sha] = content.left(2000);
        server.inject({Kind::Status, 404, QStringLiteral("/api/v1/attachments/") + sha, 1});
        server.log().clear();
        auto uploaded = sync.upload(content);
        QVERIFY2(uploaded, qPrintable(uploaded.error()));
        QVERIFY(server.complete.value(sha));
        QCOMPARE(server.uploads.value(sha), content);
        QVERIFY(server.log().contains(
            QStringLiteral("PUT /api/v1/attachments/%1/chunks/2000").arg(sha)));
        QVERIFY(!server.log().contains(
            QStringLiteral("PUT /api/v1/attachments/%1/chunks/1000").arg(sha)));
    }

    void malformedAckCountIsRefused() {
        QList<OutboxEntry> sent{OutboxEntry{}, OutboxEntry{}};
        sent[0].uuid = QStringLiteral("u1");
        sent[1].uuid = QStringLiteral("u2");
        auto r = SyncProtocol::parsePush(
            R"({"acks":[{"uuid":"u1","seq":1,"revision":1,"status":"applied"}],"server_fingerprint":"f"})",
            sent);
        QVERIFY(!r);
        QVERIFY(r.error().contains(QLatin1String("1 acks for 2 entries")));
        auto swapped = SyncProtocol::parsePush(
            R"({"acks":[{"uuid":"u2","seq":1,"revision":1,"status":"applied"},{"uuid":"u1","seq":2,"revision":1,"status":"applied"}],"server_fingerprint":"f"})",
            sent);
        QVERIFY(!swapped);
        auto pull = SyncProtocol::parsePull(
            R"({"changes":[{"seq":5,"entity":"e","key":"k","revision":1,"payload":{},"deleted":false}],"next":4,"more":false,"server_fingerprint":"f"})");
        QVERIFY(!pull);
        QVERIFY(pull.error().contains(QLatin1String("next")));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
