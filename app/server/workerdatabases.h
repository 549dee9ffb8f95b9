#pragma once

#include "database.h"
#include "result.h"

namespace ow {

// One database connection per worker thread (QSqlDatabase must not cross threads). The first
// request a pool thread serves opens its connection; it lives until the thread ends.
class WorkerDatabases {
public:
    explicit WorkerDatabases(DatabaseUrl url);
    Result<Database *> current();
    const DatabaseUrl &url() const { return m_url; }
    // Drops this thread's connection (after a connection failure) so the next call reopens it.
    void discardCurrent();

private:
    DatabaseUrl m_url;
    quint64 m_id;
};

} // namespace ow
