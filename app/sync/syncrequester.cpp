#include "syncrequester.h"

#include "synclog.h"
#include "syncprotocol.h"

#include <QElapsedTimer>
#include <QUuid>

namespace ow {

namespace {

bool transientStatus(int status) {
    return status == 408 || status == 429 || status >= 500;
}

} // namespace

SyncRequester::SyncRequester(SyncTransport &transport, Sleeper &sleeper, RetryPolicy policy)
    : m_transport(transport)
    , m_sleeper(sleeper)
    , m_policy(policy)
    , m_random(QRandomGenerator::securelySeeded()) {}

void SyncRequester::setCredentials(const QString &user, const QString &password) {
    m_user = user;
    m_password = password;
}

TransportReply SyncRequester::exchangeLogged(TransportRequest &request) {
    request.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QElapsedTimer timer;
    timer.start();
    const TransportReply reply = m_transport.exchange(request);
    const QString path = request.path.section(QLatin1Char('?'), 0, 0);
    if (reply.replied())
        qCInfo(lcSync, "[%s] %s %s -> %d (%lld ms)", qPrintable(request.requestId),
               request.method.constData(), qPrintable(path), reply.status, timer.elapsed());
    else
        qCInfo(lcSync, "[%s] %s %s -> %s (%lld ms)", qPrintable(request.requestId),
               request.method.constData(), qPrintable(path), qPrintable(reply.error),
               timer.elapsed());
    return reply;
}

Status SyncRequester::login() {
    if (m_user.isEmpty())
        return Status::failure(QStringLiteral("sync: no user to log in with"));
    TransportRequest request{"POST",
                             QStringLiteral("/api/v1/auth/login"),
                             SyncProtocol::loginBody(m_user, m_password),
                             "application/json",
                             QString(),
                             QString()};
    m_token.clear();
    auto reply = call(request, [](const QByteArray &body) {
        auto parsed = SyncProtocol::parseLogin(body);
        return parsed ? Status() : Status::failure(parsed.error());
    });
    if (!reply) {
        if (m_lastFailure == FailureKind::Refused && reply.error().startsWith(QLatin1String("401")))
            m_lastFailure = FailureKind::Unauthorized;
        return Status::failure(QStringLiteral("login as %1: %2").arg(m_user, reply.error()));
    }
    m_token = SyncProtocol::parseLogin(reply->body)->token;
    return {};
}

Result<TransportReply> SyncRequester::call(TransportRequest request, const BodyCheck &check,
                                           QList<int> accepted) {
    using R = Result<TransportReply>;
    const bool isLogin = request.path.endsWith(QLatin1String("/auth/login"));
    bool loggedInAgain = false;
    QString problem;
    for (int attempt = 1; attempt <= m_policy.attempts; ++attempt) {
        if (attempt > 1)
            m_sleeper.sleep(m_policy.delayMs(attempt - 1, m_random));
        if (!isLogin)
            request.token = m_token;
        const TransportReply reply = exchangeLogged(request);
        if (!reply.replied()) {
            problem = reply.error;
            continue;
        }
        if (reply.status >= 200 && reply.status < 300) {
            const Status st = check ? check(reply.body) : Status();
            if (st) {
                m_lastFailure = FailureKind::None;
                return reply;
            }
            problem = QStringLiteral("garbled reply: %1").arg(st.error());
            continue;
        }
        if (accepted.contains(reply.status)) {
            m_lastFailure = FailureKind::None;
            return reply;
        }
        const QString text =
            QStringLiteral("%1 %2").arg(reply.status).arg(SyncProtocol::errorText(reply.body));
        if (reply.status == 401 && !isLogin && !loggedInAgain && !m_user.isEmpty()) {
            // The token expired or the server forgot it (restart, restore): log in and retry.
            loggedInAgain = true;
            if (Status st = login(); !st) {
                return R::failure(st.error());
            }
            --attempt;
            continue;
        }
        if (transientStatus(reply.status)) {
            problem = text;
            continue;
        }
        m_lastFailure = reply.status == 401 ? FailureKind::Unauthorized : FailureKind::Refused;
        return R::failure(text);
    }
    m_lastFailure = FailureKind::Unreachable;
    return R::failure(QStringLiteral("%1 %2: %3 (after %4 tries)")
                          .arg(QString::fromLatin1(request.method),
                               request.path.section(QLatin1Char('?'), 0, 0), problem)
                          .arg(m_policy.attempts));
}

} // namespace ow
