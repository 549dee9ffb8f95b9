#include "eventhub.h"

#include "accesspolicy.h"
#include "clock.h"
#include "servercontext.h"
#include "sessionrepository.h"

#include <QJsonDocument>
#include <QPointer>
#include <QSqlDriver>
#include <QThreadPool>
#include <QWebSocket>

namespace ow {

EventHub::EventHub(QThreadPool &pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool) {}

EventHub::~EventHub() {
    for (QWebSocket *s : std::as_const(m_clients)) {
        s->disconnect(this);
        s->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server stopping"));
        delete s;
    }
}

void EventHub::accept(QWebSocket *socket, const QString &token, const QString &requestId) {
    socket->setParent(this);
    QPointer<QWebSocket> guard(socket);
    ServerContext *context = m_context;
    m_pool.start([this, guard, token, requestId, context] {
        bool allowed = false;
        QString reason = QStringLiteral("the token is unknown or expired");
        std::optional<HttpResponse> refusal;
        if (Database *db = context->database(&refusal)) {
            if (auto session = SessionRepository(*db).find(token, context->clock().now())) {
                allowed = AccessPolicy::allows(session->roles, ApiOperation::Events);
                if (!allowed)
                    reason = QStringLiteral("the role may not receive events");
            }
        } else {
            reason = QStringLiteral("the database is unavailable");
        }
        qInfo("[%s] events websocket %s", qPrintable(requestId),
              allowed ? "joined" : qPrintable(QStringLiteral("refused: ") + reason));
        QMetaObject::invokeMethod(
            this,
            [this, guard, allowed, reason] {
                if (guard)
                    admit(guard.data(), allowed, reason);
            },
            Qt::QueuedConnection);
    });
}

void EventHub::admit(QWebSocket *socket, bool allowed, const QString &reason) {
    if (!allowed) {
        // 1008: policy violation; the client should log in again.
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
        socket->deleteLater();
        return;
    }
    m_clients << socket;
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_clients.removeAll(socket);
        socket->deleteLater();
    });
    socket->sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")}})
            .toJson(QJsonDocument::Compact)));
}

void EventHub::publishSync(qint64 seq) {
    QMetaObject::invokeMethod(
        this,
        [this, seq] {
            publish(QJsonObject{{QStringLiteral("type"), QStringLiteral("sync")},
                                {QStringLiteral("seq"), seq}});
        },
        Qt::QueuedConnection);
}

void EventHub::publish(const QJsonObject &event) {
    const QString text = QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact));
    for (QWebSocket *s : std::as_const(m_clients))
        s->sendTextMessage(text);
}

Status EventHub::listen(const DatabaseUrl &url) {
    if (url.kind != DatabaseKind::Postgres)
        return {};
    auto db = Database::open(url);
    if (!db)
        return Status::failure(db.error());
    m_listener = std::move(db.value());
    QSqlDriver *driver = m_listener->connection().driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                onNotification(name, payload);
            });
    if (!driver->subscribeToNotification(channel()))
        return Status::failure(m_listener->lastError(QStringLiteral("LISTEN %1").arg(channel())));
    return {};
}

void EventHub::onNotification(const QString &name, const QVariant &payload) {
    if (name != channel())
        return;
    bool ok = false;
    const qint64 seq = payload.toString().toLongLong(&ok);
    if (ok)
        publish(QJsonObject{{QStringLiteral("type"), QStringLiteral("sync")},
                            {QStringLiteral("seq"), seq}});
}

} // namespace ow
