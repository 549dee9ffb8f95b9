#include "serverfixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace ow;
using namespace ow::test;

// The real onewindow-server process over HTTP: health, error answers, login, logout, expiry,
// rate limit and the role matrix (SQLite build; tst_serverapi_pg runs it on PostgreSQL).
class TestServerApi : public QObject, private ServerFixture {
    Q_OBJECT

private slots:
    void initTestCase() {
        const QString problem = setUp();
        if (problem.startsWith(QLatin1String("skip: ")))
            QSKIP(qPrintable(problem));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanupTestCase() { tearDown(); }

    void health() {
        const Reply r = m_api->send("GET", QStringLiteral("/api/v1/health"), {}, {},
                                    {{"X-Request-Id", "test-req-42"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.json.value(QStringLiteral("database")).toString(),
                 kKind == TempDatabase::Kind::Postgres ? QStringLiteral("postgresql")
                                                       : QStringLiteral("sqlite"));
        QVERIFY(!r.json.value(QStringLiteral("version")).toString().isEmpty());
        QCOMPARE(r.header("X-Request-Id"), QByteArray("test-req-42"));
        QVERIFY(m_server->log().contains("[test-req-42] GET /api/v1/health -> 200"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/health")).header("X-Request-Id").size(), 16);
    }

    void errors_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("auth");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown route") << QByteArray("GET") << "/api/v1/nope" << QByteArray()
                                       << false << 404 << "no such endpoint: /api/v1/nope";
        QTest::newRow("wrong method") << QByteArray("DELETE") << "/api/v1/sync/push" << QByteArray()
                                      << true << 405 << "allowed: POST";
        QTest::newRow("malformed json")
            << QByteArray("POST") << "/api/v1/auth/login" << QByteArray("{\"name\":") << false
            << 400 << "malformed JSON";
        QTest::newRow("unknown field") << QByteArray("POST") << "/api/v1/auth/login"
                                       << QByteArray(R"({"name":"a","password":"b","otp":1})")
                                       << false << 400 << "unknown field 'otp'";
        QTest::newRow("wrong type") << QByteArray("POST") << "/api/v1/auth/login"
                                    << QByteArray(R"({"name":5,"password":"b"})") << false << 400
                                    << "field 'name' must be a string, not a number";
        QTest::newRow("entry field")
            << QByteArray("POST") << "/api/v1/sync/push"
            << QByteArray(
                   R"({"client_id":"c","entries":[{"uuid":"4f7e0c52-8f8a-4d36-9d3b-2f8f5a1c0b11","entity":"case","key":"k","base_revision":0,"payload":{}},{"uuid":"x","entity":"case","key":"k","base_revision":"1","payload":{}}]})")
            << true << 400 << "field 'entries[1].base_revision' must be an integer, not a string";
        QTest::newRow("bad uuid")
            << QByteArray("POST") << "/api/v1/sync/push"
            << QByteArray(
                   R"({"client_id":"c","entries":[{"uuid":"nope","entity":"case","key":"k","base_revision":0,"payload":{}}]})")
            << true << 400 << "'entries[0].uuid' is not a UUID";
        QTest::newRow("pull since") << QByteArray("GET") << "/api/v1/sync/pull?since=abc"
                                    << QByteArray() << true << 400 << "'since' must be an integer";
        QTest::newRow("pull unknown param")
            << QByteArray("GET") << "/api/v1/sync/pull?from=1" << QByteArray() << true << 400
            << "unknown query parameter 'from'";
        QTest::newRow("too large")
            << QByteArray("POST") << "/api/v1/sync/push" << QByteArray(9 * 1024 * 1024, 'x') << true
            << 413 << "exceeds the limit of 8388608 bytes";
        QTest::newRow("bad sha") << QByteArray("GET") << "/api/v1/attachments/XYZ" << QByteArray()
                                 << true << 400 << "is not a SHA-256";
    }
    void errors() {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, auth);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        const Reply r =
            m_api->send(method, path, body, auth ? tokenFor(QStringLiteral("clerk")) : QString());
        QCOMPARE(r.status, status);
        QVERIFY2(r.json.value(QStringLiteral("message")).toString().contains(messagePart),
                 r.body.constData());
        if (status == 405)
            QCOMPARE(r.header("Allow"), QByteArray("POST"));
    }

    void loginLogout() {
        const QString token =
            m_api->login(QStringLiteral("helpdesk"), password(QStringLiteral("helpdesk")));
        QCOMPARE(token.size(), 43); // 32 bytes, base64url
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/sync/pull"), token).status, 200);
        QCOMPARE(m_api->send("POST", QStringLiteral("/api/v1/auth/logout"), {}, token).status, 200);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/sync/pull"), token).status, 401);
        const Reply wrong =
            m_api->postJson(QStringLiteral("/api/v1/auth/login"),
                            {{QStringLiteral("name"), QStringLiteral("helpdesk")},
                             {QStringLiteral("password"), QStringLiteral("wrong-pw")}});
        QCOMPARE(wrong.status, 401);
        const Reply ok =
            m_api->postJson(QStringLiteral("/api/v1/auth/login"),
                            {{QStringLiteral("name"), QStringLiteral("supervisor")},
                             {QStringLiteral("password"), password(QStringLiteral("supervisor"))}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value(QStringLiteral("roles")).toArray(),
                 QJsonArray{QStringLiteral("supervisor")});
        const QDateTime expires = QDateTime::fromString(
            ok.json.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 8 * 3600) < 60);
    }

    void tokenExpires() {
        ServerProcess shortLived(m_db->url(), {QStringLiteral("--token-ttl"), QStringLiteral("1")});
        QVERIFY2(shortLived.start(), qPrintable(shortLived.error()));
        ApiClient api(shortLived.baseUrl());
        const QString token = api.login(QStringLiteral("clerk"), password(QStringLiteral("clerk")));
        QVERIFY(!token.isEmpty());
        QCOMPARE(api.get(QStringLiteral("/api/v1/sync/pull"), token).status, 200);
        QTest::qWait(1300);
        const Reply r = api.get(QStringLiteral("/api/v1/sync/pull"), token);
        QCOMPARE(r.status, 401);
        QVERIFY(
            r.json.value(QStringLiteral("message")).toString().contains(QLatin1String("expired")));
    }

    void loginRateLimit() {
        const QJsonObject bad{{QStringLiteral("name"), QStringLiteral("locked")},
                              {QStringLiteral("password"), QStringLiteral("guess-guess")}};
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(m_api->postJson(QStringLiteral("/api/v1/auth/login"), bad).status, 401);
        const Reply fifth = m_api->postJson(QStringLiteral("/api/v1/auth/login"), bad);
        QCOMPARE(fifth.status, 429);
        QCOMPARE(fifth.header("Retry-After"), QByteArray("60"));
        // Locked even with the right password, until the minute is over.
        const Reply right =
            m_api->postJson(QStringLiteral("/api/v1/auth/login"),
                            {{QStringLiteral("name"), QStringLiteral("locked")},
                             {QStringLiteral("password"), password(QStringLiteral("locked"))}});
        QCOMPARE(right.status, 429);
        QVERIFY(right.header("Retry-After").toInt() > 0);
    }

    void roleMatrix_data() {
        QTest::addColumn<QString>("user"); // "" = no token, "bogus" = unknown token
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("status");
        struct Row {
            const char *endpoint;
            int clerk, helpdesk, backoffice, supervisor, admin;
        };
        // 404 for an attachment that is not there means "allowed".
        const Row rows[] = {
            {"push", 200, 200, 200, 403, 200},
            {"pull", 200, 200, 200, 200, 200},
            {"attachment-status", 404, 404, 404, 404, 404},
            {"attachment-chunk", 200, 200, 200, 403, 200},
            {"attachment-complete", 404, 404, 404, 403, 404},
            {"admin-users", 403, 403, 403, 403, 200},
            {"admin-create-user", 403, 403, 403, 403, 201},
            {"admin-audit", 403, 403, 403, 200, 200},
            {"logout", 200, 200, 200, 200, 200},
        };
        for (const Row &row : rows) {
            const int expected[] = {row.clerk, row.helpdesk, row.backoffice, row.supervisor,
                                    row.admin};
            int i = 0;
            for (Role r : allRoles())
                QTest::addRow("%s %s", qPrintable(roleKey(r)), row.endpoint)
                    << roleKey(r) << QString::fromLatin1(row.endpoint) << expected[i++];
            QTest::addRow("no token %s", row.endpoint)
                << QString() << QString::fromLatin1(row.endpoint) << 401;
            QTest::addRow("bogus token %s", row.endpoint)
                << QStringLiteral("bogus") << QString::fromLatin1(row.endpoint) << 401;
        }
    }
    void roleMatrix() {
        QFETCH(QString, user);
        QFETCH(QString, endpoint);
        QFETCH(int, status);
        QString token;
        if (user == QLatin1String("bogus"))
            token = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        else if (!user.isEmpty())
            token = endpoint == QLatin1String("logout") ? m_api->login(user, password(user))
                                                        : tokenFor(user);
        const QString sha = sha256Hex(QTest::currentDataTag());
        Reply r;
        if (endpoint == QLatin1String("push"))
            r = m_api->postJson(QStringLiteral("/api/v1/sync/push"), pushBody({}), token);
        else if (endpoint == QLatin1String("pull"))
            r = m_api->get(QStringLiteral("/api/v1/sync/pull"), token);
        else if (endpoint == QLatin1String("attachment-status"))
            r = m_api->get(QStringLiteral("/api/v1/attachments/") + sha, token);
        else if (endpoint == QLatin1String("attachment-chunk"))
            r = m_api->send("PUT", QStringLiteral("/api/v1/attachments/%1/chunks/0").arg(sha),
                            "data", token);
        else if (endpoint == QLatin1String("attachment-complete"))
            r = m_api->send("POST", QStringLiteral("/api/v1/attachments/%1/complete").arg(sha), {},
                            token);
        else if (endpoint == QLatin1String("admin-users"))
            r = m_api->get(QStringLiteral("/api/v1/admin/users"), token);
        else if (endpoint == QLatin1String("admin-create-user"))
            r = m_api->postJson(QStringLiteral("/api/v1/admin/users"),
                                {{QStringLiteral("name"), QStringLiteral("new-") + sha.left(12)},
                                 {QStringLiteral("roles"), QJsonArray{QStringLiteral("clerk")}},
                                 {QStringLiteral("password"), QStringLiteral("initial-pass-1")}},
                                token);
        else if (endpoint == QLatin1String("admin-audit"))
            r = m_api->get(QStringLiteral("/api/v1/admin/audit"), token);
        else if (endpoint == QLatin1String("logout"))
            r = m_api->send("POST", QStringLiteral("/api/v1/auth/logout"), {}, token);
        QVERIFY2(
            r.status == status,
            qPrintable(QStringLiteral("got %1: %2").arg(r.status).arg(QString::fromUtf8(r.body))));
        if (status == 403)
            QVERIFY(r.json.value(QStringLiteral("message"))
                        .toString()
                        .contains(QLatin1String("may not")));
    }

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

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
