#include "endpoints.h"

#include "attachmentstore.h"
#include "clock.h"
#include "httprouter.h"
#include "servercontext.h"
#include "serverwritelock.h"

namespace ow {

namespace {

using Outcome = AttachmentStore::Outcome;

QJsonObject stateJson(const AttachmentState &s) {
    return {{QStringLiteral("sha256"), s.sha256},
            {QStringLiteral("received"), s.received},
            {QStringLiteral("complete"), s.complete}};
}

// Every attachment endpoint starts the same way: the caller may do `op`, and the {sha256} path
// segment is a SHA-256. Either the caller and the hash, or the response that refuses.
struct AttachmentCall {
    ServerContext::Caller caller;
    QString sha;
    std::optional<HttpResponse> refusal;
};

AttachmentCall begin(ServerContext &ctx, const HttpRequest &request, ApiOperation op) {
    AttachmentCall call{ctx.authorize(request, op), {}, {}};
    if (call.caller.refusal) {
        call.refusal = call.caller.refusal;
        return call;
    }
    call.sha = request.params.value(QStringLiteral("sha256"));
    if (!AttachmentStore::isSha256(call.sha))
        call.refusal = HttpResponse::error(400, QStringLiteral("path segment '%1' is not a "
                                                               "SHA-256 (64 lower-case hex digits)")
                                                    .arg(call.sha.left(80)));
    return call;
}

HttpResponse status(ServerContext &ctx, const HttpRequest &request) {
    AttachmentCall call = begin(ctx, request, ApiOperation::AttachmentRead);
    if (call.refusal)
        return *call.refusal;
    auto &caller = call.caller;
    const QString &sha = call.sha;
    auto state = AttachmentStore(*caller.db).state(sha);
    if (!state)
        return HttpResponse::json(
            404,
            QJsonObject{{QStringLiteral("error"), QStringLiteral("not_found")},
                        {QStringLiteral("message"), QStringLiteral("no upload of %1 yet; start "
                                                                   "at offset 0")
                                                        .arg(sha)},
                        {QStringLiteral("received"), 0},
                        {QStringLiteral("complete"), false}});
    return HttpResponse::json(200, stateJson(*state));
}

HttpResponse putChunk(ServerContext &ctx, const HttpRequest &request) {
    AttachmentCall call = begin(ctx, request, ApiOperation::AttachmentWrite);
    if (call.refusal)
        return *call.refusal;
    auto &caller = call.caller;
    const QString &sha = call.sha;
    bool ok = false;
    const qint64 offset = request.params.value(QStringLiteral("offset")).toLongLong(&ok);
    if (!ok || offset < 0)
        return HttpResponse::error(400, QStringLiteral("path segment 'offset' must be a "
                                                       "non-negative integer"));
    if (request.body.isEmpty())
        return HttpResponse::error(400, QStringLiteral("the chunk is empty"));
    Database &db = *caller.db;
    AttachmentStore::Reply reply;
    const Status st = db.transaction([&]() -> Status {
        if (Status s = lockServerWrites(db); !s)
            return s;
        reply = AttachmentStore(db).putChunk(sha, offset, request.body, caller.session.userName,
                                             ctx.clock().now());
        return reply.outcome == Outcome::Failed ? Status::failure(reply.message) : Status();
    });
    if (!st)
        return ServerContext::internalError(request, st.error());
    if (reply.outcome == Outcome::WrongOffset || reply.outcome == Outcome::AlreadyComplete) {
        QJsonObject o = stateJson(reply.state);
        o.insert(QStringLiteral("error"), QStringLiteral("conflict"));
        o.insert(QStringLiteral("message"), reply.message);
        return HttpResponse::json(409, o);
    }
    return HttpResponse::json(200, stateJson(reply.state));
}

HttpResponse complete(ServerContext &ctx, const HttpRequest &request) {
    AttachmentCall call = begin(ctx, request, ApiOperation::AttachmentWrite);
    if (call.refusal)
        return *call.refusal;
    auto &caller = call.caller;
    const QString &sha = call.sha;
    Database &db = *caller.db;
    AttachmentStore::Reply reply;
    // A hash mismatch commits too: the discarded upload must stay discarded.
    const Status st = db.transaction([&]() -> Status {
        if (Status s = lockServerWrites(db); !s)
            return s;
        reply = AttachmentStore(db).complete(sha, ctx.clock().now());
        if (reply.outcome == Outcome::Failed)
            return Status::failure(reply.message);
        if (reply.outcome == Outcome::NotFound)
            return {};
        return ctx.audit(db, caller.session.userName,
                         reply.outcome == Outcome::Ok ? QStringLiteral("attachment.complete")
                                                      : QStringLiteral("attachment.rejected"),
                         sha, QStringLiteral("%1 bytes").arg(reply.state.received));
    });
    if (!st)
        return ServerContext::internalError(request, st.error());
    switch (reply.outcome) {
    case Outcome::NotFound:
        return HttpResponse::error(404, reply.message);
    case Outcome::HashMismatch:
        return HttpResponse::error(422, reply.message);
    default:
        return HttpResponse::json(200, stateJson(reply.state));
    }
}

HttpResponse content(ServerContext &ctx, const HttpRequest &request) {
    AttachmentCall call = begin(ctx, request, ApiOperation::AttachmentRead);
    if (call.refusal)
        return *call.refusal;
    auto &caller = call.caller;
    const QString &sha = call.sha;
    auto data = AttachmentStore(*caller.db).content(sha);
    if (!data)
        return HttpResponse::error(404, data.error());
    return HttpResponse::bytes(200, data.value(), "application/octet-stream");
}

} // namespace

void addAttachmentEndpoints(HttpRouter &router, ServerContext &context) {
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/attachments/{sha256}"),
               [&context](const HttpRequest &r) { return status(context, r); });
    router.add(HttpMethod::Put, QStringLiteral("/api/v1/attachments/{sha256}/chunks/{offset}"),
               [&context](const HttpRequest &r) { return putChunk(context, r); });
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/attachments/{sha256}/complete"),
               [&context](const HttpRequest &r) { return complete(context, r); });
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/attachments/{sha256}/content"),
               [&context](const HttpRequest &r) { return content(context, r); });
}

} // namespace ow
