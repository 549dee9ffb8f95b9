#include "servercontext.h"

#include "auditlog.h"
#include "clock.h"
#include "eventhub.h"

#include <QSqlQuery>

namespace ow {

ServerContext::ServerContext(ServerSettings settings, const Clock &clock, EventHub &events)
    : m_settings(std::move(settings))
    , m_clock(clock)
    , m_databases(m_settings.database)
    , m_throttle(clock, m_settings.maxLoginFailures, m_settings.loginLockSeconds)
    , m_events(events) {}

Database *ServerContext::database(std::optional<HttpResponse> *refusal) {
    auto db = m_databases.current();
    if (!db) {
        qWarning("database unavailable: %s", qPrintable(db.error()));
        *refusal = HttpResponse::error(503, QStringLiteral("the database is unavailable"));
        return nullptr;
    }
    return db.value();
}

ServerContext::Caller ServerContext::authorize(const HttpRequest &request, ApiOperation op) {
    Caller c;
    c.token = request.bearerToken();
    if (c.token.isEmpty()) {
        c.refusal = HttpResponse::error(
            401, QStringLiteral("this endpoint needs 'Authorization: Bearer TOKEN' (log in at "
                                "/api/v1/auth/login)"));
        return c;
    }
    c.db = database(&c.refusal);
    if (!c.db)
        return c;
    auto session = SessionRepository(*c.db).find(c.token, m_clock.now());
    if (!session) {
        c.refusal = HttpResponse::error(401, QStringLiteral("the token is unknown or expired; "
                                                            "log in again"));
        return c;
    }
    c.session = *session;
    if (!AccessPolicy::allows(c.session.roles, op))
        c.refusal = HttpResponse::error(
            403, QStringLiteral("user '%1' (roles: %2) may not use %3; allowed roles: %4")
                     .arg(c.session.userName, roleKeys(c.session.roles).join(QLatin1Char(',')),
                          AccessPolicy::operationName(op),
                          roleKeys(AccessPolicy::allowedRoles(op)).join(QLatin1Char(','))));
    return c;
}

Status ServerContext::audit(Database &db, const QString &actor, const QString &action,
                            const QString &target, const QString &detail) {
    auto id = AuditLog(db).append(m_clock.now(), actor, action, target, detail);
    if (!id)
        return Status::failure(id.error());
    return {};
}

Status ServerContext::notifySyncInTransaction(Database &db, qint64 seq) {
    if (db.kind() != DatabaseKind::Postgres)
        return {};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(EventHub::channel());
    q.addBindValue(QString::number(seq));
    if (!q.exec())
        return Status::failure(Database::errorOf(q, QStringLiteral("notify %1").arg(seq)));
    return {};
}

void ServerContext::publishSyncAfterCommit(Database &db, qint64 seq) {
    // On PostgreSQL the NOTIFY reaches this instance's listener as well, so only SQLite (one
    // instance by nature) publishes directly.
    if (db.kind() == DatabaseKind::Sqlite)
        m_events.publishSync(seq);
}

HttpResponse ServerContext::internalError(const HttpRequest &request, const QString &detail) {
    qWarning("[%s] internal error: %s", qPrintable(request.requestId), qPrintable(detail));
    return HttpResponse::error(
        500, QStringLiteral("internal error; the server log has details under request id %1")
                 .arg(request.requestId));
}

} // namespace ow
