#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ow::test {

QString sourceDir() {
    const QString fromEnv = qEnvironmentVariable("ONEWINDOW_SOURCE_DIR");
    return fromEnv.isEmpty() ? QDir::currentPath() : fromEnv;
}

QString sharedDir() {
    const QString dir = qEnvironmentVariable("ONEWINDOW_SHARED_DIR");
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        return {};
    return QDir(dir).canonicalPath();
}

QString postgresUrl(QString *why) {
    const QString file = qEnvironmentVariable("ONEWINDOW_TEST_PG_URL_FILE");
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("no PostgreSQL test cluster: %1 is missing (the pg_cluster_start "
                              "fixture starts it; run the tests through ctest)")
                   .arg(file.isEmpty() ? QStringLiteral("ONEWINDOW_TEST_PG_URL_FILE") : file);
        return {};
    }
    return QString::fromUtf8(f.readAll()).trimmed();
}

} // namespace ow::test
