#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

namespace ow {

class Database;

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;  // user name, or "cli" for shell administration
    QString action; // "login", "logout", "sync.push", "attachment.complete", "user.create", ...
    QString target;
    QString detail;
};

struct AuditVerification {
    bool intact = true;
    qint64 checked = 0;  // rows checked
    qint64 brokenId = 0; // first row whose link does not hold (0 when intact)
    QString problem;     // what differs at that row
};

// The hash-chained audit log: each row stores sha256(prev_hash || canonical row), where the
// canonical row is a compact JSON array of id, time, actor, action, target and detail. Changing,
// deleting or inserting a row breaks the link at that row or the next one.
class AuditLog {
public:
    explicit AuditLog(Database &db)
        : m_db(db) {}

    // Appends one row. Call inside a transaction that began with lockServerWrites(), so the
    // chain stays linear across threads and server instances.
    Result<qint64> append(const QDateTime &at, const QString &actor, const QString &action,
                          const QString &target, const QString &detail = {});
    AuditVerification verify();

    static QByteArray canonical(const AuditEntry &e);
    static QString linkHash(const QString &prevHash, const AuditEntry &e);
    static QString genesisHash(); // prev_hash of the first row

private:
    Database &m_db;
};

} // namespace ow
