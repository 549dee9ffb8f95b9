#pragma once

#include "httpmessage.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace ow {

using HttpHandler = std::function<HttpResponse(const HttpRequest &)>;

// Where a handler runs: Inline on the event loop (cheap, no database), Worker on the pool.
enum class Execution { Inline, Worker };

struct HttpRoute {
    HttpMethod method = HttpMethod::Get;
    QString pattern; // "/api/v1/attachments/{sha256}/chunks/{offset}"
    QStringList segments;
    HttpHandler handler;
    Execution execution = Execution::Worker;
    bool webSocket = false;
};

// Our own path table: QHttpServer 6.4 answers a wrong method with 404, we answer 405 with Allow.
class HttpRouter {
public:
    struct Match {
        enum class Kind { Found, WrongMethod, NotFound };
        Kind kind = Kind::NotFound;
        const HttpRoute *route = nullptr;
        QHash<QString, QString> params;
        QStringList allowed; // for WrongMethod: the methods the path accepts
    };

    void add(HttpMethod method, const QString &pattern, HttpHandler handler,
             Execution execution = Execution::Worker);
    // A GET route that upgrades to a WebSocket (the server writes nothing for it).
    void addWebSocket(const QString &pattern);
    Match match(HttpMethod method, const QString &path) const;
    const QList<HttpRoute> &routes() const { return m_routes; }

private:
    static bool matches(const HttpRoute &route, const QStringList &parts,
                        QHash<QString, QString> *params);
    QList<HttpRoute> m_routes;
};

} // namespace ow
