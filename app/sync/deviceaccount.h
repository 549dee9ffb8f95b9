#pragma once

#include "result.h"

#include <QString>

#include <optional>

namespace ow {

// The account this workstation signs in to its server with, in <dataDir>/device-account.json
// (owner read/write only, 0600). Written by the embedded server when it provisions the account
// (server "embedded") or by `onewindow-cli sync configure` (server = the hall server's URL).
// The password never goes to a log or a command line.
struct DeviceAccount {
    static inline const QString kEmbedded = QStringLiteral("embedded");

    QString server; // "embedded" or the server's URL
    QString user;
    QString password;

    static QString filePath(const QString &dataDir);
    // nullopt when there is no file yet; an error when it is there but unreadable or malformed.
    static Result<std::optional<DeviceAccount>> load(const QString &dataDir);
    // Replaces the file atomically; it is created with 0600 and never readable by others.
    Status save(const QString &dataDir) const;
};

} // namespace ow
