#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ow {

class Database;

struct AttachmentState {
    QString sha256;
    qint64 received = 0; // bytes stored so far: the offset of the next chunk
    bool complete = false;
};

// Content-addressed attachments, uploaded in chunks that may resume after a break. The content
// lives in the database so every server instance sees it. A chunk must start where the stored
// bytes end; 'complete' hashes the assembled content and discards it when the hash differs.
class AttachmentStore {
public:
    enum class Outcome { Ok, WrongOffset, AlreadyComplete, HashMismatch, NotFound, Failed };
    struct Reply {
        Outcome outcome = Outcome::Ok;
        AttachmentState state;
        QString message;
    };

    explicit AttachmentStore(Database &db)
        : m_db(db) {}

    static bool isSha256(const QString &text); // 64 lower-case hex digits
    std::optional<AttachmentState> state(const QString &sha256);
    // Call the writes inside a transaction (the server begins it with lockServerWrites()).
    Reply putChunk(const QString &sha256, qint64 offset, const QByteArray &data,
                   const QString &userName, const QDateTime &now);
    Reply complete(const QString &sha256, const QDateTime &now);
    Result<QByteArray> content(const QString &sha256);

private:
    Result<QByteArray> assemble(const QString &sha256);
    Database &m_db;
};

} // namespace ow
