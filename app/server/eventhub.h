#pragma once

#include "database.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>

class QThreadPool;
class QWebSocket;

namespace ow {

class ServerContext;

// The WebSocket side of the server (GET /api/v1/events). Lives on the event-loop thread.
// Clients are checked on the pool (token, role) before they join; each event goes to all of
// them as one JSON text message. On PostgreSQL it LISTENs on a dedicated connection and forwards
// every NOTIFY, so a push on any instance reaches the clients of every instance.
class EventHub : public QObject {
    Q_OBJECT
public:
    explicit EventHub(QThreadPool &pool, QObject *parent = nullptr);
    ~EventHub() override;

    static QString channel() { return QStringLiteral("onewindow_events"); }
    void setContext(ServerContext *context) { m_context = context; }

    void accept(QWebSocket *socket, const QString &token, const QString &requestId);
    // Thread-safe: may be called from a worker; the send happens on the hub's thread.
    void publishSync(qint64 seq);
    void publish(const QJsonObject &event);
    Status listen(const DatabaseUrl &url);
    int clientCount() const { return int(m_clients.size()); }

private:
    void admit(QWebSocket *socket, bool allowed, const QString &reason);
    void onNotification(const QString &name, const QVariant &payload);

    QThreadPool &m_pool;
    ServerContext *m_context = nullptr;
    QList<QWebSocket *> m_clients;
    std::unique_ptr<Database> m_listener;
};

} // namespace ow
