#include "apiserver.h"

#include "requestguard.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThreadPool>
#include <QWebSocket>

namespace ow {

namespace {

HttpMethod methodOf(QHttpServerRequest::Method m) {
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return HttpMethod::Get;
    case QHttpServerRequest::Method::Post:
        return HttpMethod::Post;
    case QHttpServerRequest::Method::Put:
        return HttpMethod::Put;
    case QHttpServerRequest::Method::Delete:
        return HttpMethod::Delete;
    case QHttpServerRequest::Method::Head:
        return HttpMethod::Head;
    case QHttpServerRequest::Method::Options:
        return HttpMethod::Options;
    case QHttpServerRequest::Method::Patch:
        return HttpMethod::Patch;
    default:
        return HttpMethod::Other;
    }
}

QString peerKey(const QHostAddress &address, quint16 port) {
    return address.toString() + QLatin1Char(':') + QString::number(port);
}

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

ApiServer::ApiServer(const HttpRouter &router, QThreadPool &pool, qint64 bodyLimit, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_pool(pool)
    , m_bodyLimit(bodyLimit) {
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &ApiServer::takeWebSockets);
}

Result<quint16> ApiServer::start(const QHostAddress &address, quint16 port,
                                 const std::optional<QSslConfiguration> &tls) {
    QTcpServer *tcp = nullptr;
    if (tls) {
        auto *ssl = new GuardedSslServer(m_bodyLimit, this);
        ssl->setSslConfiguration(*tls);
        tcp = ssl;
    } else {
        tcp = new GuardedTcpServer(m_bodyLimit, this);
    }
    if (!tcp->listen(address, port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return Result<quint16>::failure(QStringLiteral("cannot listen on %1:%2: %3")
                                            .arg(address.toString())
                                            .arg(port)
                                            .arg(why));
    }
    bind(tcp);
    return tcp->serverPort();
}

QString ApiServer::makeRequestId(const QByteArray &offered) {
    static const QRegularExpression sane(QStringLiteral("^[A-Za-z0-9._:-]{1,64}$"));
    const QString text = QString::fromLatin1(offered);
    if (sane.match(text).hasMatch())
        return text;
    return QString::number(QRandomGenerator::global()->generate64(), 16)
        .rightJustified(16, QLatin1Char('0'));
}

HttpRequest ApiServer::copy(const QHttpServerRequest &request) {
    HttpRequest r;
    r.method = methodOf(request.method());
    r.path = request.url().path();
    r.query = request.query();
    for (const auto &h : request.headers())
        r.headers.insert(h.first.toLower(), h.second);
    r.body = request.body();
    r.remoteAddress = request.remoteAddress().toString();
    r.requestId = makeRequestId(r.header("x-request-id"));
    return r;
}

bool ApiServer::handleRequest(const QHttpServerRequest &qRequest, QTcpSocket *socket) {
    const qint64 started = nowMs();
    HttpRequest request = copy(qRequest);
    const HttpRouter::Match match = m_router.match(request.method, request.path);

    if (match.kind == HttpRouter::Match::Kind::Found && match.route->webSocket) {
        const bool upgrading = request.header("upgrade").toLower() == "websocket";
        QString token = request.bearerToken();
        if (token.isEmpty())
            token = request.query.queryItemValue(QStringLiteral("token"));
        if (upgrading && !token.isEmpty()) {
            // Write nothing: QHttpServer 6.4 then hands the socket to its WebSocket server.
            m_upgrades.insert(peerKey(socket->peerAddress(), socket->peerPort()),
                              {token, request.requestId});
            qInfo("[%s] GET %s -> websocket upgrade", qPrintable(request.requestId),
                  qPrintable(request.path));
            return true;
        }
        write(socket, request,
              upgrading
                  ? HttpResponse::error(401, QStringLiteral("a token is required: "
                                                            "Authorization: Bearer or ?token="))
                  : HttpResponse::error(400, QStringLiteral("this path only accepts a "
                                                            "WebSocket upgrade")),
              started);
        return true;
    }
    if (request.body.size() > m_bodyLimit) {
        write(socket, request,
              HttpResponse::error(
                  413, QStringLiteral("the request body exceeds %1 bytes").arg(m_bodyLimit)),
              started);
        return true;
    }
    if (match.kind == HttpRouter::Match::Kind::NotFound) {
        write(socket, request,
              HttpResponse::error(404, QStringLiteral("no such endpoint: %1").arg(request.path)),
              started);
        return true;
    }
    if (match.kind == HttpRouter::Match::Kind::WrongMethod) {
        HttpResponse r =
            HttpResponse::error(405, QStringLiteral("%1 does not accept %2; allowed: %3")
                                         .arg(request.path, methodName(request.method),
                                              match.allowed.join(QStringLiteral(", "))));
        r.withHeader("Allow", match.allowed.join(QStringLiteral(", ")).toLatin1());
        write(socket, request, r, started);
        return true;
    }
    request.params = match.params;
    const HttpHandler handler = match.route->handler;
    if (match.route->execution == Execution::Inline) {
        write(socket, request, handler(request), started);
        return true;
    }
    // Slow work (every database access) runs on the pool; the answer is written back here, on
    // the event loop, if the client is still connected.
    QPointer<QTcpSocket> guard(socket);
    m_pool.start([this, guard, request, handler, started] {
        HttpResponse response = handler(request);
        QMetaObject::invokeMethod(
            this,
            [this, guard, request, response = std::move(response), started] {
                if (guard && guard->state() == QAbstractSocket::ConnectedState)
                    write(guard.data(), request, response, started);
                else
                    qInfo("[%s] %s %s -> %d, client gone", qPrintable(request.requestId),
                          qPrintable(methodName(request.method)), qPrintable(request.path),
                          response.status);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &qRequest, QTcpSocket *socket) {
    const HttpRequest request = copy(qRequest);
    write(socket, request, HttpResponse::error(404, QStringLiteral("no such endpoint")), nowMs());
}

void ApiServer::write(QTcpSocket *socket, const HttpRequest &request, const HttpResponse &response,
                      qint64 startedMs) {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     HttpResponse::reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "X-Request-Id: " + request.requestId.toLatin1() + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    if (request.method != HttpMethod::Head)
        out += response.body;
    socket->write(out);
    qInfo("[%s] %s %s -> %d (%lld ms)", qPrintable(request.requestId),
          qPrintable(methodName(request.method)), qPrintable(request.path), response.status,
          nowMs() - startedMs);
}

void ApiServer::takeWebSockets() {
    while (hasPendingWebSocketConnections()) {
        QWebSocket *socket = nextPendingWebSocketConnection().release();
        if (!socket)
            break;
        const Upgrade upgrade = m_upgrades.take(peerKey(socket->peerAddress(), socket->peerPort()));
        emit webSocketOpened(socket, upgrade.token, upgrade.requestId);
    }
}

} // namespace ow
