#pragma once

#include "authservice.h"
#include "caserepository.h"
#include "catalog.h"
#include "catalogrepository.h"
#include "clock.h"
#include "database.h"
#include "databaseserialcounter.h"
#include "facecheckrepository.h"
#include "faceimagevault.h"
#include "itemsearch.h"
#include "materialscanrepository.h"
#include "result.h"
#include "userrepository.h"
#include "workcalendar.h"
#include "workstationstore.h"

#include <QString>

#include <memory>

namespace ow {

class SyncThread;

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

    // Intake: the clock every rule reads, the working-day calendar (built in, or the newer one
    // an administrator placed in the data folder), case storage and document serial numbers.
    const Clock &clock() const { return *m_clock; }
    const WorkCalendar &calendar() const { return m_calendar; }
    // Why the data folder's calendar was not used (empty when it was, or when there is none).
    const QString &calendarWarning() const { return m_calendarWarning; }
    CaseRepository &cases() { return m_cases; }
    DocumentSerialCounter &serials() { return m_serials; }
    // Scanned materials: one PDF per material of a case (docs/materialscan.md).
    MaterialScanRepository &materialScans() { return m_materialScans; }
    // Face checks (人证合一) and their overrides (docs/facecheck.md).
    FaceCheckRepository &faceChecks() { return m_faceChecks; }
    // The encrypted retention of face images (<dataDir>/face-vault). open() purges the expired
    // files with the clock; what it could not purge is in faceVaultWarning(). The capture layer
    // stores through it, the widgets never touch it.
    FaceImageVault &faceVault() { return m_faceVault; }
    const QString &faceVaultWarning() const { return m_faceVaultWarning; }
    // The key file (AppSettings::faceVaultKeyPath); empty = <dataDir>/keys/face-vault.key.
    void setFaceVaultKeyPath(const QString &path);
    // Removes the expired vault files now; the number removed, or what was left and why.
    Result<int> purgeFaceVault();
    // The whole catalog, read once and again after it was replaced (its version changed).
    Result<const Catalog *> catalog();

    // Background sync (app/sync), owned by main; nullptr when none runs (tests, tools).
    SyncThread *backgroundSync() const { return m_sync; }
    void setBackgroundSync(SyncThread *sync) { m_sync = sync; }

private:
    WorkstationContext(QString dataDir, std::unique_ptr<Database> db, std::unique_ptr<Clock> clock);

    QString m_dataDir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Clock> m_clock;
    CatalogRepository m_catalog;
    ItemSearch m_search;
    UserRepository m_users;
    std::unique_ptr<AuthService> m_auth;
    QString m_calendarWarning; // before m_calendar: loading it writes the warning
    WorkCalendar m_calendar;
    CaseRepository m_cases;
    DatabaseSerialCounter m_serials;
    MaterialScanRepository m_materialScans;
    FaceCheckRepository m_faceChecks;
    FaceImageVault m_faceVault;
    QString m_faceVaultWarning;
    Catalog m_loadedCatalog;
    int m_loadedCatalogVersion = -1;
    SyncThread *m_sync = nullptr;
};

} // namespace ow
