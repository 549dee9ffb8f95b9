#include "attachmentstore.h"

#include "database.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace ow {

bool AttachmentStore::isSha256(const QString &text) {
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(text).hasMatch();
}

std::optional<AttachmentState> AttachmentStore::state(const QString &sha256) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT received, complete FROM attachments WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return AttachmentState{sha256, q.value(0).toLongLong(), q.value(1).toInt() != 0};
}

AttachmentStore::Reply AttachmentStore::putChunk(const QString &sha256, qint64 offset,
                                                 const QByteArray &data, const QString &userName,
                                                 const QDateTime &now) {
    Reply r;
    auto current = state(sha256);
    QSqlQuery q(m_db.connection());
    if (!current) {
        q.prepare(QStringLiteral("INSERT INTO attachments (sha256, received, user_name, "
                                 "created_at) VALUES (?, 0, ?, ?)"));
        q.addBindValue(sha256);
        q.addBindValue(userName);
        q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return {Outcome::Failed, {}, Database::errorOf(q, QStringLiteral("create attachment"))};
        current = AttachmentState{sha256, 0, false};
    }
    r.state = *current;
    if (current->complete)
        return {Outcome::AlreadyComplete, *current,
                QStringLiteral("attachment %1 is already complete").arg(sha256)};
    if (offset != current->received)
        return {Outcome::WrongOffset, *current,
                QStringLiteral("chunk offset %1 does not continue the upload: %2 bytes are "
                               "stored, send the chunk at offset %2")
                    .arg(offset)
                    .arg(current->received)};
    q.prepare(QStringLiteral(
        "INSERT INTO attachment_chunks (sha256, offset_bytes, data) VALUES (?, ?, ?)"));
    q.addBindValue(sha256);
    q.addBindValue(offset);
    q.addBindValue(data);
    if (!q.exec())
        return {Outcome::Failed, *current, Database::errorOf(q, QStringLiteral("store chunk"))};
    q.prepare(QStringLiteral("UPDATE attachments SET received = ? WHERE sha256 = ?"));
    q.addBindValue(current->received + data.size());
    q.addBindValue(sha256);
    if (!q.exec())
        return {Outcome::Failed, *current, Database::errorOf(q, QStringLiteral("count chunk"))};
    r.state.received = current->received + data.size();
    return r;
}

Result<QByteArray> AttachmentStore::assemble(const QString &sha256) {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT offset_bytes, data FROM attachment_chunks WHERE sha256 = ? "
                             "ORDER BY offset_bytes"));
    q.addBindValue(sha256);
    if (!q.exec())
        return Result<QByteArray>::failure(Database::errorOf(q, QStringLiteral("read chunks")));
    QByteArray all;
    while (q.next()) {
        if (q.value(0).toLongLong() != all.size())
            return Result<QByteArray>::failure(
                QStringLiteral("attachment %1: chunk at %2 leaves a gap after %3 bytes")
                    .arg(sha256)
                    .arg(q.value(0).toLongLong())
                    .arg(all.size()));
        all += q.value(1).toByteArray();
    }
    return all;
}

AttachmentStore::Reply AttachmentStore::complete(const QString &sha256, const QDateTime &now) {
    auto current = state(sha256);
    if (!current)
        return {Outcome::NotFound, {}, QStringLiteral("no upload of attachment %1").arg(sha256)};
    if (current->complete)
        return {Outcome::Ok, *current, {}};
    auto content = assemble(sha256);
    if (!content)
        return {Outcome::Failed, *current, content.error()};
    const QString actual = QString::fromLatin1(
        QCryptographicHash::hash(content.value(), QCryptographicHash::Sha256).toHex());
    QSqlQuery q(m_db.connection());
    if (actual != sha256) {
        // Discard the bad upload so a fresh one can start at offset 0.
        q.prepare(QStringLiteral("DELETE FROM attachment_chunks WHERE sha256 = ?"));
        q.addBindValue(sha256);
        q.exec();
        q.prepare(QStringLiteral("DELETE FROM attachments WHERE sha256 = ?"));
        q.addBindValue(sha256);
        q.exec();
        return {Outcome::HashMismatch, *current,
                QStringLiteral("the %1 bytes received hash to %2, not %3; the upload was "
                               "discarded")
                    .arg(content.value().size())
                    .arg(actual, sha256)};
    }
    q.prepare(
        QStringLiteral("UPDATE attachments SET complete = 1, completed_at = ? WHERE sha256 = ?"));
    q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(sha256);
    if (!q.exec())
        return {Outcome::Failed, *current, Database::errorOf(q, QStringLiteral("complete"))};
    current->complete = true;
    return {Outcome::Ok, *current, {}};
}

Result<QByteArray> AttachmentStore::content(const QString &sha256) {
    auto current = state(sha256);
    if (!current || !current->complete)
        return Result<QByteArray>::failure(
            QStringLiteral("attachment %1 is not stored or not complete").arg(sha256));
    return assemble(sha256);
}

} // namespace ow
