#pragma once

#include "accesspolicy.h"
#include "database.h"
#include "httpmessage.h"
#include "loginthrottle.h"
#include "sessionrepository.h"
#include "workerdatabases.h"

#include <optional>

namespace ow {

class Clock;
class EventHub;

struct ServerSettings {
    DatabaseUrl database;
    qint64 tokenTtlSeconds = 8 * 3600;
    qint64 bodyLimit = 8 * 1024 * 1024;
    int maxLoginFailures = 5;
    int loginLockSeconds = 60;
    int maxPushEntries = 1000;
    int maxPullLimit = 5000;
};

// What every handler shares: settings, clock, per-thread connections, the login throttle and the
// event hub. Handlers run on pool threads; everything here is safe to use from them.
class ServerContext {
public:
    ServerContext(ServerSettings settings, const Clock &clock, EventHub &events);

    struct Caller {
        Database *db = nullptr;
        Session session;
        QString token;
        std::optional<HttpResponse> refusal; // 401/403/503 when set
    };
    // The caller's session when the bearer token is valid and a role allows op.
    Caller authorize(const HttpRequest &request, ApiOperation op);
    // This thread's connection, or the 503 to answer.
    Database *database(std::optional<HttpResponse> *refusal);

    // Appends to the audit chain; call inside a transaction that began with lockServerWrites().
    Status audit(Database &db, const QString &actor, const QString &action, const QString &target,
                 const QString &detail = {});
    // Tells every instance's WebSocket clients that changes up to seq exist: on PostgreSQL a
    // NOTIFY inside the caller's transaction (sent on commit); on SQLite call after the commit.
    Status notifySyncInTransaction(Database &db, qint64 seq);
    void publishSyncAfterCommit(Database &db, qint64 seq);

    // 500 with a message that points to the log line instead of leaking internals.
    static HttpResponse internalError(const HttpRequest &request, const QString &detail);

    const ServerSettings &settings() const { return m_settings; }
    const Clock &clock() const { return m_clock; }
    LoginThrottle &throttle() { return m_throttle; }
    WorkerDatabases &databases() { return m_databases; }
    EventHub &events() { return m_events; }

private:
    ServerSettings m_settings;
    const Clock &m_clock;
    WorkerDatabases m_databases;
    LoginThrottle m_throttle;
    EventHub &m_events;
};

} // namespace ow
