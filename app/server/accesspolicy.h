#pragma once

#include "roles.h"

#include <QList>
#include <QString>

namespace ow {

// Every protected operation of the API; the server checks the caller's roles against it.
enum class ApiOperation {
    Logout,
    SyncPush,
    SyncPull,
    AttachmentRead,  // status and content
    AttachmentWrite, // chunks and complete
    Events,
    UserAdmin, // list and create users
    AuditVerify,
};

// The role matrix (docs/api.md, "Roles"): who may do what. Supervisors read everything and may
// verify the audit chain, but do not write sync data; only admins administer users.
class AccessPolicy {
public:
    static QList<Role> allowedRoles(ApiOperation op);
    static bool allows(const QList<Role> &roles, ApiOperation op);
    static QString operationName(ApiOperation op);
};

} // namespace ow
