#include "endpoints.h"

#include "clock.h"
#include "httprouter.h"
#include "jsonshape.h"
#include "servercontext.h"
#include "serverwritelock.h"
#include "userrepository.h"

#include <QJsonArray>

namespace ow {

namespace {

QString kindName(DatabaseKind kind) {
    return kind == DatabaseKind::Postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

HttpResponse tooManyAttempts(const QString &name, qint64 seconds) {
    HttpResponse r = HttpResponse::error(
        429, QStringLiteral("too many failed logins for '%1'; try again in %2 s")
                 .arg(name)
                 .arg(seconds));
    r.withHeader("Retry-After", QByteArray::number(seconds));
    return r;
}

HttpResponse login(ServerContext &ctx, const HttpRequest &request) {
    auto body = JsonShape::parseObject(request.body);
    if (!body)
        return HttpResponse::error(400, body.error());
    if (Status st =
            JsonShape::check(body.value(), {{QStringLiteral("name"), JsonType::String},
                                            {QStringLiteral("password"), JsonType::String}});
        !st)
        return HttpResponse::error(400, st.error());
    const QString name = body.value().value(QStringLiteral("name")).toString().trimmed();
    const QString password = body.value().value(QStringLiteral("password")).toString();
    if (name.isEmpty())
        return HttpResponse::error(400, QStringLiteral("field 'name' is empty"));
    if (const qint64 wait = ctx.throttle().lockedForSeconds(name); wait > 0)
        return tooManyAttempts(name, wait);

    std::optional<HttpResponse> refusal;
    Database *db = ctx.database(&refusal);
    if (!db)
        return *refusal;
    UserRepository users(*db, ctx.clock());
    auto user = users.authenticate(name, password);
    if (!user) {
        const qint64 locked = ctx.throttle().recordFailure(name);
        const Status st = db->transaction([&]() -> Status {
            if (Status s = lockServerWrites(*db); !s)
                return s;
            return ctx.audit(*db, name, QStringLiteral("login.failed"), name,
                             QStringLiteral("from %1").arg(request.remoteAddress));
        });
        if (!st)
            return ServerContext::internalError(request, st.error());
        if (locked > 0)
            return tooManyAttempts(name, locked);
        return HttpResponse::error(401, QStringLiteral("wrong user name or password"));
    }
    ctx.throttle().recordSuccess(name);
    IssuedToken issued;
    const Status st = db->transaction([&]() -> Status {
        if (Status s = lockServerWrites(*db); !s)
            return s;
        auto token = SessionRepository(*db).issue(user->name, user->roles, ctx.clock().now(),
                                                  ctx.settings().tokenTtlSeconds);
        if (!token)
            return Status::failure(token.error());
        issued = token.value();
        return ctx.audit(*db, user->name, QStringLiteral("login"), user->name,
                         QStringLiteral("from %1").arg(request.remoteAddress));
    });
    if (!st)
        return ServerContext::internalError(request, st.error());
    return HttpResponse::json(
        200,
        QJsonObject{
            {QStringLiteral("token"), issued.token},
            {QStringLiteral("expires_at"), issued.expiresAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("roles"), QJsonArray::fromStringList(roleKeys(user->roles))},
            {QStringLiteral("user"), user->name},
            {QStringLiteral("must_change_password"), user->mustChangePassword}});
}

HttpResponse logout(ServerContext &ctx, const HttpRequest &request) {
    auto caller = ctx.authorize(request, ApiOperation::Logout);
    if (caller.refusal)
        return *caller.refusal;
    Database &db = *caller.db;
    const Status st = db.transaction([&]() -> Status {
        if (Status s = lockServerWrites(db); !s)
            return s;
        if (Status s = SessionRepository(db).revoke(caller.token); !s)
            return s;
        return ctx.audit(db, caller.session.userName, QStringLiteral("logout"),
                         caller.session.userName);
    });
    if (!st)
        return ServerContext::internalError(request, st.error());
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}});
}

} // namespace

void addAuthEndpoints(HttpRouter &router, ServerContext &context) {
    const QString kind = kindName(context.settings().database.kind);
    router.add(
        HttpMethod::Get, QStringLiteral("/api/v1/health"),
        [kind](const HttpRequest &) {
            return HttpResponse::json(
                200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                 {QStringLiteral("version"), QStringLiteral(ONEWINDOW_VERSION)},
                                 {QStringLiteral("api"), QStringLiteral("v1")},
                                 {QStringLiteral("database"), kind}});
        },
        Execution::Inline);
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/auth/login"),
               [&context](const HttpRequest &r) { return login(context, r); });
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/auth/logout"),
               [&context](const HttpRequest &r) { return logout(context, r); });
}

void addAllEndpoints(HttpRouter &router, ServerContext &context) {
    addAuthEndpoints(router, context);
    addSyncEndpoints(router, context);
    addAttachmentEndpoints(router, context);
    addAdminEndpoints(router, context);
    router.addWebSocket(QStringLiteral("/api/v1/events"));
}

} // namespace ow
