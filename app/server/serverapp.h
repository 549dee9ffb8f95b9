#pragma once

#include "apiserver.h"
#include "clock.h"
#include "eventhub.h"
#include "httprouter.h"
#include "servercontext.h"
#include "serveroptions.h"

#include <QThreadPool>

namespace ow {

// One running server: migrates the database, wires router, pool, event hub and listener.
class ServerApp {
public:
    explicit ServerApp(const ServerOptions &options);
    ~ServerApp();
    ServerApp(const ServerApp &) = delete;
    ServerApp &operator=(const ServerApp &) = delete;

    Status start(); // migrate, LISTEN (PostgreSQL), listen on the socket
    quint16 port() const { return m_port; }

private:
    static ServerSettings settingsFrom(const ServerOptions &options, const DatabaseUrl &url);
    Result<std::optional<QSslConfiguration>> loadTls() const;

    ServerOptions m_options;
    DatabaseUrl m_url;
    QThreadPool m_pool;
    SystemClock m_clock;
    EventHub m_events;
    ServerContext m_context;
    HttpRouter m_router;
    ApiServer m_server;
    quint16 m_port = 0;
};

} // namespace ow
