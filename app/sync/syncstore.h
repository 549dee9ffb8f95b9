#pragma once

#include "result.h"
#include "syncoutbox.h"
#include "syncprotocol.h"

#include <QMap>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace ow {

class Database;

// One record of the replica: the client's copy of the server's current state.
struct ReplicaRecord {
    QString entity;
    QString key;
    qint64 revision = 0;
    QJsonObject payload;
    bool deleted = false;
    qint64 seq = 0;
    friend bool operator==(const ReplicaRecord &, const ReplicaRecord &) = default;
};

// A change this workstation made that the server refused as stale (kept, flagged).
struct LocalConflict {
    QString uuid;
    QString entity;
    QString key;
    qint64 baseRevision = 0;
    qint64 serverRevision = 0;
    QJsonObject payload;
    bool deleted = false;
    bool resolved = false;
};

// The engine's tables (docs/sync.md): outbox, sent entries, replica, state, local conflicts.
// Each apply step is one transaction; every write statement first asks the write hook, so
// tests can fail the n-th write and prove the next sync recovers.
class SyncStore {
public:
    using WriteHook = std::function<Status(const QString &what)>;
    explicit SyncStore(Database &db)
        : m_db(db) {}

    void setWriteHook(WriteHook hook) { m_hook = std::move(hook); }
    Database &database() { return m_db; }

    Result<QString> clientId(); // made once, kept in sync_state
    Result<QString> value(const QString &key);
    Status setValue(const QString &key, const QString &value);
    qint64 cursor();
    QString fingerprint();

    Result<QList<OutboxEntry>> pendingBatch(int limit);
    Result<int> pendingCount();
    Result<int> openConflictCount();
    Status recordFailure(const QList<OutboxEntry> &batch, const QString &error);

    // Moves the acknowledged entries to sync_sent, puts landed changes into the replica (never
    // over a newer one) and records conflicts; stores the fingerprint. One transaction.
    Status applyAcks(const QList<OutboxEntry> &batch, const PushReply &reply);
    // Applies a pulled page to the replica and moves the cursor and anchor, in one transaction.
    // The last page after prepareResync also drops the replica rows the server no longer has.
    Status applyPage(const PullReply &page);
    // The change the cursor points at ("seq entity key revision"), for the restore check.
    QString anchor();
    static QString anchorOf(const PulledChange &change);

    // After a restored server backup: every sent entry goes back to the outbox (in its old
    // place), the replica is marked stale and the cursor returns to 0. One transaction.
    Status prepareResync(const QString &fingerprint);
    bool resyncPending();

    Result<QList<ReplicaRecord>> replica();
    Result<QList<LocalConflict>> conflicts();
    // Marks the conflict resolved and queues `payload` on the server's current revision.
    Status resolveConflict(const QString &uuid, const QJsonObject &payload, bool deleted);

private:
    Status write(QSqlQuery &q, const QString &what);
    Status upsertReplica(const ReplicaRecord &record);
    Status recordConflict(const OutboxEntry &entry, qint64 serverRevision);
    Database &m_db;
    WriteHook m_hook;
};

} // namespace ow
