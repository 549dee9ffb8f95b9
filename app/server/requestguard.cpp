#include "requestguard.h"

#include "httpmessage.h"

#include <QTcpSocket>
#include <QTimer>

namespace ow {

namespace {

constexpr qint64 kMaxHead = 64 * 1024;

} // namespace

RequestGuard::RequestGuard(QTcpSocket *socket, qint64 bodyLimit)
    : QObject(socket)
    , m_socket(socket)
    , m_limit(bodyLimit) {
    connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::onReadyRead);
}

void RequestGuard::attach(QTcpSocket *socket, qint64 bodyLimit) {
    if (socket)
        new RequestGuard(socket, bodyLimit);
}

void RequestGuard::onReadyRead() {
    if (m_refused) {
        drain();
        return;
    }
    if (m_passthrough)
        return;
    // peek: the HTTP server reads these bytes after us; each byte is seen here exactly once.
    consume(m_socket->peek(m_socket->bytesAvailable()));
}

void RequestGuard::consume(QByteArray data) {
    while (!data.isEmpty() && !m_refused && !m_passthrough) {
        if (m_bodyRemaining > 0) {
            const qint64 take = qMin<qint64>(m_bodyRemaining, data.size());
            m_bodyRemaining -= take;
            data.remove(0, take);
            continue;
        }
        m_head += data;
        data.clear();
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > kMaxHead)
                refuse(431, QStringLiteral("the request head exceeds %1 bytes").arg(kMaxHead), 0);
            return;
        }
        const QByteArray head = m_head.left(end + 4);
        data = m_head.mid(end + 4);
        m_head.clear();
        qint64 length = 0;
        if (!inspectHead(head, &length))
            return;
        m_bodyRemaining = length;
    }
}

bool RequestGuard::inspectHead(const QByteArray &head, qint64 *bodyLength) {
    const QList<QByteArray> lines = head.split('\n');
    bool chunked = false;
    for (const QByteArray &rawLine : lines) {
        const qsizetype colon = rawLine.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = rawLine.left(colon).trimmed().toLower();
        const QByteArray value = rawLine.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            *bodyLength = value.toLongLong(&ok);
            if (!ok || *bodyLength < 0) {
                refuse(400,
                       QStringLiteral("Content-Length '%1' is not a number")
                           .arg(QString::fromLatin1(value.left(40))),
                       0);
                return false;
            }
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            chunked = true;
        } else if (name == "upgrade" && value.toLower() == "websocket") {
            m_passthrough = true; // the WebSocket server takes the socket over
        }
    }
    if (m_passthrough)
        return false;
    if (chunked) {
        refuse(411, QStringLiteral("chunked request bodies are not accepted; send Content-Length"),
               0);
        return false;
    }
    if (*bodyLength > m_limit) {
        refuse(413,
               QStringLiteral("the request body of %1 bytes exceeds the limit of %2 bytes")
                   .arg(*bodyLength)
                   .arg(m_limit),
               *bodyLength + m_socket->bytesAvailable());
        return false;
    }
    return true;
}

void RequestGuard::refuse(int status, const QString &message, qint64 drainBytes) {
    m_refused = true;
    // The HTTP server must never parse this request: drop its readyRead connection (and ours,
    // which is made again for draining).
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &RequestGuard::drain);
    const HttpResponse r = HttpResponse::error(status, message);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' +
                     HttpResponse::reasonPhrase(status) + "\r\nContent-Type: " + r.contentType +
                     "\r\nContent-Length: " + QByteArray::number(r.body.size()) +
                     "\r\nConnection: close\r\n\r\n" + r.body;
    m_socket->write(out);
    m_drainRemaining = drainBytes <= 4 * m_limit ? drainBytes : 0;
    qInfo("[-] refused a request from %s: %d %s", qPrintable(m_socket->peerAddress().toString()),
          status, qPrintable(message));
    drain();
    // Never wait forever for a client that stops sending.
    QTimer::singleShot(30000, m_socket, [socket = m_socket] { socket->abort(); });
}

void RequestGuard::drain() {
    m_drainRemaining -= m_socket->readAll().size();
    if (m_drainRemaining <= 0)
        m_socket->disconnectFromHost();
}

QTcpSocket *GuardedTcpServer::nextPendingConnection() {
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    RequestGuard::attach(socket, m_limit);
    return socket;
}

QTcpSocket *GuardedSslServer::nextPendingConnection() {
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    RequestGuard::attach(socket, m_limit);
    return socket;
}

} // namespace ow
