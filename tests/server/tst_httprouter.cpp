#include "httprouter.h"

#include <QTest>

using namespace ow;

// The path table behind every endpoint: 404 for unknown paths, 405 with the allowed methods for a
// known path, {name} segments captured.
class TestHttpRouter : public QObject {
    Q_OBJECT

private:
    static HttpRouter sampleRouter() {
        HttpRouter r;
        auto ok = [](const HttpRequest &) { return HttpResponse::json(200, {}); };
        r.add(HttpMethod::Get, QStringLiteral("/api/v1/health"), ok);
        r.add(HttpMethod::Post, QStringLiteral("/api/v1/sync/push"), ok);
        r.add(HttpMethod::Get, QStringLiteral("/api/v1/attachments/{sha256}"), ok);
        r.add(HttpMethod::Put, QStringLiteral("/api/v1/attachments/{sha256}/chunks/{offset}"), ok);
        r.add(HttpMethod::Get, QStringLiteral("/api/v1/admin/users"), ok);
        r.add(HttpMethod::Post, QStringLiteral("/api/v1/admin/users"), ok);
        r.addWebSocket(QStringLiteral("/api/v1/events"));
        return r;
    }

private slots:
    void match_data() {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("allowed");
        const int found = int(HttpRouter::Match::Kind::Found);
        const int wrong = int(HttpRouter::Match::Kind::WrongMethod);
        const int none = int(HttpRouter::Match::Kind::NotFound);
        QTest::newRow("health") << int(HttpMethod::Get) << "/api/v1/health" << found << "";
        QTest::newRow("health POST") << int(HttpMethod::Post) << "/api/v1/health" << wrong << "GET";
        QTest::newRow("push GET") << int(HttpMethod::Get) << "/api/v1/sync/push" << wrong << "POST";
        QTest::newRow("users DELETE")
            << int(HttpMethod::Delete) << "/api/v1/admin/users" << wrong << "GET,POST";
        QTest::newRow("unknown") << int(HttpMethod::Get) << "/api/v1/nothing" << none << "";
        QTest::newRow("trailing slash") << int(HttpMethod::Get) << "/api/v1/health/" << none << "";
        QTest::newRow("empty param")
            << int(HttpMethod::Get) << "/api/v1/attachments/" << none << "";
        QTest::newRow("chunk") << int(HttpMethod::Put) << "/api/v1/attachments/ab/chunks/0" << found
                               << "";
        QTest::newRow("chunk POST")
            << int(HttpMethod::Post) << "/api/v1/attachments/ab/chunks/0" << wrong << "PUT";
        QTest::newRow("root") << int(HttpMethod::Get) << "/" << none << "";
        QTest::newRow("events") << int(HttpMethod::Get) << "/api/v1/events" << found << "";
    }
    void match() {
        QFETCH(int, method);
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(QString, allowed);
        const HttpRouter router = sampleRouter();
        const auto m = router.match(HttpMethod(method), path);
        QCOMPARE(int(m.kind), kind);
        QCOMPARE(m.allowed.join(QLatin1Char(',')), allowed);
        QCOMPARE(m.route != nullptr, kind == int(HttpRouter::Match::Kind::Found));
    }

    void capturesParameters() {
        const HttpRouter router = sampleRouter();
        const auto m =
            router.match(HttpMethod::Put, QStringLiteral("/api/v1/attachments/abc/chunks/4096"));
        QVERIFY(m.route);
        QCOMPARE(m.params.value(QStringLiteral("sha256")), QStringLiteral("abc"));
        QCOMPARE(m.params.value(QStringLiteral("offset")), QStringLiteral("4096"));
        QVERIFY(router.match(HttpMethod::Get, QStringLiteral("/api/v1/events")).route->webSocket);
    }

    void errorBodies_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("400") << 400 << "bad_request";
        QTest::newRow("401") << 401 << "unauthorized";
        QTest::newRow("403") << 403 << "forbidden";
        QTest::newRow("404") << 404 << "not_found";
        QTest::newRow("405") << 405 << "method_not_allowed";
        QTest::newRow("413") << 413 << "payload_too_large";
        QTest::newRow("422") << 422 << "unprocessable";
        QTest::newRow("429") << 429 << "too_many_requests";
        QTest::newRow("500") << 500 << "internal_error";
    }
    void errorBodies() {
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpResponse r = HttpResponse::error(status, QStringLiteral("why"));
        QCOMPARE(r.status, status);
        QCOMPARE(r.body,
                 QStringLiteral("{\"error\":\"%1\",\"message\":\"why\"}").arg(code).toUtf8());
        QVERIFY(!HttpResponse::reasonPhrase(status).isEmpty());
    }

    void bearerToken_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("token");
        QTest::newRow("bearer") << QByteArray("Bearer abc") << "abc";
        QTest::newRow("lower") << QByteArray("bearer  xyz ") << "xyz";
        QTest::newRow("basic") << QByteArray("Basic abc") << "";
        QTest::newRow("none") << QByteArray() << "";
    }
    void bearerToken() {
        QFETCH(QByteArray, header);
        QFETCH(QString, token);
        HttpRequest r;
        if (!header.isEmpty())
            r.headers.insert("authorization", header);
        QCOMPARE(r.bearerToken(), token);
    }
};

QTEST_GUILESS_MAIN(TestHttpRouter)
#include "tst_httprouter.moc"
