#pragma once

#include "database.h"

#include <QMetaType>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ow::test {

// A database that exists only for one test: SQLite in a temporary folder, or a database created
// in the PostgreSQL test cluster and dropped on destruction.
class TempDatabase {
public:
    enum class Kind { Sqlite, Postgres };
    explicit TempDatabase(Kind kind);
    ~TempDatabase();

    // Empty when the database could be made; otherwise why not (tests QSKIP or QFAIL with it).
    const QString &error() const { return m_error; }
    // A fresh connection to it (several may be open at once).
    std::unique_ptr<Database> open();
    // A fresh connection with the schema migrated; nullptr with error() saying why.
    std::unique_ptr<Database> openMigrated();
    // The `kind` column of a _data table: one row for SQLite, one for PostgreSQL.
    static void addKindRows();
    QString url() const { return m_url; }

private:
    Kind m_kind;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_adminUrl;
    QString m_pgName;
    QString m_error;
};

} // namespace ow::test

Q_DECLARE_METATYPE(ow::test::TempDatabase::Kind)
