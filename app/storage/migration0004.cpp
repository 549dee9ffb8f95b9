#include "migrations.h"

namespace ow {

namespace {

QString sql(const char *text) {
    return QString::fromUtf8(text);
}

// The columns an outbox entry keeps until the server has it (sync_outbox) and after the server
// acknowledged it (sync_sent, for a re-push after a restored server backup).
const char *const kEntryColumns =
    "uuid TEXT NOT NULL UNIQUE, entity TEXT NOT NULL, record_key TEXT NOT NULL, "
    "base_revision INTEGER NOT NULL, payload TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, "
    "created_at TEXT NOT NULL";

QString withId(const char *idColumn, const char *table, const char *extra) {
    return QStringLiteral("CREATE TABLE %1 (id %2, %3%4)")
        .arg(QLatin1String(table), QLatin1String(idColumn), QLatin1String(kEntryColumns),
             QLatin1String(extra));
}

} // namespace

// Client sync (docs/sync.md): the transactional outbox, the replica of the server's records,
// the cursor and fingerprint, and the conflicts this workstation caused. The server runs the
// same schema; these tables simply stay empty there.
Migration clientSync() {
    Migration m;
    m.version = 4;
    m.name = QStringLiteral("client sync: outbox, replica, cursor");
    const char *const outboxExtra = ", attempts INTEGER NOT NULL DEFAULT 0, "
                                    "last_error TEXT NOT NULL DEFAULT ''";
    // sync_sent keeps the outbox id, so a re-queued entry goes back to its place in line.
    const char *const sentExtra = ", seq INTEGER NOT NULL, ack_status TEXT NOT NULL";
    m.common = {
        withId("INTEGER PRIMARY KEY", "sync_sent", sentExtra),
        sql("CREATE TABLE sync_replica (entity TEXT NOT NULL, record_key TEXT NOT NULL, "
            "revision INTEGER NOT NULL, payload TEXT NOT NULL, deleted INTEGER NOT NULL, "
            "seq INTEGER NOT NULL, PRIMARY KEY (entity, record_key))"),
        sql("CREATE INDEX sync_replica_seq ON sync_replica(seq)"),
        sql("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        sql("CREATE TABLE sync_conflicts_local (uuid TEXT PRIMARY KEY, entity TEXT NOT NULL, "
            "record_key TEXT NOT NULL, base_revision INTEGER NOT NULL, "
            "server_revision INTEGER NOT NULL, payload TEXT NOT NULL, "
            "deleted INTEGER NOT NULL DEFAULT 0, detected_at TEXT NOT NULL, "
            "resolved INTEGER NOT NULL DEFAULT 0)"),
    };
    m.sqlite = {
        withId("INTEGER PRIMARY KEY AUTOINCREMENT", "sync_outbox", outboxExtra),
        sql("CREATE INDEX sync_outbox_record ON sync_outbox(entity, record_key)"),
    };
    m.postgres = {
        withId("BIGSERIAL PRIMARY KEY", "sync_outbox", outboxExtra),
        sql("CREATE INDEX sync_outbox_record ON sync_outbox(entity, record_key)"),
    };
    return m;
}

} // namespace ow
