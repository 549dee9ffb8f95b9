#include "syncsettings.h"

#include <QDir>
#include <QSettings>
#include <QUrl>

namespace ow {

namespace {
const QString kUrlKey = QStringLiteral("server/url");
const QString kUserKey = QStringLiteral("server/user");
const QString kListenKey = QStringLiteral("server/listen");
const QString kPortKey = QStringLiteral("server/port");
const QString kTlsCertKey = QStringLiteral("server/tlsCert");
const QString kTlsKeyKey = QStringLiteral("server/tlsKey");
const QString kInsecureKey = QStringLiteral("server/insecureLan");
const QString kIntervalKey = QStringLiteral("sync/intervalSeconds");

Status badValue(const QSettings &ini, const QString &key, const QString &why) {
    return Status::failure(QStringLiteral("%1: %2 = '%3' %4")
                               .arg(ini.fileName(), key, ini.value(key).toString(), why));
}
} // namespace

QString SyncSettings::filePath(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("sync.ini"));
}

Result<SyncSettings> SyncSettings::load(const QString &dataDir) {
    using R = Result<SyncSettings>;
    const QSettings ini(filePath(dataDir), QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return R::failure(QStringLiteral("%1 cannot be read").arg(ini.fileName()));
    SyncSettings s;
    s.serverUrl = ini.value(kUrlKey).toString().trimmed();
    if (!s.serverUrl.isEmpty()) {
        const QUrl url(s.serverUrl);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return R::failure(
                badValue(ini, kUrlKey, QStringLiteral("is not an http:// or https:// URL"))
                    .error());
    }
    s.user = ini.value(kUserKey).toString().trimmed();
    s.listen = ini.value(kListenKey, s.listen).toString().trimmed();
    bool ok = true;
    const uint port = ini.value(kPortKey, uint(kDefaultPort)).toUInt(&ok);
    if (!ok || port > 65535)
        return R::failure(
            badValue(ini, kPortKey, QStringLiteral("is not a port number (0 to 65535)")).error());
    s.port = quint16(port);
    s.tlsCert = ini.value(kTlsCertKey).toString();
    s.tlsKey = ini.value(kTlsKeyKey).toString();
    s.insecureLan = ini.value(kInsecureKey, false).toBool();
    const int interval = ini.value(kIntervalKey, kDefaultIntervalSeconds).toInt(&ok);
    if (!ok || interval < 1 || interval > 3600)
        return R::failure(
            badValue(ini, kIntervalKey, QStringLiteral("must be 1 to 3600 seconds")).error());
    s.intervalSeconds = interval;
    return s;
}

Status SyncSettings::save(const QString &dataDir) const {
    if (!QDir().mkpath(dataDir))
        return Status::failure(QStringLiteral("cannot create the data folder '%1'").arg(dataDir));
    QSettings ini(filePath(dataDir), QSettings::IniFormat);
    ini.setValue(kUrlKey, serverUrl);
    ini.setValue(kUserKey, user);
    ini.setValue(kListenKey, listen);
    ini.setValue(kPortKey, uint(port));
    ini.setValue(kTlsCertKey, tlsCert);
    ini.setValue(kTlsKeyKey, tlsKey);
    ini.setValue(kInsecureKey, insecureLan);
    ini.setValue(kIntervalKey, intervalSeconds);
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return Status::failure(QStringLiteral("%1 cannot be written").arg(ini.fileName()));
    return {};
}

} // namespace ow
