#include "workerdatabases.h"

#include <QAtomicInteger>

#include <map>
#include <memory>

namespace ow {

namespace {

// Keyed by WorkerDatabases id, so two servers in one process (tests) keep apart.
thread_local std::map<quint64, std::unique_ptr<Database>> t_connections;

quint64 nextId() {
    static QAtomicInteger<quint64> counter;
    return counter.fetchAndAddRelaxed(1) + 1;
}

} // namespace

WorkerDatabases::WorkerDatabases(DatabaseUrl url)
    : m_url(std::move(url))
    , m_id(nextId()) {}

Result<Database *> WorkerDatabases::current() {
    auto it = t_connections.find(m_id);
    if (it != t_connections.end() && it->second->connection().isOpen())
        return it->second.get();
    auto opened = Database::open(m_url);
    if (!opened)
        return Result<Database *>::failure(opened.error());
    Database *db = opened.value().get();
    t_connections[m_id] = std::move(opened.value());
    return db;
}

void WorkerDatabases::discardCurrent() {
    t_connections.erase(m_id);
}

} // namespace ow
