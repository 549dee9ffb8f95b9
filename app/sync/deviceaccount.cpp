#include "deviceaccount.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace ow {

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

QString DeviceAccount::filePath(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("device-account.json"));
}

Result<std::optional<DeviceAccount>> DeviceAccount::load(const QString &dataDir) {
    using R = Result<std::optional<DeviceAccount>>;
    QFile file(filePath(dataDir));
    if (!file.exists())
        return std::optional<DeviceAccount>();
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return R::failure(
            QStringLiteral("%1: not a JSON object (%2)").arg(file.fileName(), error.errorString()));
    const QJsonObject o = doc.object();
    for (const char *key : {"server", "user", "password"}) {
        if (!o.value(QLatin1String(key)).isString() ||
            o.value(QLatin1String(key)).toString().isEmpty())
            return R::failure(QStringLiteral("%1: \"%2\" must be a non-empty string")
                                  .arg(file.fileName(), QLatin1String(key)));
    }
    DeviceAccount account;
    account.server = o.value(QLatin1String("server")).toString();
    account.user = o.value(QLatin1String("user")).toString();
    account.password = o.value(QLatin1String("password")).toString();
    return std::optional<DeviceAccount>(account);
}

Status DeviceAccount::save(const QString &dataDir) const {
    if (!QDir().mkpath(dataDir))
        return Status::failure(QStringLiteral("cannot create the data folder '%1'").arg(dataDir));
    const QString path = filePath(dataDir);
    const QString temporary = path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    // Created 0600 from the start: the password is never in a file others may read.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, kOwnerOnly) ||
        !file.setPermissions(kOwnerOnly))
        return Status::failure(QStringLiteral("%1: %2").arg(temporary, file.errorString()));
    const QJsonObject o{{QStringLiteral("server"), server},
                        {QStringLiteral("user"), user},
                        {QStringLiteral("password"), password}};
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString why = file.errorString();
        file.remove();
        return Status::failure(QStringLiteral("%1: %2").arg(temporary, why));
    }
    file.close();
    // rename(2) replaces the old file in one step, so a reader sees the old or the new account.
    if (std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return Status::failure(QStringLiteral("%1: cannot replace it").arg(path));
    }
    return {};
}

} // namespace ow
