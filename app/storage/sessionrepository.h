#pragma once

#include "result.h"
#include "roles.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

class Database;

struct Session {
    QString userName;
    QList<Role> roles;
    QDateTime expiresAt;
};

struct IssuedToken {
    QString token; // shown to the client once; only its SHA-256 is stored
    QDateTime expiresAt;
};

// Bearer tokens of the server: 32 random bytes (base64url), stored as SHA-256 with an expiry, so a
// copy of the database does not hand out live tokens.
class SessionRepository {
public:
    explicit SessionRepository(Database &db)
        : m_db(db) {}

    Result<IssuedToken> issue(const QString &userName, const QList<Role> &roles,
                              const QDateTime &now, qint64 ttlSeconds);
    // The session when the token is known and not expired at 'now'.
    std::optional<Session> find(const QString &token, const QDateTime &now);
    Status revoke(const QString &token);
    Status purgeExpired(const QDateTime &now);

    static QString hashToken(const QString &token);

private:
    Database &m_db;
};

} // namespace ow
