#include "rolenames.h"

#include <QCoreApplication>
#include <QStringList>

namespace ow {

QString roleDisplayName(Role role) {
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("RoleNames", "Window clerk");
    case Role::Helpdesk:
        return QCoreApplication::translate("RoleNames", "Helpdesk");
    case Role::BackOffice:
        return QCoreApplication::translate("RoleNames", "Back office");
    case Role::Supervisor:
        return QCoreApplication::translate("RoleNames", "Supervisor");
    case Role::Admin:
        return QCoreApplication::translate("RoleNames", "Administrator");
    }
    return {};
}

QString roleDisplayNames(const QList<Role> &roles) {
    QStringList names;
    for (Role r : allRoles())
        if (roles.contains(r))
            names << roleDisplayName(r);
    if (names.isEmpty())
        return QStringLiteral("—");
    return names.join(QCoreApplication::translate("RoleNames", ", "));
}

} // namespace ow
