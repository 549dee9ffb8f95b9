#include "sessionrepository.h"

#include "database.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

namespace ow {

namespace {

QString stamp(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString SessionRepository::hashToken(const QString &token) {
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

Result<IssuedToken> SessionRepository::issue(const QString &userName, const QList<Role> &roles,
                                             const QDateTime &now, qint64 ttlSeconds) {
    if (sodium_init() < 0)
        return Result<IssuedToken>::failure(QStringLiteral("libsodium could not start"));
    QByteArray raw(32, Qt::Uninitialized);
    randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
    IssuedToken issued;
    issued.token = QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    issued.expiresAt = now.toUTC().addSecs(ttlSeconds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO sessions (token_hash, user_name, roles, created_at, "
                             "expires_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(hashToken(issued.token));
    q.addBindValue(userName);
    q.addBindValue(roleKeys(roles).join(QLatin1Char(',')));
    q.addBindValue(stamp(now));
    q.addBindValue(stamp(issued.expiresAt));
    if (!q.exec())
        return Result<IssuedToken>::failure(Database::errorOf(q, QStringLiteral("store session")));
    return issued;
}

std::optional<Session> SessionRepository::find(const QString &token, const QDateTime &now) {
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT user_name, roles, expires_at FROM sessions "
                             "WHERE token_hash = ?"));
    q.addBindValue(hashToken(token));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Session s;
    s.userName = q.value(0).toString();
    for (const QString &key : q.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto r = roleFromKey(key))
            s.roles << *r;
    s.expiresAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    if (!s.expiresAt.isValid() || s.expiresAt <= now.toUTC())
        return std::nullopt;
    return s;
}

Status SessionRepository::revoke(const QString &token) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"));
    q.addBindValue(hashToken(token));
    if (!q.exec())
        return Status::failure(Database::errorOf(q, QStringLiteral("revoke session")));
    return {};
}

Status SessionRepository::purgeExpired(const QDateTime &now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"));
    q.addBindValue(stamp(now));
    if (!q.exec())
        return Status::failure(Database::errorOf(q, QStringLiteral("purge sessions")));
    return {};
}

} // namespace ow
