#include "syncoutbox.h"

#include "database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>
#include <QVariant>

namespace ow {

Result<qint64> SyncOutbox::baseRevisionFor(Database &db, const QString &entity,
                                           const QString &key) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT COALESCE((SELECT revision FROM sync_replica WHERE entity = ? AND record_key = ?), "
        "0), COALESCE((SELECT MAX(base_revision) + 1 FROM sync_outbox WHERE entity = ? AND "
        "record_key = ?), 0)"));
    q.addBindValue(entity);
    q.addBindValue(key);
    q.addBindValue(entity);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Database::errorOf(
            q, QStringLiteral("base revision of %1 %2 (is the database migrated to version 4?)")
                   .arg(entity, key)));
    return qMax(q.value(0).toLongLong(), q.value(1).toLongLong());
}

Result<QString> SyncOutbox::enqueue(Database &db, const QString &entity, const QString &key,
                                    const QJsonObject &payload, bool deleted) {
    using R = Result<QString>;
    if (entity.isEmpty() || entity.size() > 64 || entity.startsWith(QLatin1Char('_')))
        return R::failure(QStringLiteral("outbox: entity '%1' needs 1 to 64 characters and must "
                                         "not start with '_'")
                              .arg(entity));
    if (key.isEmpty() || key.size() > 256)
        return R::failure(
            QStringLiteral("outbox: key of %1 needs 1 to 256 characters").arg(entity));
    auto base = baseRevisionFor(db, entity, key);
    if (!base)
        return R::failure(base.error());
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_outbox (uuid, entity, record_key, base_revision, "
                             "payload, deleted, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(uuid);
    q.addBindValue(entity);
    q.addBindValue(key);
    q.addBindValue(base.value());
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(deleted ? 1 : 0);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return R::failure(
            Database::errorOf(q, QStringLiteral("outbox entry for %1 %2").arg(entity, key)));
    return uuid;
}

Result<int> SyncOutbox::pendingCount(Database &db) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")) || !q.next())
        return Result<int>::failure(Database::errorOf(q, QStringLiteral("pending count")));
    return q.value(0).toInt();
}

} // namespace ow
