#pragma once

#include "catalog.h"
#include "result.h"

#include <QList>
#include <QString>

namespace ow {

class Database;

// Persists the catalog. replace() is all or nothing: the whole catalog in one transaction, with
// the search index rebuilt in the same transaction.
class CatalogRepository {
public:
    explicit CatalogRepository(Database &db)
        : m_db(db) {}

    // Deletes the stored catalog and writes this one, rebuilds the search index and adds one to
    // the catalog version. The caller validates the catalog first (CatalogJson / CatalogCsv);
    // a constraint the database refuses rolls everything back.
    Status replace(const Catalog &catalog);
    Result<Catalog> load();
    bool isEmpty();
    int itemCount();
    // 0 before the first replace(), then 1, 2, ...
    int version();

    QList<Department> departments();
    Result<Item> item(const QString &id);

private:
    Database &m_db;
};

} // namespace ow
