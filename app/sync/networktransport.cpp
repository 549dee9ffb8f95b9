#include "networktransport.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ow {

NetworkTransport::NetworkTransport(QUrl baseUrl, int timeoutMs)
    : m_base(std::move(baseUrl))
    , m_timeoutMs(timeoutMs) {
    m_network.setAutoDeleteReplies(false);
}

TransportReply NetworkTransport::exchange(const TransportRequest &request) {
    QUrl url = m_base;
    const qsizetype query = request.path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path() + request.path.left(query));
    if (query >= 0)
        url.setQuery(request.path.mid(query + 1));
    QNetworkRequest http(url);
    http.setTransferTimeout(m_timeoutMs);
    http.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    http.setRawHeader("X-Request-Id", request.requestId.toLatin1());
    if (!request.token.isEmpty())
        http.setRawHeader("Authorization", "Bearer " + request.token.toLatin1());
    if (!request.contentType.isEmpty())
        http.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    std::unique_ptr<QNetworkReply> reply(
        m_network.sendCustomRequest(http, request.method, request.body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    TransportReply out;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    out.body = reply->readAll();
    if (reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError) {
        out.outcome = TransportReply::Outcome::TimedOut;
        out.error = QStringLiteral("no answer within %1 ms").arg(m_timeoutMs);
    } else if (status.isValid() && (reply->error() == QNetworkReply::NoError ||
                                    reply->error() >= QNetworkReply::ContentAccessDenied)) {
        // An HTTP error status still is a reply: the body says why.
        out.outcome = TransportReply::Outcome::Replied;
        out.status = status.toInt();
    } else {
        out.outcome = TransportReply::Outcome::NetworkError;
        out.error = reply->errorString();
    }
    return out;
}

} // namespace ow
