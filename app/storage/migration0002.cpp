#include "migrations.h"

namespace ow {

namespace {

QString sql(const char *text) {
    return QString::fromUtf8(text);
}

} // namespace

// The central server's tables. Integer ids are given explicitly by the code (audit ids form the
// chain) or come from the sequence of sync_changes, whose order is the pull cursor.
Migration serverSessionsAuditSync() {
    Migration m;
    m.version = 2;
    m.name = QStringLiteral("server: sessions, audit, sync journal, attachments");
    m.common = {
        // key/value facts of this database; 'fingerprint' is made once, at creation, and a
        // restored backup keeps the old one. 'write_lock' is the row every server write
        // transaction updates first, which serialises writers on both databases.
        sql("CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        sql("INSERT INTO server_meta (key, value) VALUES ('write_lock', '0')"),
        sql("CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL, "
            "roles TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL)"),
        sql("CREATE INDEX sessions_expiry ON sessions(expires_at)"),
        sql("CREATE TABLE audit_log (id BIGINT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, "
            "action TEXT NOT NULL, target TEXT NOT NULL, detail TEXT NOT NULL, "
            "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
        sql("CREATE TABLE sync_records (entity TEXT NOT NULL, record_key TEXT NOT NULL, "
            "revision BIGINT NOT NULL, payload TEXT NOT NULL, deleted INTEGER NOT NULL, "
            "seq BIGINT NOT NULL, PRIMARY KEY (entity, record_key))"),
        sql("CREATE TABLE sync_conflicts (uuid TEXT PRIMARY KEY, entity TEXT NOT NULL, "
            "record_key TEXT NOT NULL, base_revision BIGINT NOT NULL, "
            "server_revision BIGINT NOT NULL, payload TEXT NOT NULL, deleted INTEGER NOT NULL, "
            "client_id TEXT NOT NULL, user_name TEXT NOT NULL, received_at TEXT NOT NULL, "
            "resolved INTEGER NOT NULL DEFAULT 0)"),
        sql("CREATE TABLE attachments (sha256 TEXT PRIMARY KEY, received BIGINT NOT NULL, "
            "complete INTEGER NOT NULL DEFAULT 0, user_name TEXT NOT NULL, "
            "created_at TEXT NOT NULL, completed_at TEXT NOT NULL DEFAULT '')"),
    };
    m.sqlite = {
        sql("INSERT INTO server_meta (key, value) VALUES ('fingerprint', "
            "lower(hex(randomblob(16))))"),
        sql("CREATE TABLE sync_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
            "uuid TEXT NOT NULL UNIQUE, client_id TEXT NOT NULL, user_name TEXT NOT NULL, "
            "entity TEXT NOT NULL, record_key TEXT NOT NULL, revision BIGINT NOT NULL, "
            "payload TEXT NOT NULL, deleted INTEGER NOT NULL, status TEXT NOT NULL, "
            "received_at TEXT NOT NULL)"),
        sql("CREATE TABLE attachment_chunks (sha256 TEXT NOT NULL REFERENCES attachments(sha256) "
            "ON DELETE CASCADE, offset_bytes BIGINT NOT NULL, data BLOB NOT NULL, "
            "PRIMARY KEY (sha256, offset_bytes))"),
    };
    m.postgres = {
        sql("INSERT INTO server_meta (key, value) VALUES ('fingerprint', "
            "replace(gen_random_uuid()::text, '-', ''))"),
        sql("CREATE TABLE sync_changes (seq BIGSERIAL PRIMARY KEY, "
            "uuid TEXT NOT NULL UNIQUE, client_id TEXT NOT NULL, user_name TEXT NOT NULL, "
            "entity TEXT NOT NULL, record_key TEXT NOT NULL, revision BIGINT NOT NULL, "
            "payload TEXT NOT NULL, deleted INTEGER NOT NULL, status TEXT NOT NULL, "
            "received_at TEXT NOT NULL)"),
        sql("CREATE TABLE attachment_chunks (sha256 TEXT NOT NULL REFERENCES attachments(sha256) "
            "ON DELETE CASCADE, offset_bytes BIGINT NOT NULL, data BYTEA NOT NULL, "
            "PRIMARY KEY (sha256, offset_bytes))"),
    };
    return m;
}

} // namespace ow
