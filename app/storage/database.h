#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace ow {

enum class DatabaseKind { Sqlite, Postgres };

// Where a database lives: "sqlite:PATH" or "postgresql://user[:password]@host:port/dbname".
struct DatabaseUrl {
    DatabaseKind kind = DatabaseKind::Sqlite;
    QString path; // SQLite file
    QString user, password, host, name;
    int port = 5432;

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqlite(const QString &path);
    QString display() const; // without the password
};

// One open connection (QSqlDatabase objects must not cross threads: open one per thread).
// SQLite is opened in WAL mode with foreign keys on and a busy timeout.
class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url);
    static Result<std::unique_ptr<Database>> open(const QString &url);

    QSqlDatabase &connection() { return m_db; }
    DatabaseKind kind() const { return m_kind; }
    const QString &connectionName() const { return m_name; }

    // Brings the schema to the newest version this build knows; refuses a newer database.
    Status migrate();
    int schemaVersion();

    // Runs work() inside one transaction; rolls back when it returns a failure.
    template <typename F> Status transaction(F &&work) {
        if (!m_db.transaction())
            return Status::failure(lastError(QStringLiteral("begin transaction")));
        Status st = work();
        if (!st.ok()) {
            m_db.rollback();
            return st;
        }
        if (!m_db.commit()) {
            const QString err = lastError(QStringLiteral("commit"));
            m_db.rollback();
            return Status::failure(err);
        }
        return {};
    }

    // "what: the driver's message" for the connection's or a query's last error.
    QString lastError(const QString &what) const;
    static QString errorOf(const QSqlQuery &query, const QString &what);

private:
    Database(QSqlDatabase db, DatabaseKind kind, QString name);
    QSqlDatabase m_db;
    DatabaseKind m_kind;
    QString m_name;
};

} // namespace ow
