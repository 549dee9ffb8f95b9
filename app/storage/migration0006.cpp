#include "migrations.h"

namespace ow {

namespace {

QString sql(const char *text) {
    return QString::fromUtf8(text);
}

QString attachmentsTable(const char *contentType) {
    return QStringLiteral(
               "CREATE TABLE local_attachments (sha256 TEXT PRIMARY KEY, content %1 NOT NULL, "
               "byte_size BIGINT NOT NULL, media_type TEXT NOT NULL, created_at TEXT NOT NULL, "
               "uploaded_at TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0, "
               "last_error TEXT NOT NULL DEFAULT '')")
        .arg(QLatin1String(contentType));
}

} // namespace

// Scanned materials (docs/materialscan.md). One row per material of a case: the current PDF's
// SHA-256 and facts; a rescan replaces the row. The PDF bytes live in local_attachments (in the
// database, so they commit with the record and the sync worker's own connection reads them)
// until the sync cycle has uploaded them; uploaded_at = '' marks a pending upload.
Migration materialScans() {
    Migration m;
    m.version = 6;
    m.name = QStringLiteral("material scans and local attachments");
    m.common = {
        sql("CREATE TABLE material_scans (case_id TEXT NOT NULL REFERENCES cases(id) "
            "ON DELETE CASCADE, material TEXT NOT NULL, position INTEGER NOT NULL, "
            "visit_id TEXT NOT NULL, sha256 TEXT NOT NULL, page_count INTEGER NOT NULL, "
            "mode TEXT NOT NULL, byte_size BIGINT NOT NULL, created_by TEXT NOT NULL, "
            "created_at TEXT NOT NULL, PRIMARY KEY (case_id, material))"),
        sql("CREATE INDEX material_scans_sha ON material_scans(sha256)"),
    };
    m.sqlite = {
        attachmentsTable("BLOB"),
        sql("CREATE INDEX local_attachments_pending ON local_attachments(uploaded_at)"),
    };
    m.postgres = {
        attachmentsTable("BYTEA"),
        sql("CREATE INDEX local_attachments_pending ON local_attachments(uploaded_at)"),
    };
    return m;
}

} // namespace ow
