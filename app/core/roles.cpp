#include "roles.h"

namespace ow {

QString roleKey(Role role) {
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Helpdesk:
        return QStringLiteral("helpdesk");
    case Role::BackOffice:
        return QStringLiteral("backoffice");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key) {
    for (Role r : allRoles())
        if (roleKey(r) == key.trimmed().toLower())
            return r;
    return std::nullopt;
}

QList<Role> allRoles() {
    return {Role::Clerk, Role::Helpdesk, Role::BackOffice, Role::Supervisor, Role::Admin};
}

QStringList roleKeys(const QList<Role> &roles) {
    QStringList keys;
    for (Role r : roles)
        keys << roleKey(r);
    return keys;
}

} // namespace ow
