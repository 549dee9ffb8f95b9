#pragma once

#include "result.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace ow {

class Database;

// Prepared statements of one connection, prepared once on first use and kept for the owner's
// lifetime. Owners outlive their transactions: PostgreSQL cannot deallocate a prepared statement
// inside an aborted transaction. Null strings bind as '' (the text columns are NOT NULL); an
// invalid QVariant binds as SQL NULL.
class SqlStatements {
public:
    explicit SqlStatements(Database &db)
        : m_db(db) {}

    // Runs `sql` with `values`; the failure names `what` and the driver's message.
    Status run(const QString &sql, const QVariantList &values, const QString &what);
    // Runs a SELECT and returns the query positioned before its first row.
    Result<QSqlQuery *> select(const QString &sql, const QVariantList &values, const QString &what);

private:
    Result<QSqlQuery *> prepared(const QString &sql);
    Database &m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace ow
