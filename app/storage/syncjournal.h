#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ow {

class Database;

// One change a client made offline, named by the client's UUID so a replay is recognised.
struct SyncEntry {
    QString uuid;
    QString entity;
    QString key;
    qint64 baseRevision = 0; // the revision the client changed; 0 for a new record
    QJsonObject payload;
    bool deleted = false;
};

enum class SyncStatus { Applied, Duplicate, Conflict };
QString syncStatusKey(SyncStatus status);

struct SyncAck {
    QString uuid;
    qint64 seq = 0;      // the change's place in the global sequence
    qint64 revision = 0; // applied: the new revision; conflict: the server's current revision
    SyncStatus status = SyncStatus::Applied;
    SyncStatus originalStatus = SyncStatus::Applied; // for a duplicate: what the first push got
};

// One row of the change feed. Conflicts appear as entity "_conflict" with the uuid as key and a
// payload {entity, key, base_revision, server_revision, payload, deleted, client_id, user}.
struct SyncChange {
    qint64 seq = 0;
    QString entity;
    QString key;
    qint64 revision = 0;
    QJsonObject payload;
    bool deleted = false;
};

struct SyncPage {
    QList<SyncChange> changes;
    qint64 next = 0; // the cursor for the next pull
    bool more = false;
};

// The server side of sync: records with a revision per (entity, key), the change feed with one
// global sequence, the idempotency journal (uuid -> original acknowledgement) and the conflicts
// that keep an incoming version beside the current one instead of overwriting it.
class SyncJournal {
public:
    explicit SyncJournal(Database &db)
        : m_db(db) {}

    static QString conflictEntity() { return QStringLiteral("_conflict"); }

    // Applies the entries in order. Call inside a transaction that began with
    // lockServerWrites(), so sequence numbers commit in order.
    Result<QList<SyncAck>> apply(const QString &clientId, const QString &userName,
                                 const QList<SyncEntry> &entries, const QDateTime &now);
    Result<SyncPage> pull(qint64 since, int limit);
    QString fingerprint();
    qint64 lastSeq();
    int openConflictCount();

private:
    struct Batch; // the batch's prepared statements and what it already knows (syncjournal.cpp)
    Status loadKnown(Batch &batch, const QList<SyncEntry> &entries);
    Result<SyncAck> applyOne(Batch &batch, const SyncEntry &entry);
    Result<qint64> appendChange(Batch &batch, const QString &uuid, const QString &entity,
                                const QString &key, qint64 revision, const QJsonObject &payload,
                                bool deleted, SyncStatus status);
    Database &m_db;
};

} // namespace ow
