#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow {

// Who a user is at the hall (DESIGN §1). The server enforces them; the workstation shows the
// screens a role may use.
enum class Role { Clerk, Helpdesk, BackOffice, Supervisor, Admin };

QString roleKey(Role role); // "clerk", "helpdesk", "backoffice", "supervisor", "admin"
std::optional<Role> roleFromKey(const QString &key);
QList<Role> allRoles();
QStringList roleKeys(const QList<Role> &roles);

} // namespace ow
