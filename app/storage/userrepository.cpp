#include "userrepository.h"

#include "clock.h"
#include "database.h"
#include "passwordhasher.h"

#include <QSqlQuery>
#include <QVariant>

namespace ow {

namespace {

constexpr int kMinPasswordLength = 8;

Status checkPassword(const QString &password) {
    if (password.size() < kMinPasswordLength)
        return Status::failure(QStringLiteral("the password is too short: at least %1 characters")
                                   .arg(kMinPasswordLength));
    return {};
}

QList<Role> parseRoles(const QString &text) {
    QList<Role> roles;
    for (const QString &key : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto r = roleFromKey(key))
            roles << *r;
    return roles;
}

User userFrom(const QSqlQuery &q) {
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.roles = parseRoles(q.value(3).toString());
    u.mustChangePassword = q.value(4).toInt() != 0;
    u.disabled = q.value(5).toInt() != 0;
    return u;
}

const char *kSelectUser =
    "SELECT id, name, display_name, roles, must_change_password, disabled FROM users";

} // namespace

Result<User> UserRepository::create(const QString &name, const QList<Role> &roles,
                                    const QString &password, bool mustChangePassword) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64)
        return Result<User>::failure(QStringLiteral("a user name needs 1 to 64 characters"));
    if (roles.isEmpty())
        return Result<User>::failure(
            QStringLiteral("user '%1' needs at least one role").arg(trimmed));
    if (Status st = checkPassword(password); !st)
        return Result<User>::failure(st.error());
    if (find(trimmed))
        return Result<User>::failure(QStringLiteral("user '%1' already exists").arg(trimmed));
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Result<User>::failure(QStringLiteral("could not hash the password (out of memory)"));
    const QString now = m_clock.now().toUTC().toString(Qt::ISODate);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO users (name, password_hash, roles, must_change_password, "
                             "created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(trimmed);
    q.addBindValue(hash);
    q.addBindValue(roleKeys(roles).join(QLatin1Char(',')));
    q.addBindValue(mustChangePassword ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<User>::failure(
            Database::errorOf(q, QStringLiteral("create user '%1'").arg(trimmed)));
    auto created = find(trimmed);
    if (!created)
        return Result<User>::failure(
            QStringLiteral("user '%1' vanished after creation").arg(trimmed));
    return *created;
}

Status UserRepository::setPassword(const QString &name, const QString &password, bool mustChange) {
    if (Status st = checkPassword(password); !st)
        return st;
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Status::failure(QStringLiteral("could not hash the password (out of memory)"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ?, "
                             "password_changed_at = ? WHERE name = ?"));
    q.addBindValue(hash);
    q.addBindValue(mustChange ? 1 : 0);
    q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODate));
    q.addBindValue(name);
    if (!q.exec())
        return Status::failure(
            Database::errorOf(q, QStringLiteral("set password of '%1'").arg(name)));
    if (q.numRowsAffected() != 1)
        return Status::failure(QStringLiteral("no user named '%1'").arg(name));
    return {};
}

QList<User> UserRepository::list() {
    QList<User> users;
    QSqlQuery q(m_db.connection());
    q.exec(QString::fromLatin1(kSelectUser) + QStringLiteral(" ORDER BY name"));
    while (q.next())
        users << userFrom(q);
    return users;
}

std::optional<User> UserRepository::find(const QString &name) {
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kSelectUser) + QStringLiteral(" WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return userFrom(q);
}

int UserRepository::count() {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Result<User> UserRepository::authenticate(const QString &name, const QString &password) {
    const QString refused = QStringLiteral("wrong user name or password");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (!q.exec() || !q.next()) {
        // Spend the same work as a real check so timing does not reveal which names exist.
        PasswordHasher::verify(PasswordHasher::hash(QStringLiteral("timing-equaliser")), password);
        return Result<User>::failure(refused);
    }
    const QString hash = q.value(0).toString();
    if (!PasswordHasher::verify(hash, password))
        return Result<User>::failure(refused);
    auto user = find(name);
    if (!user)
        return Result<User>::failure(refused);
    if (user->disabled)
        return Result<User>::failure(QStringLiteral("this account is disabled"));
    if (PasswordHasher::needsRehash(hash))
        setPassword(user->name, password, user->mustChangePassword);
    return *user;
}

} // namespace ow
