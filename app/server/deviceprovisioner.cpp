#include "deviceprovisioner.h"

#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "passwordhasher.h"
#include "serverwritelock.h"
#include "userrepository.h"

#include <QSysInfo>

namespace ow {

DeviceProvisioner::DeviceProvisioner(Database &serverDb, QString dataDir)
    : m_db(serverDb)
    , m_dataDir(std::move(dataDir)) {}

QString DeviceProvisioner::accountName(const QString &hostName) {
    QString name;
    for (const QChar c : hostName.toLower()) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                           c == QLatin1Char('-');
        name += plain ? c : QLatin1Char('-');
    }
    if (name.isEmpty())
        name = QStringLiteral("workstation");
    return (QStringLiteral("ws-") + name).left(64);
}

Result<DeviceProvisioner::Outcome> DeviceProvisioner::ensureAccount() {
    using R = Result<Outcome>;
    auto stored = DeviceAccount::load(m_dataDir);
    if (!stored)
        qWarning("%s; a new device account is made", qPrintable(stored.error()));
    SystemClock clock;
    UserRepository users(m_db, clock);
    if (stored && stored.value() && stored.value()->server == DeviceAccount::kEmbedded &&
        users.authenticate(stored.value()->user, stored.value()->password))
        return Outcome{*stored.value(), false};

    const QString name = stored && stored.value() && !stored.value()->user.isEmpty()
                             ? stored.value()->user
                             : accountName(QSysInfo::machineHostName());
    const QString password = PasswordHasher::generatePassword();
    if (Status st = storeAccount(name, password); !st)
        return R::failure(QStringLiteral("cannot provision the device account %1 in the embedded "
                                         "server: %2")
                              .arg(name, st.error()));
    DeviceAccount account{DeviceAccount::kEmbedded, name, password};
    // After the commit: a crash in between leaves an account without file, which the next start
    // repairs with a new password.
    if (Status st = account.save(m_dataDir); !st)
        return R::failure(st.error());
    qInfo("device account %s provisioned in the embedded server (password in %s)", qPrintable(name),
          qPrintable(DeviceAccount::filePath(m_dataDir)));
    return Outcome{account, true};
}

Status DeviceProvisioner::storeAccount(const QString &name, const QString &password) {
    SystemClock clock;
    UserRepository users(m_db, clock);
    return m_db.transaction([&]() -> Status {
        if (Status st = lockServerWrites(m_db); !st)
            return st;
        const bool exists = users.find(name).has_value();
        if (exists) {
            if (Status st = users.setPassword(name, password); !st)
                return st;
        } else if (auto user = users.create(name, {Role::Clerk}, password); !user) {
            return Status::failure(user.error());
        }
        auto id = AuditLog(m_db).append(clock.now(), QStringLiteral("workstation"),
                                        exists ? QStringLiteral("user.set-password")
                                               : QStringLiteral("user.create"),
                                        name, roleKey(Role::Clerk));
        return id ? Status() : Status::failure(id.error());
    });
}

} // namespace ow
