#pragma once

#include "synctransport.h"

#include <QNetworkAccessManager>
#include <QUrl>

namespace ow {

// SyncTransport over HTTP(S) with QNetworkAccessManager. Each exchange runs a local event loop
// until the reply finishes or `timeoutMs` pass without progress (a hanging server becomes
// Outcome::TimedOut). Use it on the thread that created it.
class NetworkTransport final : public SyncTransport {
public:
    explicit NetworkTransport(QUrl baseUrl, int timeoutMs = 30000);
    TransportReply exchange(const TransportRequest &request) override;
    const QUrl &baseUrl() const { return m_base; }

private:
    QUrl m_base;
    int m_timeoutMs;
    QNetworkAccessManager m_network;
};

} // namespace ow
