#pragma once

#include "roles.h"

#include <QList>
#include <QString>

namespace ow {

// What a role is called on screen, in the UI language.
QString roleDisplayName(Role role);
// "Clerk, Supervisor" in a stable order; "—" for no roles.
QString roleDisplayNames(const QList<Role> &roles);

} // namespace ow
