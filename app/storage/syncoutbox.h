#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>

namespace ow {

class Database;

// One local change waiting for the server (a row of sync_outbox).
struct OutboxEntry {
    qint64 id = 0; // the order of recording; pushes go in this order
    QString uuid;  // made here; the server applies each uuid once
    QString entity;
    QString key;
    qint64 baseRevision = 0;
    QJsonObject payload;
    bool deleted = false;
    QString createdAt;
    int attempts = 0;
    QString lastError;
};

// The transactional outbox (docs/sync.md): a local write and its outbox entry commit together
// or not at all. enqueue() begins no transaction; call it inside the one holding the write.
class SyncOutbox {
public:
    // Records the change and returns its uuid. The base revision is the one the change starts
    // from: the replica's revision of the record, or one past the newest entry still waiting
    // for the same record (several offline edits of one record chain, they do not conflict).
    static Result<QString> enqueue(Database &db, const QString &entity, const QString &key,
                                   const QJsonObject &payload, bool deleted = false);
    static Result<qint64> baseRevisionFor(Database &db, const QString &entity, const QString &key);
    static Result<int> pendingCount(Database &db);
};

} // namespace ow
