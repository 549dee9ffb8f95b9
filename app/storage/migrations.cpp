#include "migrations.h"

#include "database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace ow {

namespace {

QString text(const char *sql) {
    return QString::fromUtf8(sql);
}

Migration catalogAndUsers() {
    Migration m;
    m.version = 1;
    m.name = QStringLiteral("catalog, search index, users");
    m.common = {
        text("CREATE TABLE departments (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
             "short_name TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL)"),
        text("CREATE TABLE items (id TEXT PRIMARY KEY, "
             "dept_id TEXT NOT NULL REFERENCES departments(id), position INTEGER NOT NULL, "
             "name TEXT NOT NULL, type TEXT NOT NULL, serving TEXT NOT NULL, "
             "legal_value INTEGER NOT NULL, legal_unit TEXT NOT NULL, "
             "legal_basis TEXT NOT NULL DEFAULT '', legal_confidence TEXT NOT NULL DEFAULT '', "
             "committed_value INTEGER NOT NULL, committed_unit TEXT NOT NULL, "
             "committed_basis TEXT NOT NULL DEFAULT '', "
             "committed_confidence TEXT NOT NULL DEFAULT '', instant INTEGER NOT NULL, "
             "ma_shang_ban INTEGER NOT NULL, max_one_trip INTEGER NOT NULL, "
             "visits_max INTEGER NOT NULL, eng_stage TEXT NOT NULL DEFAULT '', "
             "notes TEXT NOT NULL DEFAULT '', sources TEXT NOT NULL DEFAULT '[]')"),
        text("CREATE INDEX items_dept ON items(dept_id, position)"),
        text(
            "CREATE TABLE materials (item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE, "
            "position INTEGER NOT NULL, name TEXT NOT NULL, form TEXT NOT NULL, "
            "count INTEGER NOT NULL, paper_spec TEXT NOT NULL, format TEXT NOT NULL, "
            "necessity TEXT NOT NULL, e_licence_exempt INTEGER NOT NULL, "
            "can_defer INTEGER NOT NULL, has_blank_form INTEGER NOT NULL, "
            "has_sample_form INTEGER NOT NULL, source TEXT NOT NULL, "
            "note TEXT NOT NULL DEFAULT '', PRIMARY KEY (item_id, position))"),
        text("CREATE TABLE catalog_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        text("CREATE TABLE item_search (item_id TEXT PRIMARY KEY REFERENCES items(id) "
             "ON DELETE CASCADE, dept_id TEXT NOT NULL, haystack TEXT NOT NULL)"),
    };
    m.sqlite = {
        text("CREATE VIRTUAL TABLE item_search_fts USING fts5(haystack, tokenize='trigram')"),
        text("CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, "
             "display_name TEXT NOT NULL DEFAULT '', password_hash TEXT NOT NULL, "
             "roles TEXT NOT NULL, must_change_password INTEGER NOT NULL DEFAULT 0, "
             "disabled INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, "
             "password_changed_at TEXT NOT NULL)"),
    };
    m.postgres = {
        text("CREATE TABLE users (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
             "display_name TEXT NOT NULL DEFAULT '', password_hash TEXT NOT NULL, "
             "roles TEXT NOT NULL, must_change_password INTEGER NOT NULL DEFAULT 0, "
             "disabled INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, "
             "password_changed_at TEXT NOT NULL)"),
    };
    return m;
}

} // namespace

const QList<Migration> &allMigrations() {
    // One line per migration, in version order.
    // clang-format off
    static const QList<Migration> list = {
        catalogAndUsers(),
        serverSessionsAuditSync(),
        caseIntake(),
        clientSync(),
        faceChecks(),
        materialScans(),
    };
    // clang-format on
    return list;
}

int Migrator::latestVersion() {
    return allMigrations().isEmpty() ? 0 : allMigrations().last().version;
}

Status Migrator::ensureVersionTable() {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER "
                               "PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")))
        return Status::failure(Database::errorOf(q, QStringLiteral("create schema_migrations")));
    return {};
}

int Migrator::currentVersion() {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status Migrator::migrate() {
    return migrateTo(latestVersion());
}

Status Migrator::migrateTo(int version) {
    if (Status st = ensureVersionTable(); !st)
        return st;
    const int current = currentVersion();
    if (current > latestVersion())
        return Status::failure(
            QStringLiteral("this database has schema version %1, written by a newer OneWindow; "
                           "this build knows versions up to %2. Upgrade OneWindow to open it.")
                .arg(current)
                .arg(latestVersion()));
    for (const Migration &m : allMigrations()) {
        if (m.version <= current || m.version > version)
            continue;
        if (Status st = apply(m); !st)
            return st;
    }
    return {};
}

Status Migrator::apply(const Migration &m) {
    return m_db.transaction([&]() -> Status {
        QStringList statements = m.common;
        statements += m_db.kind() == DatabaseKind::Sqlite ? m.sqlite : m.postgres;
        QSqlQuery q(m_db.connection());
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                return Status::failure(Database::errorOf(
                    q, QStringLiteral("migration %1 (%2)").arg(m.version).arg(m.name)));
        }
        q.prepare(QStringLiteral(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!q.exec())
            return Status::failure(
                Database::errorOf(q, QStringLiteral("record migration %1").arg(m.version)));
        return {};
    });
}

} // namespace ow
