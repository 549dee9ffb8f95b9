#pragma once

#include "documentnumber.h"

namespace ow {

class Database;

// Document serial numbers kept in the database (document_serials): one sequence per agency,
// category and year. next() is one atomic upsert statement, so two workstations (or two
// windows) never get the same serial; inside a caller's transaction it joins that transaction
// and is undone with it.
class DatabaseSerialCounter final : public DocumentSerialCounter {
public:
    explicit DatabaseSerialCounter(Database &db)
        : m_db(db) {}

    Result<int> next(const QString &agency, const QString &category, int year) override;
    // The last serial handed out (0 when none), without drawing one.
    Result<int> last(const QString &agency, const QString &category, int year);

private:
    Database &m_db;
};

} // namespace ow
