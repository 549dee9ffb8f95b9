#pragma once

#include <QByteArray>
#include <QObject>
#include <QSslServer>
#include <QTcpServer>

class QTcpSocket;

namespace ow {

// Refuses oversized requests while they arrive, before QHttpServer (6.4: no body limit) buffers
// them: it reads the head of each request from the socket's buffer and answers 413 when
// Content-Length exceeds the limit, 411 for chunked bodies and 431 for a head over 64 KiB.
// A refused body is drained (up to 4x the limit) so the client can read the answer, then the
// connection closes. It must see the socket's readyRead before the HTTP server does.
class RequestGuard : public QObject {
    Q_OBJECT
public:
    RequestGuard(QTcpSocket *socket, qint64 bodyLimit);
    static void attach(QTcpSocket *socket, qint64 bodyLimit);

private:
    void onReadyRead();
    void consume(QByteArray data);
    bool inspectHead(const QByteArray &head, qint64 *bodyLength);
    void refuse(int status, const QString &message, qint64 drain);
    void drain();

    QTcpSocket *m_socket;
    qint64 m_limit;
    QByteArray m_head;
    qint64 m_bodyRemaining = 0;
    qint64 m_drainRemaining = 0;
    bool m_passthrough = false;
    bool m_refused = false;
};

// Listening sockets that attach a RequestGuard to each connection before QHttpServer sees it.
class GuardedTcpServer : public QTcpServer {
public:
    GuardedTcpServer(qint64 bodyLimit, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_limit(bodyLimit) {}
    QTcpSocket *nextPendingConnection() override;

private:
    qint64 m_limit;
};

class GuardedSslServer : public QSslServer {
public:
    GuardedSslServer(qint64 bodyLimit, QObject *parent = nullptr)
        : QSslServer(parent)
        , m_limit(bodyLimit) {}
    QTcpSocket *nextPendingConnection() override;

private:
    qint64 m_limit;
};

} // namespace ow
