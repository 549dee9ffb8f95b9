#include "serverwritelock.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace ow {

Status lockServerWrites(Database &db) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("UPDATE server_meta SET value = value WHERE key = 'write_lock'")))
        return Status::failure(Database::errorOf(q, QStringLiteral("take the server write lock")));
    return {};
}

QString serverMeta(Database &db, const QString &key) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM server_meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace ow
