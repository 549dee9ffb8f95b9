#pragma once

#include "result.h"
#include "roles.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

class Database;
class Clock;

struct User {
    qint64 id = 0;
    QString name;
    QString displayName;
    QList<Role> roles;
    bool mustChangePassword = false;
    bool disabled = false;
    bool hasRole(Role r) const { return roles.contains(r); }
};

// Accounts of the workstation (and, through the same tables, of the server).
class UserRepository {
public:
    UserRepository(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock) {}

    Result<User> create(const QString &name, const QList<Role> &roles, const QString &password,
                        bool mustChangePassword = false);
    Status setPassword(const QString &name, const QString &password, bool mustChange = false);
    QList<User> list();
    std::optional<User> find(const QString &name);
    int count();
    // The user when name and password match an enabled account; otherwise a message that does
    // not tell which of the two was wrong.
    Result<User> authenticate(const QString &name, const QString &password);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace ow
