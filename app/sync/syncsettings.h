#pragma once

#include "result.h"

#include <QString>

namespace ow {

// Where this workstation syncs to, kept in <dataDir>/sync.ini beside the database it belongs to
// (a second data folder never borrows the first one's server or account). Keys:
//   server/url          empty: standalone, the workstation runs the server itself
//   server/user         the device account at the configured server
//   server/listen       standalone: the address the embedded server listens on (127.0.0.1)
//   server/port         standalone: the first port tried (8470; 0 = any free port)
//   server/tlsCert, server/tlsKey, server/insecureLan   standalone on a LAN address
//   sync/intervalSeconds  seconds between cycles (15)
// The password is not here: it is in device-account.json (DeviceAccount).
struct SyncSettings {
    static constexpr quint16 kDefaultPort = 8470;
    static constexpr int kDefaultIntervalSeconds = 15;

    QString serverUrl;
    QString user;
    QString listen = QStringLiteral("127.0.0.1");
    quint16 port = kDefaultPort;
    QString tlsCert;
    QString tlsKey;
    bool insecureLan = false;
    int intervalSeconds = kDefaultIntervalSeconds;

    bool standalone() const { return serverUrl.isEmpty(); }

    static QString filePath(const QString &dataDir);
    // Missing keys take their defaults; a value that is set but wrong is an error naming the key
    // and the file.
    static Result<SyncSettings> load(const QString &dataDir);
    Status save(const QString &dataDir) const;
};

} // namespace ow
