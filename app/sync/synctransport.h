#pragma once

#include <QByteArray>
#include <QString>

namespace ow {

// One HTTP exchange of the sync client, as the engine sees it.
struct TransportRequest {
    QByteArray method; // GET, POST, PUT
    QString path;      // /api/v1/... with its query
    QByteArray body;
    QByteArray contentType; // empty for GET
    QString token;          // Bearer token; empty for login
    QString requestId;      // X-Request-Id, made per request by SyncRequester
};

struct TransportReply {
    enum class Outcome { Replied, NetworkError, TimedOut };
    Outcome outcome = Outcome::NetworkError;
    int status = 0; // the HTTP status when Replied
    QByteArray body;
    QString error; // what went wrong below HTTP
    bool replied() const { return outcome == Outcome::Replied; }
};

// The seam between the engine and the network. The product implementation is NetworkTransport
// (QNetworkAccessManager); tests use a fake server that keeps state and injects faults.
// exchange() blocks until a reply, an error or the transport's timeout: the engine runs on its
// own thread (or in a command-line tool), never on the GUI thread.
class SyncTransport {
public:
    virtual ~SyncTransport() = default;
    virtual TransportReply exchange(const TransportRequest &request) = 0;
};

} // namespace ow
