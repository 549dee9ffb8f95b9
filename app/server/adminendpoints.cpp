#include "endpoints.h"

#include "auditlog.h"
#include "httprouter.h"
#include "jsonshape.h"
#include "servercontext.h"
#include "serverwritelock.h"
#include "userrepository.h"

#include <QJsonArray>

namespace ow {

namespace {

QJsonObject userJson(const User &u) {
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("roles"), QJsonArray::fromStringList(roleKeys(u.roles))},
            {QStringLiteral("disabled"), u.disabled},
            {QStringLiteral("must_change_password"), u.mustChangePassword}};
}

HttpResponse listUsers(ServerContext &ctx, const HttpRequest &request) {
    auto caller = ctx.authorize(request, ApiOperation::UserAdmin);
    if (caller.refusal)
        return *caller.refusal;
    QJsonArray users;
    for (const User &u : UserRepository(*caller.db, ctx.clock()).list())
        users.append(userJson(u));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("users"), users}});
}

HttpResponse createUser(ServerContext &ctx, const HttpRequest &request) {
    auto caller = ctx.authorize(request, ApiOperation::UserAdmin);
    if (caller.refusal)
        return *caller.refusal;
    auto body = JsonShape::parseObject(request.body);
    if (!body)
        return HttpResponse::error(400, body.error());
    if (Status st =
            JsonShape::check(body.value(), {{QStringLiteral("name"), JsonType::String},
                                            {QStringLiteral("roles"), JsonType::Array},
                                            {QStringLiteral("password"), JsonType::String}});
        !st)
        return HttpResponse::error(400, st.error());
    QList<Role> roles;
    const QJsonArray keys = body.value().value(QStringLiteral("roles")).toArray();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const auto role = roleFromKey(keys.at(i).toString());
        if (!keys.at(i).isString() || !role)
            return HttpResponse::error(400, QStringLiteral("field 'roles[%1]' is not one of %2")
                                                .arg(i)
                                                .arg(roleKeys(allRoles()).join(QLatin1Char(','))));
        roles << *role;
    }
    Database &db = *caller.db;
    std::optional<User> created;
    QString refusal;
    const Status st = db.transaction([&]() -> Status {
        if (Status s = lockServerWrites(db); !s)
            return s;
        auto user = UserRepository(db, ctx.clock())
                        .create(body.value().value(QStringLiteral("name")).toString(), roles,
                                body.value().value(QStringLiteral("password")).toString(), true);
        if (!user) {
            refusal = user.error();
            return Status::failure(refusal);
        }
        created = user.value();
        return ctx.audit(db, caller.session.userName, QStringLiteral("user.create"), user->name,
                         roleKeys(roles).join(QLatin1Char(',')));
    });
    if (!refusal.isEmpty())
        return HttpResponse::error(refusal.contains(QLatin1String("already exists")) ? 409 : 400,
                                   refusal);
    if (!st)
        return ServerContext::internalError(request, st.error());
    return HttpResponse::json(201, userJson(*created));
}

HttpResponse verifyAudit(ServerContext &ctx, const HttpRequest &request) {
    auto caller = ctx.authorize(request, ApiOperation::AuditVerify);
    if (caller.refusal)
        return *caller.refusal;
    const AuditVerification v = AuditLog(*caller.db).verify();
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("intact"), v.intact},
                                               {QStringLiteral("checked"), v.checked},
                                               {QStringLiteral("broken_id"), v.brokenId},
                                               {QStringLiteral("problem"), v.problem}});
}

} // namespace

void addAdminEndpoints(HttpRouter &router, ServerContext &context) {
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/admin/users"),
               [&context](const HttpRequest &r) { return listUsers(context, r); });
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/admin/users"),
               [&context](const HttpRequest &r) { return createUser(context, r); });
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/admin/audit"),
               [&context](const HttpRequest &r) { return verifyAudit(context, r); });
}

} // namespace ow
