#include "auditlog.h"

#include "database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace ow {

QString AuditLog::genesisHash() {
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditLog::canonical(const AuditEntry &e) {
    const QJsonArray row{QString::number(e.id),
                         e.at.toUTC().toString(Qt::ISODateWithMs),
                         e.actor,
                         e.action,
                         e.target,
                         e.detail};
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

QString AuditLog::linkHash(const QString &prevHash, const AuditEntry &e) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(canonical(e));
    return QString::fromLatin1(h.result().toHex());
}

Result<qint64> AuditLog::append(const QDateTime &at, const QString &actor, const QString &action,
                                const QString &target, const QString &detail) {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return Result<qint64>::failure(Database::errorOf(q, QStringLiteral("read audit head")));
    AuditEntry e;
    QString prev = genesisHash();
    if (q.next()) {
        e.id = q.value(0).toLongLong() + 1;
        prev = q.value(1).toString();
    } else {
        e.id = 1;
    }
    // Stored with millisecond precision so the canonical form reads back identically.
    e.at = QDateTime::fromString(at.toUTC().toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    e.actor = actor;
    e.action = action;
    e.target = target;
    e.detail = detail;
    q.prepare(QStringLiteral("INSERT INTO audit_log (id, at, actor, action, target, detail, "
                             "prev_hash, hash) VALUES (?, ?, COALESCE(?, ''), ?, COALESCE(?, ''), "
                             "COALESCE(?, ''), ?, ?)"));
    q.addBindValue(e.id);
    q.addBindValue(e.at.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(actor);
    q.addBindValue(action);
    q.addBindValue(target);
    q.addBindValue(detail);
    q.addBindValue(prev);
    q.addBindValue(linkHash(prev, e));
    if (!q.exec())
        return Result<qint64>::failure(Database::errorOf(q, QStringLiteral("append audit row")));
    return e.id;
}

AuditVerification AuditLog::verify() {
    AuditVerification v;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, actor, action, target, detail, prev_hash, hash "
                               "FROM audit_log ORDER BY id"))) {
        v.intact = false;
        v.problem = Database::errorOf(q, QStringLiteral("read the audit log"));
        return v;
    }
    QString expectedPrev = genesisHash();
    qint64 expectedId = 1;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.target = q.value(4).toString();
        e.detail = q.value(5).toString();
        const QString prev = q.value(6).toString();
        const QString stored = q.value(7).toString();
        auto broken = [&](const QString &problem) {
            v.intact = false;
            v.brokenId = e.id;
            v.problem = problem;
        };
        if (e.id != expectedId)
            broken(QStringLiteral("row %1 follows row %2: a row is missing or was inserted")
                       .arg(e.id)
                       .arg(expectedId - 1));
        else if (prev != expectedPrev)
            broken(QStringLiteral("prev_hash is %1 but the previous row's hash is %2")
                       .arg(prev, expectedPrev));
        else if (const QString recomputed = linkHash(prev, e); recomputed != stored)
            broken(QStringLiteral("stored hash %1 does not match the row's content (recomputed "
                                  "%2): actor '%3', action '%4', target '%5' or its time changed")
                       .arg(stored, recomputed, e.actor, e.action, e.target));
        if (!v.intact)
            return v;
        ++v.checked;
        expectedPrev = stored;
        ++expectedId;
    }
    return v;
}

} // namespace ow
