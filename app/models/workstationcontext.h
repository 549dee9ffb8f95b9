#pragma once

#include "authservice.h"
#include "catalog.h"
#include "catalogrepository.h"
#include "clock.h"
#include "database.h"
#include "itemsearch.h"
#include "result.h"
#include "userrepository.h"
#include "workstationstore.h"

#include <QString>

#include <memory>

namespace ow {

// Everything the workstation's screens use, wired once by main and handed to the widgets: the
// local store, the catalog and its search, and the signed-in session. Widgets reach storage only
// through here, never by SQL of their own.
class WorkstationContext {
public:
    // Opens (and migrates) the store in dataDir. The clock is the system clock unless given.
    static Result<std::unique_ptr<WorkstationContext>> open(const QString &dataDir,
                                                            std::unique_ptr<Clock> clock = {});
    ~WorkstationContext();
    WorkstationContext(const WorkstationContext &) = delete;
    WorkstationContext &operator=(const WorkstationContext &) = delete;

    // Loads the demo catalog and creates the first administrator when still due.
    Result<WorkstationStore::FirstRun> ensureFirstRun();

    const QString &dataDir() const { return m_dataDir; }
    AuthService &auth() { return *m_auth; }
    ItemSearch &itemSearch() { return m_search; }
    QList<Department> departments() { return m_catalog.departments(); }
    Result<Item> item(const QString &id) { return m_catalog.item(id); }
    int itemCount() { return m_catalog.itemCount(); }

private:
    WorkstationContext(QString dataDir, std::unique_ptr<Database> db, std::unique_ptr<Clock> clock);

    QString m_dataDir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Clock> m_clock;
    CatalogRepository m_catalog;
    ItemSearch m_search;
    UserRepository m_users;
    std::unique_ptr<AuthService> m_auth;
};

} // namespace ow
