#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ow {

class Database;

// A file this workstation made (a scanned material's PDF) waiting to be uploaded, or uploaded.
struct LocalAttachment {
    QString sha256;
    qint64 byteSize = 0;
    QString mediaType; // application/pdf
    QDateTime createdAt;
    QDateTime uploadedAt; // invalid while the upload is pending
    int attempts = 0;
    QString lastError;
};

// The workstation's own content-addressed files (table local_attachments, migration 6): the
// bytes stay in the database so they commit together with the record that names them and the
// sync worker, on its own connection, can upload them. The sync cycle uploads pending ones
// before it pushes the outbox (docs/materialscan.md).
class LocalAttachmentStore {
public:
    explicit LocalAttachmentStore(Database &db)
        : m_db(db) {}

    static QString sha256Of(const QByteArray &content);

    // Stores the content under its SHA-256 (pending upload) and returns the hash; content that
    // is already stored is kept as it is. Begins no transaction: call it inside the caller's.
    Result<QString> put(const QByteArray &content, const QString &mediaType, const QDateTime &now);
    Result<QByteArray> content(const QString &sha256);
    Result<LocalAttachment> info(const QString &sha256);

    // Pending uploads, oldest first, at most `limit`.
    Result<QList<LocalAttachment>> pending(int limit = 100);
    Result<int> pendingCount();
    Status markUploaded(const QString &sha256, const QDateTime &now);
    Status recordFailure(const QString &sha256, const QString &error);

private:
    Database &m_db;
};

} // namespace ow
