#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace ow {

class SyncRequester;

// Content-addressed attachments (docs/api.md): upload in chunks that resume where the server
// says it stands (GET state, PUT at `received`, 409 -> continue at the `received` it names),
// completed by the server's SHA-256 check; downloads are verified against the name.
class AttachmentSync {
public:
    explicit AttachmentSync(SyncRequester &requester, int chunkBytes = 1 << 20)
        : m_requester(requester)
        , m_chunk(chunkBytes) {}

    static QString sha256Of(const QByteArray &content);
    // Uploads (or finishes uploading) `content`; returns its SHA-256.
    Result<QString> upload(const QByteArray &content);
    Result<QByteArray> download(const QString &sha256);

private:
    Result<qint64> received(const QString &sha256, bool *complete);
    SyncRequester &m_requester;
    int m_chunk;
};

} // namespace ow
