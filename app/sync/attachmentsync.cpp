#include "attachmentsync.h"

#include "syncprotocol.h"
#include "syncrequester.h"

#include <QCryptographicHash>

namespace ow {

namespace {

QString base(const QString &sha256) {
    return QStringLiteral("/api/v1/attachments/") + sha256;
}

Status checkState(const QByteArray &body) {
    auto parsed = SyncProtocol::parseAttachment(body);
    return parsed ? Status() : Status::failure(parsed.error());
}

} // namespace

QString AttachmentSync::sha256Of(const QByteArray &content) {
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Result<qint64> AttachmentSync::received(const QString &sha256, bool *complete) {
    auto reply = m_requester.call({"GET", base(sha256), {}, {}, {}, {}}, checkState, {404});
    if (!reply)
        return Result<qint64>::failure(reply.error());
    *complete = false;
    if (reply->status == 404)
        return qint64(0);
    const QJsonObject state = SyncProtocol::parseAttachment(reply->body).value();
    *complete = state.value(QStringLiteral("complete")).toBool();
    return state.value(QStringLiteral("received")).toInteger();
}

Result<QString> AttachmentSync::upload(const QByteArray &content) {
    using R = Result<QString>;
    if (content.isEmpty())
        return R::failure(QStringLiteral("attachment: an empty file cannot be uploaded"));
    const QString sha = sha256Of(content);
    bool complete = false;
    auto at = received(sha, &complete);
    if (!at)
        return R::failure(at.error());
    if (complete)
        return sha;
    qint64 offset = at.value();
    // Bounded: each round either sends a chunk or jumps to where the server stands.
    for (int rounds = 0; rounds < 4 * (content.size() / m_chunk + 2) + 8; ++rounds) {
        if (offset < 0 || offset > content.size())
            offset = 0;
        if (offset == content.size()) {
            auto done = m_requester.call(
                {"POST", base(sha) + QStringLiteral("/complete"), {}, "application/json", {}, {}},
                checkState, {409, 422});
            if (!done)
                return R::failure(done.error());
            if (done->status == 200)
                return sha;
            if (done->status == 422) { // assembled bytes did not match: the server discarded them
                offset = 0;
                continue;
            }
            auto now = received(sha, &complete);
            if (!now)
                return R::failure(now.error());
            if (complete)
                return sha;
            offset = now.value();
            continue;
        }
        const QByteArray chunk = content.mid(offset, m_chunk);
        auto put = m_requester.call({"PUT",
                                     base(sha) + QStringLiteral("/chunks/%1").arg(offset),
                                     chunk,
                                     "application/octet-stream",
                                     {},
                                     {}},
                                    checkState, {409});
        if (!put)
            return R::failure(put.error());
        auto state = SyncProtocol::parseAttachment(put->body);
        if (!state)
            return R::failure(QStringLiteral("attachment %1: %2").arg(sha, state.error()));
        if (put->status == 409 && state->value(QStringLiteral("complete")).toBool())
            return sha;
        offset = state->value(QStringLiteral("received")).toInteger();
    }
    return R::failure(QStringLiteral("attachment %1: the upload makes no progress").arg(sha));
}

Result<QByteArray> AttachmentSync::download(const QString &sha256) {
    using R = Result<QByteArray>;
    const QString wanted = sha256.toLower();
    auto reply = m_requester.call(
        {"GET", base(wanted) + QStringLiteral("/content"), {}, {}, {}, {}},
        [&](const QByteArray &body) {
            return sha256Of(body) == wanted
                       ? Status()
                       : Status::failure(QStringLiteral("content does not match its SHA-256"));
        });
    if (!reply)
        return R::failure(QStringLiteral("attachment %1: %2").arg(wanted, reply.error()));
    return reply->body;
}

} // namespace ow
