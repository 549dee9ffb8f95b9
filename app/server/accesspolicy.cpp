#include "accesspolicy.h"

namespace ow {

QList<Role> AccessPolicy::allowedRoles(ApiOperation op) {
    const QList<Role> writers{Role::Clerk, Role::Helpdesk, Role::BackOffice, Role::Admin};
    switch (op) {
    case ApiOperation::Logout:
    case ApiOperation::SyncPull:
    case ApiOperation::AttachmentRead:
    case ApiOperation::Events:
        return allRoles();
    case ApiOperation::SyncPush:
    case ApiOperation::AttachmentWrite:
        return writers;
    case ApiOperation::UserAdmin:
        return {Role::Admin};
    case ApiOperation::AuditVerify:
        return {Role::Supervisor, Role::Admin};
    }
    return {};
}

bool AccessPolicy::allows(const QList<Role> &roles, ApiOperation op) {
    const QList<Role> allowed = allowedRoles(op);
    return std::any_of(roles.begin(), roles.end(), [&](Role r) { return allowed.contains(r); });
}

QString AccessPolicy::operationName(ApiOperation op) {
    switch (op) {
    case ApiOperation::Logout:
        return QStringLiteral("logout");
    case ApiOperation::SyncPush:
        return QStringLiteral("sync push");
    case ApiOperation::SyncPull:
        return QStringLiteral("sync pull");
    case ApiOperation::AttachmentRead:
        return QStringLiteral("attachment read");
    case ApiOperation::AttachmentWrite:
        return QStringLiteral("attachment upload");
    case ApiOperation::Events:
        return QStringLiteral("events");
    case ApiOperation::UserAdmin:
        return QStringLiteral("user administration");
    case ApiOperation::AuditVerify:
        return QStringLiteral("audit verification");
    }
    return {};
}

} // namespace ow
