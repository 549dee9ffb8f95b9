#include "syncjournal.h"

#include "database.h"
#include "serverwritelock.h"

#include <QHash>
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

// Everything one push needs, prepared once: on PostgreSQL every prepare is a round trip, so
// preparing per entry doubled the cost of a push. The uuids and records of the whole batch are
// read in a few IN (...) queries up front and then kept current in memory as entries apply.
struct SyncJournal::Batch {
    explicit Batch(QSqlDatabase &db)
        : insertChange(db)
        , insertConflict(db)
        , insertRecord(db)
        , updateRecord(db) {}

    struct Record {
        qint64 revision = 0;
        bool exists = false;
    };
    static QString recordId(const QString &entity, const QString &key) {
        return entity + QChar(0x1f) + key;
    }

    QString clientId;
    QString userName;
    QString receivedAt;
    bool postgres = false;
    QHash<QString, SyncAck> seen;   // uuid -> first acknowledgement
    QHash<QString, Record> records; // recordId -> current revision
    QSqlQuery insertChange;
    QSqlQuery insertConflict;
    QSqlQuery insertRecord;
    QSqlQuery updateRecord;
};

namespace {

constexpr int kLookupChunk = 400; // bound parameters per IN (...) look-up

QString placeholders(int n) {
    QStringList marks;
    marks.reserve(n);
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

} // namespace

Result<QList<SyncAck>> SyncJournal::apply(const QString &clientId, const QString &userName,
                                          const QList<SyncEntry> &entries, const QDateTime &now) {
    using R = Result<QList<SyncAck>>;
    Batch batch(m_db.connection());
    batch.clientId = clientId;
    batch.userName = userName;
    batch.receivedAt = now.toUTC().toString(Qt::ISODateWithMs);
    batch.postgres = m_db.kind() == DatabaseKind::Postgres;
    const bool prepared =
        batch.insertChange.prepare(
            QStringLiteral("INSERT INTO sync_changes (uuid, client_id, user_name, entity, "
                           "record_key, revision, payload, deleted, status, received_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
            (batch.postgres ? QStringLiteral(" RETURNING seq") : QString())) &&
        batch.insertConflict.prepare(
            QStringLiteral("INSERT INTO sync_conflicts (uuid, entity, record_key, base_revision, "
                           "server_revision, payload, deleted, client_id, user_name, received_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
        batch.insertRecord.prepare(QStringLiteral(
            "INSERT INTO sync_records (revision, payload, deleted, seq, entity, record_key) "
            "VALUES (?, ?, ?, ?, ?, ?)")) &&
        batch.updateRecord.prepare(
            QStringLiteral("UPDATE sync_records SET revision = ?, payload = ?, deleted = ?, "
                           "seq = ? WHERE entity = ? AND record_key = ?"));
    if (!prepared)
        return R::failure(m_db.lastError(QStringLiteral("prepare the push statements")));
    if (Status st = loadKnown(batch, entries); !st)
        return R::failure(st.error());
    QList<SyncAck> acks;
    acks.reserve(entries.size());
    for (const SyncEntry &entry : entries) {
        auto ack = applyOne(batch, entry);
        if (!ack)
            return R::failure(ack.error());
        acks << ack.value();
    }
    return acks;
}

Status SyncJournal::loadKnown(Batch &batch, const QList<SyncEntry> &entries) {
    QSqlQuery q(m_db.connection());
    for (qsizetype from = 0; from < entries.size(); from += kLookupChunk) {
        const QList<SyncEntry> chunk = entries.mid(from, kLookupChunk);
        const int n = int(chunk.size());
        // A uuid seen before returns its first acknowledgement and changes nothing.
        q.prepare(QStringLiteral("SELECT uuid, seq, revision, status FROM sync_changes "
                                 "WHERE uuid IN (%1)")
                      .arg(placeholders(n)));
        for (const SyncEntry &e : chunk)
            q.addBindValue(e.uuid);
        if (!q.exec())
            return Status::failure(Database::errorOf(q, QStringLiteral("look up pushed entries")));
        while (q.next()) {
            SyncAck ack;
            ack.uuid = q.value(0).toString();
            ack.seq = q.value(1).toLongLong();
            ack.revision = q.value(2).toLongLong();
            ack.status = SyncStatus::Duplicate;
            ack.originalStatus = statusFromKey(q.value(3).toString());
            batch.seen.insert(ack.uuid, ack);
        }
    }
    // Records, per entity so the look-up uses the (entity, record_key) key.
    QHash<QString, QStringList> keysByEntity;
    for (const SyncEntry &e : entries)
        keysByEntity[e.entity] << e.key;
    for (auto it = keysByEntity.cbegin(); it != keysByEntity.cend(); ++it) {
        for (qsizetype from = 0; from < it.value().size(); from += kLookupChunk) {
            const QStringList keys = it.value().mid(from, kLookupChunk);
            q.prepare(QStringLiteral("SELECT record_key, revision FROM sync_records "
                                     "WHERE entity = ? AND record_key IN (%1)")
                          .arg(placeholders(int(keys.size()))));
            q.addBindValue(it.key());
            for (const QString &key : keys)
                q.addBindValue(key);
            if (!q.exec())
                return Status::failure(Database::errorOf(q, QStringLiteral("read pushed records")));
            while (q.next())
                batch.records.insert(Batch::recordId(it.key(), q.value(0).toString()),
                                     Batch::Record{q.value(1).toLongLong(), true});
        }
    }
    return {};
}

Result<SyncAck> SyncJournal::applyOne(Batch &batch, const SyncEntry &entry) {
    using R = Result<SyncAck>;
    if (auto seen = batch.seen.constFind(entry.uuid); seen != batch.seen.constEnd())
        return seen.value();
    SyncAck ack;
    ack.uuid = entry.uuid;
    Batch::Record &record = batch.records[Batch::recordId(entry.entity, entry.key)];
    const qint64 current = record.revision;

    if (entry.baseRevision != current) {
        // Stale base: keep the incoming version beside the current one and flag it.
        QSqlQuery &q = batch.insertConflict;
        for (const QVariant &v :
             {QVariant(entry.uuid), QVariant(entry.entity), QVariant(entry.key),
              QVariant(entry.baseRevision), QVariant(current), QVariant(compact(entry.payload)),
              QVariant(entry.deleted ? 1 : 0), QVariant(batch.clientId), QVariant(batch.userName),
              QVariant(batch.receivedAt)})
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
                                 {QStringLiteral("client_id"), batch.clientId},
                                 {QStringLiteral("user"), batch.userName}};
        auto seq = appendChange(batch, entry.uuid, conflictEntity(), entry.uuid, current, notice,
                                false, SyncStatus::Conflict);
        if (!seq)
            return R::failure(seq.error());
        ack.seq = seq.value();
        ack.revision = current;
        ack.status = ack.originalStatus = SyncStatus::Conflict;
    } else {
        const qint64 revision = current + 1;
        auto seq = appendChange(batch, entry.uuid, entry.entity, entry.key, revision, entry.payload,
                                entry.deleted, SyncStatus::Applied);
        if (!seq)
            return R::failure(seq.error());
        QSqlQuery &q = record.exists ? batch.updateRecord : batch.insertRecord;
        q.addBindValue(revision);
        q.addBindValue(compact(entry.payload));
        q.addBindValue(entry.deleted ? 1 : 0);
        q.addBindValue(seq.value());
        q.addBindValue(entry.entity);
        q.addBindValue(entry.key);
        if (!q.exec())
            return R::failure(Database::errorOf(
                q, QStringLiteral("write record %1/%2").arg(entry.entity, entry.key)));
        record = Batch::Record{revision, true};
        ack.seq = seq.value();
        ack.revision = revision;
        ack.status = ack.originalStatus = SyncStatus::Applied;
    }
    // The same uuid twice in one push is a replay too.
    SyncAck replay = ack;
    replay.status = SyncStatus::Duplicate;
    batch.seen.insert(entry.uuid, replay);
    return ack;
}

Result<qint64> SyncJournal::appendChange(Batch &batch, const QString &uuid, const QString &entity,
                                         const QString &key, qint64 revision,
                                         const QJsonObject &payload, bool deleted,
                                         SyncStatus status) {
    QSqlQuery &q = batch.insertChange;
    for (const QVariant &v :
         {QVariant(uuid), QVariant(batch.clientId), QVariant(batch.userName), QVariant(entity),
          QVariant(key), QVariant(revision), QVariant(compact(payload)), QVariant(deleted ? 1 : 0),
          QVariant(syncStatusKey(status)), QVariant(batch.receivedAt)})
        q.addBindValue(v);
    if (!q.exec())
        return Result<qint64>::failure(
            Database::errorOf(q, QStringLiteral("append change %1").arg(uuid)));
    if (batch.postgres) {
        const bool got = q.next();
        const qint64 seq = got ? q.value(0).toLongLong() : 0;
        q.finish();
        return got ? Result<qint64>(seq)
                   : Result<qint64>::failure(QStringLiteral("no sequence for %1").arg(uuid));
    }
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
