#include "workstationcontext.h"

namespace ow {

Result<std::unique_ptr<WorkstationContext>> WorkstationContext::open(const QString &dataDir,
                                                                     std::unique_ptr<Clock> clock) {
    using R = Result<std::unique_ptr<WorkstationContext>>;
    auto db = WorkstationStore::open(dataDir);
    if (!db)
        return R::failure(db.error());
    if (!clock)
        clock = std::make_unique<SystemClock>();
    std::unique_ptr<WorkstationContext> context(
        new WorkstationContext(dataDir, std::move(db.value()), std::move(clock)));
    // Face images kept past their retention go at every start, whatever the setting is now.
    if (auto purged = context->purgeFaceVault(); !purged)
        context->m_faceVaultWarning = purged.error();
    return context;
}

WorkstationContext::WorkstationContext(QString dataDir, std::unique_ptr<Database> db,
                                       std::unique_ptr<Clock> clock)
    : m_dataDir(std::move(dataDir))
    , m_db(std::move(db))
    , m_clock(std::move(clock))
    , m_catalog(*m_db)
    , m_search(*m_db)
    , m_users(*m_db, *m_clock)
    , m_auth(std::make_unique<AuthService>(m_users))
    , m_calendarWarning()
    , m_calendar(WorkCalendar::loadForDataDir(m_dataDir, &m_calendarWarning))
    , m_cases(*m_db)
    , m_serials(*m_db)
    , m_materialScans(*m_db)
    , m_faceChecks(*m_db)
    , m_faceVault(FaceImageVault::defaultFolder(m_dataDir),
                  FaceImageVault::defaultKeyPath(m_dataDir)) {}

WorkstationContext::~WorkstationContext() = default;

Result<WorkstationStore::FirstRun> WorkstationContext::ensureFirstRun() {
    return WorkstationStore::ensureFirstRun(*m_db, *m_clock);
}

void WorkstationContext::setFaceVaultKeyPath(const QString &path) {
    m_faceVault.setKeyPath(path.isEmpty() ? FaceImageVault::defaultKeyPath(m_dataDir) : path);
}

Result<int> WorkstationContext::purgeFaceVault() {
    int removed = 0;
    auto purged = m_faceVault.purgeExpired(m_clock->now(), &removed);
    // Counts and file names only: the names carry check ids, never an ID number.
    if (removed > 0)
        qInfo("face vault: %d expired image file(s) removed", removed);
    if (!purged)
        qWarning("face vault: %s", qUtf8Printable(purged.error()));
    return purged;
}

Result<const Catalog *> WorkstationContext::catalog() {
    const int version = m_catalog.version();
    if (version != m_loadedCatalogVersion) {
        auto loaded = m_catalog.load();
        if (!loaded)
            return Result<const Catalog *>::failure(loaded.error());
        m_loadedCatalog = std::move(loaded.value());
        m_loadedCatalogVersion = version;
    }
    return &m_loadedCatalog;
}

} // namespace ow
