#pragma once

#include "result.h"
#include "retrypolicy.h"
#include "synctransport.h"

#include <QList>
#include <QRandomGenerator>

#include <functional>

namespace ow {

// How a request finally failed, for the status the workstation shows.
enum class FailureKind {
    None,
    Unreachable,  // network error, timeout, 5xx or garbled replies after every retry: offline
    Unauthorized, // 401 even after a fresh login
    Refused,      // another 4xx: the server understood and said no
};

// Sends requests with a fresh X-Request-Id each, logs them (lcSync), retries transient failures
// with backoff, and logs in again once after a 401 when it has credentials.
class SyncRequester {
public:
    // Checks a 2xx body; a failure makes the reply count as garbled (transient: retried).
    using BodyCheck = std::function<Status(const QByteArray &)>;

    SyncRequester(SyncTransport &transport, Sleeper &sleeper, RetryPolicy policy);

    void setCredentials(const QString &user, const QString &password);
    void setToken(const QString &token) { m_token = token; }
    const QString &token() const { return m_token; }
    Status login();

    // The reply when it came with a 2xx status and passed `check`, or one of `accepted`
    // (e.g. 404 or 409 for attachments, returned as they are); else the failure, with
    // lastFailure() telling its kind.
    Result<TransportReply> call(TransportRequest request, const BodyCheck &check = {},
                                QList<int> accepted = {});
    FailureKind lastFailure() const { return m_lastFailure; }
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

private:
    TransportReply exchangeLogged(TransportRequest &request);
    SyncTransport &m_transport;
    Sleeper &m_sleeper;
    RetryPolicy m_policy;
    QRandomGenerator m_random;
    QString m_user, m_password, m_token;
    FailureKind m_lastFailure = FailureKind::None;
};

} // namespace ow
