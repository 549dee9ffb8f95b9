#pragma once

#include "deviceaccount.h"
#include "result.h"

#include <QString>

namespace ow {

class Database;

// Makes sure the workstation has an account on its own embedded server: "ws-<hostname>", role
// clerk, a random password kept only in <dataDir>/device-account.json (0600). The first start
// creates it; later starts reuse it once they checked that it still signs in, and give it a new
// password when the file or the account went missing. Every change is in the audit chain.
class DeviceProvisioner {
public:
    struct Outcome {
        DeviceAccount account;
        bool created = false; // a new password was set in this call
    };

    DeviceProvisioner(Database &serverDb, QString dataDir);
    Result<Outcome> ensureAccount();

    // "ws-" and the host name in lower case, other characters than a-z, 0-9 and '-' as '-'.
    static QString accountName(const QString &hostName);

private:
    Status storeAccount(const QString &name, const QString &password);
    Database &m_db;
    QString m_dataDir;
};

} // namespace ow
