#include "serverfixture.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace ow;
using namespace ow::test;

// The real onewindow-server process: idempotent push, conflicts, pull by cursor, resumable
// attachments, WebSocket events and (PostgreSQL build) the two-instance fan-out.
class TestServerSync : public QObject, private ServerFixture {
    Q_OBJECT

private slots:
    void initTestCase() {
        const QString problem = setUp();
        if (problem.startsWith(QLatin1String("skip: ")))
            QSKIP(qPrintable(problem));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanupTestCase() { tearDown(); }

    void pushIsIdempotent() {
        const QString token = tokenFor(QStringLiteral("clerk"));
        const QString uuid = newUuid();
        const QJsonObject body =
            pushBody({entry(uuid, QStringLiteral("idem-1"), 0, {{QStringLiteral("v"), 1}})});
        const Reply first = m_api->postJson(QStringLiteral("/api/v1/sync/push"), body, token);
        QCOMPARE(first.status, 200);
        const QJsonObject ack = first.json.value(QStringLiteral("acks")).toArray().at(0).toObject();
        QCOMPARE(ack.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(ack.value(QStringLiteral("revision")).toInteger(), 1);
        const qint64 seq = ack.value(QStringLiteral("seq")).toInteger();
        QVERIFY(seq > 0);
        // The same push again (a client retrying after a lost reply): same ack, nothing applied.
        for (int replay = 0; replay < 2; ++replay) {
            const Reply again = m_api->postJson(QStringLiteral("/api/v1/sync/push"), body, token);
            QCOMPARE(again.status, 200);
            const QJsonObject dup =
                again.json.value(QStringLiteral("acks")).toArray().at(0).toObject();
            QCOMPARE(dup.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
            QCOMPARE(dup.value(QStringLiteral("original_status")).toString(),
                     QStringLiteral("applied"));
            QCOMPARE(dup.value(QStringLiteral("seq")).toInteger(), seq);
            QCOMPARE(dup.value(QStringLiteral("revision")).toInteger(), 1);
        }
        const Reply pulled =
            m_api->get(QStringLiteral("/api/v1/sync/pull?since=%1").arg(seq - 1), token);
        int count = 0;
        for (const QJsonValue &c : pulled.json.value(QStringLiteral("changes")).toArray())
            count +=
                c.toObject().value(QStringLiteral("key")).toString() == QLatin1String("idem-1");
        QCOMPARE(count, 1);
    }

    void conflictKeepsBothVersions() {
        const QString token = tokenFor(QStringLiteral("backoffice"));
        const QString key = QStringLiteral("conflict-1");
        const Reply a = m_api->postJson(
            QStringLiteral("/api/v1/sync/push"),
            pushBody({entry(newUuid(), key, 0, {{QStringLiteral("by"), QStringLiteral("A")}})}),
            token);
        QCOMPARE(a.json.value(QStringLiteral("acks"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("revision"))
                     .toInteger(),
                 1);
        const QString staleUuid = newUuid();
        const Reply b = m_api->postJson(
            QStringLiteral("/api/v1/sync/push"),
            pushBody({entry(staleUuid, key, 0, {{QStringLiteral("by"), QStringLiteral("B")}})}),
            token);
        const QJsonObject ack = b.json.value(QStringLiteral("acks")).toArray().at(0).toObject();
        QCOMPARE(ack.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
        QCOMPARE(ack.value(QStringLiteral("revision")).toInteger(), 1);
        const qint64 conflictSeq = ack.value(QStringLiteral("seq")).toInteger();
        const qint64 firstSeq = a.json.value(QStringLiteral("acks"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("seq"))
                                    .toInteger();
        const Reply pulled =
            m_api->get(QStringLiteral("/api/v1/sync/pull?since=%1").arg(firstSeq - 1), token);
        const QJsonArray changes = pulled.json.value(QStringLiteral("changes")).toArray();
        QJsonObject record, flagged;
        for (const QJsonValue &v : changes) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("seq")).toInteger() == firstSeq)
                record = c;
            if (c.value(QStringLiteral("seq")).toInteger() == conflictSeq)
                flagged = c;
        }
        // The server version is untouched ...
        QCOMPARE(record.value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("by"))
                     .toString(),
                 QStringLiteral("A"));
        // ... and the incoming one is kept beside it, flagged.
        QCOMPARE(flagged.value(QStringLiteral("entity")).toString(), QStringLiteral("_conflict"));
        QCOMPARE(flagged.value(QStringLiteral("key")).toString(), staleUuid);
        const QJsonObject kept = flagged.value(QStringLiteral("payload")).toObject();
        QCOMPARE(kept.value(QStringLiteral("key")).toString(), key);
        QCOMPARE(
            kept.value(QStringLiteral("payload")).toObject().value(QStringLiteral("by")).toString(),
            QStringLiteral("B"));
        QCOMPARE(kept.value(QStringLiteral("server_revision")).toInteger(), 1);
        // Resolving on top of revision 1 applies.
        const Reply c =
            m_api->postJson(QStringLiteral("/api/v1/sync/push"),
                            pushBody({entry(newUuid(), key, 1,
                                            {{QStringLiteral("by"), QStringLiteral("merged")}})}),
                            token);
        QCOMPARE(c.json.value(QStringLiteral("acks"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("revision"))
                     .toInteger(),
                 2);
    }

    void pullByCursorMatchesPush() {
        const QString token = tokenFor(QStringLiteral("clerk"));
        const qint64 start =
            m_api->get(QStringLiteral("/api/v1/sync/pull?since=0&limit=5000"), token)
                .json.value(QStringLiteral("next"))
                .toInteger();
        QJsonArray entries;
        for (int i = 0; i < 25; ++i)
            entries.append(entry(newUuid(), QStringLiteral("cursor-%1").arg(i), 0,
                                 {{QStringLiteral("n"), i}}));
        const Reply pushed =
            m_api->postJson(QStringLiteral("/api/v1/sync/push"), pushBody(entries), token);
        QCOMPARE(pushed.status, 200);
        QCOMPARE(pushed.json.value(QStringLiteral("acks")).toArray().size(), 25);
        const QString fingerprint =
            pushed.json.value(QStringLiteral("server_fingerprint")).toString();
        QCOMPARE(fingerprint.size(), 32);
        QJsonArray collected;
        qint64 cursor = start;
        for (int page = 0; page < 10; ++page) {
            const Reply r = m_api->get(
                QStringLiteral("/api/v1/sync/pull?since=%1&limit=10").arg(cursor), token);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(QStringLiteral("server_fingerprint")).toString(), fingerprint);
            for (const QJsonValue &c : r.json.value(QStringLiteral("changes")).toArray())
                collected.append(c);
            cursor = r.json.value(QStringLiteral("next")).toInteger();
            if (!r.json.value(QStringLiteral("more")).toBool())
                break;
        }
        QCOMPARE(collected.size(), 25);
        for (int i = 0; i < 25; ++i) {
            const QJsonObject c = collected.at(i).toObject();
            QCOMPARE(c.value(QStringLiteral("key")).toString(), QStringLiteral("cursor-%1").arg(i));
            QCOMPARE(
                c.value(QStringLiteral("payload")).toObject().value(QStringLiteral("n")).toInt(),
                i);
            QCOMPARE(c.value(QStringLiteral("seq")).toInteger(),
                     pushed.json.value(QStringLiteral("acks"))
                         .toArray()
                         .at(i)
                         .toObject()
                         .value(QStringLiteral("seq"))
                         .toInteger());
        }
        QCOMPARE(cursor, collected.last().toObject().value(QStringLiteral("seq")).toInteger());
    }

    void attachmentResumableUpload() {
        const QString token = tokenFor(QStringLiteral("clerk"));
        QByteArray data(300 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char(QRandomGenerator::global()->bounded(256));
        const QString sha = sha256Hex(data);
        const QString base = QStringLiteral("/api/v1/attachments/") + sha;
        QCOMPARE(m_api->get(base, token).status, 404);
        Reply r =
            m_api->send("PUT", base + QStringLiteral("/chunks/0"), data.left(100 * 1024), token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("received")).toInteger(), 100 * 1024);
        // A resend of the first chunk (lost reply) is refused with where to continue.
        r = m_api->send("PUT", base + QStringLiteral("/chunks/0"), data.left(100 * 1024), token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json.value(QStringLiteral("received")).toInteger(), 100 * 1024);
        // After a break the client asks how far it got and resumes there.
        const qint64 resumeAt =
            m_api->get(base, token).json.value(QStringLiteral("received")).toInteger();
        QCOMPARE(resumeAt, 100 * 1024);
        r = m_api->send("PUT", base + QStringLiteral("/chunks/%1").arg(resumeAt),
                        data.mid(resumeAt), token);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_api->get(base + QStringLiteral("/content"), token).status, 404); // not complete
        r = m_api->send("POST", base + QStringLiteral("/complete"), {}, token);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QStringLiteral("complete")).toBool());
        r = m_api->get(base + QStringLiteral("/content"), token);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body == data);
    }

    void attachmentHashMismatch() {
        const QString token = tokenFor(QStringLiteral("clerk"));
        const QString claimed = sha256Hex("what the client meant to send");
        const QString base = QStringLiteral("/api/v1/attachments/") + claimed;
        QCOMPARE(
            m_api->send("PUT", base + QStringLiteral("/chunks/0"), "something else", token).status,
            200);
        const Reply r = m_api->send("POST", base + QStringLiteral("/complete"), {}, token);
        QCOMPARE(r.status, 422);
        QVERIFY(r.json.value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("discarded")));
        QCOMPARE(m_api->get(base, token).status, 404); // discarded: a fresh upload starts at 0
    }

    void webSocketEventAfterPush() {
        const QString token = tokenFor(QStringLiteral("helpdesk"));
        QWebSocket socket;
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/events?token=%2")
                             .arg(m_server->port())
                             .arg(token)));
        QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 1, 5000); // hello once admitted
        const Reply pushed =
            m_api->postJson(QStringLiteral("/api/v1/sync/push"),
                            pushBody({entry(newUuid(), QStringLiteral("ws-1"), 0, {})}),
                            tokenFor(QStringLiteral("clerk")));
        const qint64 seq = pushed.json.value(QStringLiteral("acks"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("seq"))
                               .toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 2, 5000);
        const QJsonObject event =
            QJsonDocument::fromJson(messages.last().at(0).toString().toUtf8()).object();
        QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("sync"));
        QCOMPARE(event.value(QStringLiteral("seq")).toInteger(), seq);
        socket.close();
    }

    void webSocketRefusesBadToken() {
        QWebSocket socket;
        QSignalSpy closed(&socket, &QWebSocket::disconnected);
        socket.open(QUrl(
            QStringLiteral("ws://127.0.0.1:%1/api/v1/events?token=bogus").arg(m_server->port())));
        QTRY_VERIFY_WITH_TIMEOUT(closed.size() >= 1, 5000);
        QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        // Without any token the upgrade is answered 401 and never happens.
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/events")).status, 400);
    }

#ifdef OW_SERVER_TEST_POSTGRES
    // Two stateless instances on one PostgreSQL: a push to A reaches a WebSocket on B through
    // LISTEN/NOTIFY.
    void twoInstancesFanOut() {
        ServerProcess second(m_db->url());
        QVERIFY2(second.start(), qPrintable(second.error()));
        ApiClient apiB(second.baseUrl());
        const QString tokenB =
            apiB.login(QStringLiteral("supervisor"), password(QStringLiteral("supervisor")));
        QVERIFY(!tokenB.isEmpty());
        QWebSocket socket;
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/events?token=%2")
                             .arg(second.port())
                             .arg(tokenB)));
        QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 1, 5000);
        const Reply pushed =
            m_api->postJson(QStringLiteral("/api/v1/sync/push"),
                            pushBody({entry(newUuid(), QStringLiteral("fanout-1"), 0, {})}),
                            tokenFor(QStringLiteral("clerk")));
        QCOMPARE(pushed.status, 200);
        const qint64 seq = pushed.json.value(QStringLiteral("acks"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("seq"))
                               .toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 2, 5000);
        const QJsonObject event =
            QJsonDocument::fromJson(messages.last().at(0).toString().toUtf8()).object();
        QCOMPARE(event.value(QStringLiteral("seq")).toInteger(), seq);
        // And B serves what A stored.
        const Reply pulled =
            apiB.get(QStringLiteral("/api/v1/sync/pull?since=%1").arg(seq - 1), tokenB);
        QCOMPARE(pulled.json.value(QStringLiteral("changes"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("key"))
                     .toString(),
                 QStringLiteral("fanout-1"));
        socket.close();
    }
#endif

    // Every write above went into the audit chain; the shell check agrees it is intact.
    void auditChainAfterActivity() {
        QByteArray out;
        const int code =
            ServerProcess::runTool({QStringLiteral("admin"), QStringLiteral("verify-audit"),
                                    QStringLiteral("--database"), m_db->url()},
                                   {}, &out);
        QVERIFY2(code == 0, out.constData());
        QVERIFY(out.contains("audit chain intact"));
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_serversync.moc"
