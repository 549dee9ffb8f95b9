#include "syncstore.h"

#include "database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>
#include <QVariant>

namespace ow {

namespace {

QString compact(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant &text) {
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

void bind(QSqlQuery &q, const QVariantList &values) {
    for (const QVariant &v : values)
        q.addBindValue(v);
}

const QString kCursor = QStringLiteral("cursor");
const QString kAnchor = QStringLiteral("anchor");
const QString kFingerprint = QStringLiteral("server_fingerprint");
const QString kResync = QStringLiteral("resync");

} // namespace

Status SyncStore::write(QSqlQuery &q, const QString &what) {
    if (m_hook)
        if (Status st = m_hook(what); !st)
            return st;
    if (!q.exec())
        return Status::failure(Database::errorOf(q, what));
    return {};
}

Result<QString> SyncStore::value(const QString &key) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Result<QString>::failure(
            Database::errorOf(q, QStringLiteral("read sync state %1").arg(key)));
    return q.next() ? q.value(0).toString() : QString();
}

Status SyncStore::setValue(const QString &key, const QString &value) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT "
                             "(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value); // a null QString binds NULL
    return write(q, QStringLiteral("set sync state %1").arg(key));
}

Result<QString> SyncStore::clientId() {
    auto id = value(QStringLiteral("client_id"));
    if (!id || !id->isEmpty())
        return id;
    const QString made =
        QStringLiteral("ws-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(13);
    if (Status st = setValue(QStringLiteral("client_id"), made); !st)
        return Result<QString>::failure(st.error());
    return made;
}

qint64 SyncStore::cursor() {
    auto v = value(kCursor);
    return v ? v->toLongLong() : 0;
}

QString SyncStore::fingerprint() {
    auto v = value(kFingerprint);
    return v ? v.value() : QString();
}

QString SyncStore::anchor() {
    auto v = value(kAnchor);
    return v ? v.value() : QString();
}

QString SyncStore::anchorOf(const PulledChange &c) {
    return QStringLiteral("%1 %2 %3 %4").arg(c.seq).arg(c.entity, c.key).arg(c.revision);
}

bool SyncStore::resyncPending() {
    auto v = value(kResync);
    return v && v.value() == QLatin1String("1");
}

Result<QList<OutboxEntry>> SyncStore::pendingBatch(int limit) {
    using R = Result<QList<OutboxEntry>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, uuid, entity, record_key, base_revision, payload, "
                             "deleted, created_at, attempts, last_error FROM sync_outbox "
                             "ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return R::failure(Database::errorOf(q, QStringLiteral("read the outbox")));
    QList<OutboxEntry> list;
    while (q.next())
        list << OutboxEntry{q.value(0).toLongLong(), q.value(1).toString(),
                            q.value(2).toString(),   q.value(3).toString(),
                            q.value(4).toLongLong(), objectFrom(q.value(5)),
                            q.value(6).toInt() != 0, q.value(7).toString(),
                            q.value(8).toInt(),      q.value(9).toString()};
    return list;
}

Result<int> SyncStore::pendingCount() {
    return SyncOutbox::pendingCount(m_db);
}

Result<int> SyncStore::openConflictCount() {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_conflicts_local WHERE resolved = 0")) ||
        !q.next())
        return Result<int>::failure(Database::errorOf(q, QStringLiteral("count conflicts")));
    return q.value(0).toInt();
}

Status SyncStore::recordFailure(const QList<OutboxEntry> &batch, const QString &error) {
    if (batch.isEmpty())
        return {};
    // The batch is the first entries by id, so "id <= last" is exactly the batch.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_outbox SET attempts = attempts + 1, last_error = ? "
                             "WHERE id <= ?"));
    q.addBindValue(error.left(500));
    q.addBindValue(batch.last().id);
    return write(q, QStringLiteral("record the failed push"));
}

Status SyncStore::upsertReplica(const ReplicaRecord &r) {
    QSqlQuery q(m_db.connection());
    // Never over a newer change: replies and pages may arrive in any order after a retry.
    q.prepare(QStringLiteral(
        "INSERT INTO sync_replica (entity, record_key, revision, payload, deleted, seq) VALUES "
        "(?, ?, ?, ?, ?, ?) ON CONFLICT (entity, record_key) DO UPDATE SET revision = "
        "excluded.revision, payload = excluded.payload, deleted = excluded.deleted, seq = "
        "excluded.seq WHERE sync_replica.seq < excluded.seq"));
    bind(q, {r.entity, r.key, r.revision, compact(r.payload), r.deleted ? 1 : 0, r.seq});
    return write(q, QStringLiteral("replica %1 %2").arg(r.entity, r.key));
}

Status SyncStore::recordConflict(const OutboxEntry &e, qint64 serverRevision) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sync_conflicts_local (uuid, entity, record_key, base_revision, "
        "server_revision, payload, deleted, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (uuid) DO NOTHING"));
    bind(q, {e.uuid, e.entity, e.key, e.baseRevision, serverRevision, compact(e.payload),
             e.deleted ? 1 : 0, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    return write(q, QStringLiteral("conflict %1").arg(e.uuid));
}

Status SyncStore::applyAcks(const QList<OutboxEntry> &batch, const PushReply &reply) {
    return m_db.transaction([&]() -> Status {
        QSqlQuery sent(m_db.connection());
        sent.prepare(QStringLiteral(
            "INSERT INTO sync_sent (id, uuid, entity, record_key, base_revision, payload, "
            "deleted, created_at, seq, ack_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery done(m_db.connection());
        done.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE id = ?"));
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const OutboxEntry &e = batch.at(i);
            const PushAck &ack = reply.acks.at(i);
            bind(sent, {e.id, e.uuid, e.entity, e.key, e.baseRevision, compact(e.payload),
                        e.deleted ? 1 : 0, e.createdAt, ack.seq,
                        ack.landed() ? QStringLiteral("applied") : QStringLiteral("conflict")});
            if (Status st = write(sent, QStringLiteral("sent entry %1").arg(e.uuid)); !st)
                return st;
            done.addBindValue(e.id);
            if (Status st = write(done, QStringLiteral("outbox entry %1").arg(e.uuid)); !st)
                return st;
            const Status st =
                ack.landed()
                    ? upsertReplica({e.entity, e.key, ack.revision, e.payload, e.deleted, ack.seq})
                    : recordConflict(e, ack.revision);
            if (!st)
                return st;
        }
        return setValue(kFingerprint, reply.fingerprint);
    });
}

Status SyncStore::applyPage(const PullReply &page) {
    auto me = clientId();
    if (!me)
        return Status::failure(me.error());
    const bool sweep = !page.more && resyncPending();
    return m_db.transaction([&]() -> Status {
        for (const PulledChange &c : page.changes) {
            if (Status st =
                    upsertReplica({c.entity, c.key, c.revision, c.payload, c.deleted, c.seq});
                !st)
                return st;
            // A conflict of ours that this client never saw acknowledged (reply lost).
            if (c.entity == SyncProtocol::conflictEntity() &&
                c.payload.value(QStringLiteral("client_id")).toString() == me.value()) {
                OutboxEntry e;
                e.uuid = c.key;
                e.entity = c.payload.value(QStringLiteral("entity")).toString();
                e.key = c.payload.value(QStringLiteral("key")).toString();
                e.baseRevision = c.payload.value(QStringLiteral("base_revision")).toInteger();
                e.payload = c.payload.value(QStringLiteral("payload")).toObject();
                e.deleted = c.payload.value(QStringLiteral("deleted")).toBool();
                if (Status st = recordConflict(
                        e, c.payload.value(QStringLiteral("server_revision")).toInteger());
                    !st)
                    return st;
            }
        }
        if (!page.changes.isEmpty()) {
            if (Status st = setValue(kCursor, QString::number(page.next)); !st)
                return st;
            if (Status st = setValue(kAnchor, anchorOf(page.changes.last())); !st)
                return st;
        }
        if (sweep) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM sync_replica WHERE seq = 0"));
            if (Status st = write(q, QStringLiteral("drop records the server lost")); !st)
                return st;
            if (Status st = setValue(kResync, QStringLiteral("0")); !st)
                return st;
        }
        return setValue(kFingerprint, page.fingerprint);
    });
}

Status SyncStore::prepareResync(const QString &fingerprint) {
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO sync_outbox (id, uuid, entity, record_key, base_revision, payload, "
            "deleted, created_at) SELECT id, uuid, entity, record_key, base_revision, payload, "
            "deleted, created_at FROM sync_sent"));
        if (Status st = write(q, QStringLiteral("re-queue sent entries")); !st)
            return st;
        q.prepare(QStringLiteral("DELETE FROM sync_sent"));
        if (Status st = write(q, QStringLiteral("clear sent entries")); !st)
            return st;
        // Stale until the full pull overwrites them (seq 0 loses to every pulled change).
        q.prepare(QStringLiteral("UPDATE sync_replica SET seq = 0"));
        if (Status st = write(q, QStringLiteral("mark the replica stale")); !st)
            return st;
        for (const auto &[key, v] :
             {std::pair{kCursor, QStringLiteral("0")}, std::pair{kAnchor, QString()},
              std::pair{kFingerprint, fingerprint}, std::pair{kResync, QStringLiteral("1")}})
            if (Status st = setValue(key, v); !st)
                return st;
        return Status();
    });
}

Result<QList<ReplicaRecord>> SyncStore::replica() {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT entity, record_key, revision, payload, deleted, seq FROM "
                               "sync_replica ORDER BY entity, record_key")))
        return Result<QList<ReplicaRecord>>::failure(
            Database::errorOf(q, QStringLiteral("read the replica")));
    QList<ReplicaRecord> list;
    while (q.next())
        list << ReplicaRecord{q.value(0).toString(),   q.value(1).toString(),
                              q.value(2).toLongLong(), objectFrom(q.value(3)),
                              q.value(4).toInt() != 0, q.value(5).toLongLong()};
    return list;
}

Result<QList<LocalConflict>> SyncStore::conflicts() {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT uuid, entity, record_key, base_revision, "
                               "server_revision, payload, deleted, resolved FROM "
                               "sync_conflicts_local ORDER BY detected_at, uuid")))
        return Result<QList<LocalConflict>>::failure(
            Database::errorOf(q, QStringLiteral("read conflicts")));
    QList<LocalConflict> list;
    while (q.next())
        list << LocalConflict{q.value(0).toString(),   q.value(1).toString(),
                              q.value(2).toString(),   q.value(3).toLongLong(),
                              q.value(4).toLongLong(), objectFrom(q.value(5)),
                              q.value(6).toInt() != 0, q.value(7).toInt() != 0};
    return list;
}

Status SyncStore::resolveConflict(const QString &uuid, const QJsonObject &payload, bool deleted) {
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT entity, record_key FROM sync_conflicts_local WHERE "
                                 "uuid = ? AND resolved = 0"));
        q.addBindValue(uuid);
        if (!q.exec())
            return Status::failure(Database::errorOf(q, QStringLiteral("find conflict")));
        if (!q.next())
            return Status::failure(QStringLiteral("no open conflict %1").arg(uuid));
        const QString entity = q.value(0).toString();
        const QString key = q.value(1).toString();
        q.finish();
        q.prepare(QStringLiteral("UPDATE sync_conflicts_local SET resolved = 1 WHERE uuid = ?"));
        q.addBindValue(uuid);
        if (Status st = write(q, QStringLiteral("resolve conflict %1").arg(uuid)); !st)
            return st;
        auto queued = SyncOutbox::enqueue(m_db, entity, key, payload, deleted);
        return queued ? Status() : Status::failure(queued.error());
    });
}

} // namespace ow
