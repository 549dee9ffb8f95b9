#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

class Database;

// One numbered step of the schema. The same step runs on SQLite and PostgreSQL; where their SQL
// differs the step carries both.
struct Migration {
    int version = 0;
    QString name;
    QStringList common;   // runs on both
    QStringList sqlite;   // runs after common on SQLite only
    QStringList postgres; // runs after common on PostgreSQL only
};

// Version 2: the central server's sessions, audit chain, sync journal and attachments.
Migration serverSessionsAuditSync();
// Version 3: case intake (applicants, visits, cases, notices, commitments, serials).
Migration caseIntake();
// Version 4: client sync (outbox, sent entries, replica, cursor, local conflicts).
Migration clientSync();
// Version 5: face checks (人证合一) and their audited overrides.
Migration faceChecks();
// Version 6: scanned materials (one PDF per material of a case) and local attachments.
Migration materialScans();

// The list of every migration, in order. Add new steps at the end; never edit a released one.
const QList<Migration> &allMigrations();

// Applies the missing migrations, each in its own transaction together with its row in
// schema_migrations. A database whose version is newer than this build knows is refused.
class Migrator {
public:
    explicit Migrator(Database &db)
        : m_db(db) {}
    Status migrate();
    Status migrateTo(int version);
    int currentVersion();
    static int latestVersion();

private:
    Status ensureVersionTable();
    Status apply(const Migration &m);
    Database &m_db;
};

} // namespace ow
