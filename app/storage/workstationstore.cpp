#include "workstationstore.h"

#include "catalogjson.h"
#include "catalogrepository.h"
#include "clock.h"
#include "passwordhasher.h"
#include "roles.h"
#include "userrepository.h"

#include <QDir>
#include <QFile>

namespace ow {

QString WorkstationStore::databasePath(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("onewindow.db"));
}

Result<std::unique_ptr<Database>> WorkstationStore::open(const QString &dataDir) {
    using R = Result<std::unique_ptr<Database>>;
    if (!QDir().mkpath(dataDir))
        return R::failure(QStringLiteral("cannot create the data folder %1").arg(dataDir));
    auto db = Database::open(DatabaseUrl::sqlite(databasePath(dataDir)));
    if (!db)
        return db;
    if (Status st = db.value()->migrate(); !st)
        return R::failure(st.error());
    return db;
}

Result<WorkstationStore::FirstRun> WorkstationStore::ensureFirstRun(Database &db,
                                                                    const Clock &clock) {
    using R = Result<FirstRun>;
    FirstRun done;
    CatalogRepository catalogs(db);
    if (catalogs.isEmpty()) {
        QFile demo(QStringLiteral(":/onewindow/catalog-demo.json"));
        if (!demo.open(QIODevice::ReadOnly))
            return R::failure(QStringLiteral("the built-in demo catalog is missing"));
        const CatalogReadResult parsed =
            CatalogJson::read(demo.readAll(), QStringLiteral("catalog-demo.json"));
        if (!parsed.ok())
            return R::failure(parsed.issuesText());
        if (Status st = catalogs.replace(*parsed.catalog); !st)
            return R::failure(st.error());
        done.catalogLoaded = true;
    }
    UserRepository users(db, clock);
    if (users.count() == 0) {
        const QString password = PasswordHasher::generatePassword();
        auto admin = users.create(QStringLiteral("admin"), {Role::Admin}, password, true);
        if (!admin)
            return R::failure(admin.error());
        done.adminName = admin->name;
        done.adminOneTimePassword = password;
    }
    return done;
}

} // namespace ow
