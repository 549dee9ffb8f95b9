#include "localattachmentstore.h"

#include "database.h"

#include <QCryptographicHash>
#include <QVariant>

namespace ow {

namespace {

const char *const kColumns =
    "sha256, byte_size, media_type, created_at, uploaded_at, attempts, last_error";

QString timeText(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QString &text) {
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

LocalAttachment attachmentFrom(const QSqlQuery &q) {
    LocalAttachment a;
    a.sha256 = q.value(0).toString();
    a.byteSize = q.value(1).toLongLong();
    a.mediaType = q.value(2).toString();
    a.createdAt = timeFrom(q.value(3).toString());
    a.uploadedAt = timeFrom(q.value(4).toString());
    a.attempts = q.value(5).toInt();
    a.lastError = q.value(6).toString();
    return a;
}

} // namespace

QString LocalAttachmentStore::sha256Of(const QByteArray &content) {
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Result<QString> LocalAttachmentStore::put(const QByteArray &content, const QString &mediaType,
                                          const QDateTime &now) {
    using R = Result<QString>;
    if (content.isEmpty())
        return R::failure(QStringLiteral("local attachment: the content is empty"));
    const QString sha = sha256Of(content);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM local_attachments WHERE sha256 = ?"));
    q.addBindValue(sha);
    if (!q.exec() || !q.next())
        return R::failure(Database::errorOf(q, QStringLiteral("look up attachment %1").arg(sha)));
    if (q.value(0).toInt() > 0)
        return sha;
    q.prepare(QStringLiteral("INSERT INTO local_attachments (sha256, content, byte_size, "
                             "media_type, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(sha);
    q.addBindValue(content);
    q.addBindValue(qint64(content.size()));
    q.addBindValue(mediaType);
    q.addBindValue(timeText(now));
    if (!q.exec())
        return R::failure(Database::errorOf(q, QStringLiteral("store attachment %1").arg(sha)));
    return sha;
}

Result<QByteArray> LocalAttachmentStore::content(const QString &sha256) {
    using R = Result<QByteArray>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT content FROM local_attachments WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec())
        return R::failure(Database::errorOf(q, QStringLiteral("read attachment %1").arg(sha256)));
    if (!q.next())
        return R::failure(QStringLiteral("attachment %1 is not stored here").arg(sha256));
    const QByteArray bytes = q.value(0).toByteArray();
    // A damaged row must not travel as if it were the named file.
    if (sha256Of(bytes) != sha256)
        return R::failure(
            QStringLiteral("attachment %1: the stored bytes do not match their SHA-256")
                .arg(sha256));
    return bytes;
}

Result<LocalAttachment> LocalAttachmentStore::info(const QString &sha256) {
    using R = Result<LocalAttachment>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM local_attachments WHERE sha256 = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(sha256);
    if (!q.exec())
        return R::failure(Database::errorOf(q, QStringLiteral("read attachment %1").arg(sha256)));
    if (!q.next())
        return R::failure(QStringLiteral("attachment %1 is not stored here").arg(sha256));
    return attachmentFrom(q);
}

Result<QList<LocalAttachment>> LocalAttachmentStore::pending(int limit) {
    using R = Result<QList<LocalAttachment>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM local_attachments WHERE uploaded_at = '' "
                             "ORDER BY created_at, sha256 LIMIT ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(limit);
    if (!q.exec())
        return R::failure(Database::errorOf(q, QStringLiteral("pending attachments")));
    QList<LocalAttachment> list;
    while (q.next())
        list << attachmentFrom(q);
    return list;
}

Result<int> LocalAttachmentStore::pendingCount() {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM local_attachments WHERE uploaded_at = ''")) ||
        !q.next())
        return Result<int>::failure(
            Database::errorOf(q, QStringLiteral("pending attachment count")));
    return q.value(0).toInt();
}

Status LocalAttachmentStore::markUploaded(const QString &sha256, const QDateTime &now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE local_attachments SET uploaded_at = ?, last_error = '' "
                             "WHERE sha256 = ?"));
    q.addBindValue(timeText(now));
    q.addBindValue(sha256);
    if (!q.exec())
        return Status::failure(
            Database::errorOf(q, QStringLiteral("mark attachment %1 uploaded").arg(sha256)));
    return {};
}

Status LocalAttachmentStore::recordFailure(const QString &sha256, const QString &error) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE local_attachments SET attempts = attempts + 1, "
                             "last_error = ? WHERE sha256 = ?"));
    q.addBindValue(error.left(1000));
    q.addBindValue(sha256);
    if (!q.exec())
        return Status::failure(
            Database::errorOf(q, QStringLiteral("record the upload failure of %1").arg(sha256)));
    return {};
}

} // namespace ow
