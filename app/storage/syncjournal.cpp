#include "syncjournal.h"

#include "database.h"
#include "serverwritelock.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace ow {

namespace {

QString compact(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

SyncStatus statusFromKey(const QString &key) {
    return key == QLatin1String("conflict") ? SyncStatus::Conflict : SyncStatus::Applied;
}

} // namespace

QString syncStatusKey(SyncStatus status) {
    switch (status) {
    case SyncStatus::Applied:
        return QStringLiteral("applied");
    case SyncStatus::Duplicate:
        return QStringLiteral("duplicate");
    case SyncStatus::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

Result<QList<SyncAck>> SyncJournal::apply(const QString &clientId, const QString &userName,
                                          const QList<SyncEntry> &entries, const QDateTime &now) {
    QList<SyncAck> acks;
    const QString receivedAt = now.toUTC().toString(Qt::ISODateWithMs);
    for (const SyncEntry &entry : entries) {
        auto ack = applyOne(clientId, userName, entry, receivedAt);
        if (!ack)
            return Result<QList<SyncAck>>::failure(ack.error());
        acks << ack.value();
    }
    return acks;
}

Result<SyncAck> SyncJournal::applyOne(const QString &clientId, const QString &userName,
                                      const SyncEntry &entry, const QString &receivedAt) {
    using R = Result<SyncAck>;
    SyncAck ack;
    ack.uuid = entry.uuid;
    QSqlQuery q(m_db.connection());
    // A uuid seen before returns its first acknowledgement and changes nothing.
    q.prepare(QStringLiteral("SELECT seq, revision, status FROM sync_changes WHERE uuid = ?"));
    q.addBindValue(entry.uuid);
    if (!q.exec())
        return R::failure(Database::errorOf(q, QStringLiteral("look up entry %1").arg(entry.uuid)));
    if (q.next()) {
        ack.seq = q.value(0).toLongLong();
        ack.revision = q.value(1).toLongLong();
        ack.status = SyncStatus::Duplicate;
        ack.originalStatus = statusFromKey(q.value(2).toString());
        return ack;
    }
    q.prepare(
        QStringLiteral("SELECT revision FROM sync_records WHERE entity = ? AND record_key = ?"));
    q.addBindValue(entry.entity);
    q.addBindValue(entry.key);
    if (!q.exec())
        return R::failure(
            Database::errorOf(q, QStringLiteral("read record %1/%2").arg(entry.entity, entry.key)));
    const bool exists = q.next();
    const qint64 current = exists ? q.value(0).toLongLong() : 0;

    if (entry.baseRevision != current) {
        // Stale base: keep the incoming version beside the current one and flag it.
        q.prepare(
            QStringLiteral("INSERT INTO sync_conflicts (uuid, entity, record_key, base_revision, "
                           "server_revision, payload, deleted, client_id, user_name, received_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(entry.uuid), QVariant(entry.entity), QVariant(entry.key),
                                  QVariant(entry.baseRevision), QVariant(current),
                                  QVariant(compact(entry.payload)), QVariant(entry.deleted ? 1 : 0),
                                  QVariant(clientId), QVariant(userName), QVariant(receivedAt)})
            q.addBindValue(v);
        if (!q.exec())
            return R::failure(
                Database::errorOf(q, QStringLiteral("store conflict %1").arg(entry.uuid)));
        const QJsonObject notice{{QStringLiteral("entity"), entry.entity},
                                 {QStringLiteral("key"), entry.key},
                                 {QStringLiteral("base_revision"), entry.baseRevision},
                                 {QStringLiteral("server_revision"), current},
                                 {QStringLiteral("payload"), entry.payload},
                                 {QStringLiteral("deleted"), entry.deleted},
                                 {QStringLiteral("client_id"), clientId},
                                 {QStringLiteral("user"), userName}};
        auto seq = appendChange(entry.uuid, clientId, userName, conflictEntity(), entry.uuid,
                                current, notice, false, SyncStatus::Conflict, receivedAt);
        if (!seq)
            return R::failure(seq.error());
        ack.seq = seq.value();
        ack.revision = current;
        ack.status = ack.originalStatus = SyncStatus::Conflict;
        return ack;
    }

    const qint64 revision = current + 1;
    auto seq = appendChange(entry.uuid, clientId, userName, entry.entity, entry.key, revision,
                            entry.payload, entry.deleted, SyncStatus::Applied, receivedAt);
    if (!seq)
        return R::failure(seq.error());
    q.prepare(exists ? QStringLiteral("UPDATE sync_records SET revision = ?, payload = ?, "
                                      "deleted = ?, seq = ? WHERE entity = ? AND record_key = ?")
                     : QStringLiteral("INSERT INTO sync_records (revision, payload, deleted, seq, "
                                      "entity, record_key) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(revision);
    q.addBindValue(compact(entry.payload));
    q.addBindValue(entry.deleted ? 1 : 0);
    q.addBindValue(seq.value());
    q.addBindValue(entry.entity);
    q.addBindValue(entry.key);
    if (!q.exec())
        return R::failure(Database::errorOf(
            q, QStringLiteral("write record %1/%2").arg(entry.entity, entry.key)));
    ack.seq = seq.value();
    ack.revision = revision;
    ack.status = ack.originalStatus = SyncStatus::Applied;
    return ack;
}

Result<qint64> SyncJournal::appendChange(const QString &uuid, const QString &clientId,
                                         const QString &userName, const QString &entity,
                                         const QString &key, qint64 revision,
                                         const QJsonObject &payload, bool deleted,
                                         SyncStatus status, const QString &receivedAt) {
    QSqlQuery q(m_db.connection());
    const bool pg = m_db.kind() == DatabaseKind::Postgres;
    q.prepare(QStringLiteral("INSERT INTO sync_changes (uuid, client_id, user_name, entity, "
                             "record_key, revision, payload, deleted, status, received_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
              (pg ? QStringLiteral(" RETURNING seq") : QString()));
    for (const QVariant &v :
         {QVariant(uuid), QVariant(clientId), QVariant(userName), QVariant(entity), QVariant(key),
          QVariant(revision), QVariant(compact(payload)), QVariant(deleted ? 1 : 0),
          QVariant(syncStatusKey(status)), QVariant(receivedAt)})
        q.addBindValue(v);
    if (!q.exec())
        return Result<qint64>::failure(
            Database::errorOf(q, QStringLiteral("append change %1").arg(uuid)));
    if (pg)
        return q.next() ? Result<qint64>(q.value(0).toLongLong())
                        : Result<qint64>::failure(QStringLiteral("no sequence for %1").arg(uuid));
    return q.lastInsertId().toLongLong();
}

Result<SyncPage> SyncJournal::pull(qint64 since, int limit) {
    SyncPage page;
    page.next = since;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, entity, record_key, revision, payload, deleted "
                             "FROM sync_changes WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(since);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return Result<SyncPage>::failure(Database::errorOf(q, QStringLiteral("read changes")));
    while (q.next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        SyncChange c;
        c.seq = q.value(0).toLongLong();
        c.entity = q.value(1).toString();
        c.key = q.value(2).toString();
        c.revision = q.value(3).toLongLong();
        c.payload = parseObject(q.value(4).toString());
        c.deleted = q.value(5).toInt() != 0;
        page.next = c.seq;
        page.changes << c;
    }
    return page;
}

QString SyncJournal::fingerprint() {
    return serverMeta(m_db, QStringLiteral("fingerprint"));
}

qint64 SyncJournal::lastSeq() {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT MAX(seq) FROM sync_changes")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

int SyncJournal::openConflictCount() {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_conflicts WHERE resolved = 0")) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace ow
