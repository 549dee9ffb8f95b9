#pragma once

#include "httprouter.h"
#include "result.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>

#include <optional>

class QThreadPool;
class QWebSocket;

namespace ow {

// Our thin layer over the QHttpServer technology preview (Qt 6.4): it copies each request into
// an HttpRequest, answers 404/405 from our HttpRouter, runs Worker routes on the thread pool
// and writes their response back on the event loop, tags every request with an id (X-Request-Id
// echoed or made) and logs one line per request. Nothing else in the server sees QtHttpServer.
class ApiServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    ApiServer(const HttpRouter &router, QThreadPool &pool, qint64 bodyLimit,
              QObject *parent = nullptr);

    // Listens on address:port (TLS when tls holds a configuration). Returns the bound port.
    Result<quint16> start(const QHostAddress &address, quint16 port,
                          const std::optional<QSslConfiguration> &tls);
    static QString makeRequestId(const QByteArray &offered);

signals:
    // A WebSocket on a webSocket route opened; token is what the upgrade request carried
    // (Authorization: Bearer, or ?token=). The receiver owns the socket.
    void webSocketOpened(QWebSocket *socket, const QString &token, const QString &requestId);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void takeWebSockets();
    void write(QTcpSocket *socket, const HttpRequest &request, const HttpResponse &response,
               qint64 startedMs);
    static HttpRequest copy(const QHttpServerRequest &request);

    const HttpRouter &m_router;
    QThreadPool &m_pool;
    qint64 m_bodyLimit;
    struct Upgrade {
        QString token;
        QString requestId;
    };
    QHash<QString, Upgrade> m_upgrades; // "address:port" of the upgrading peer
};

} // namespace ow
