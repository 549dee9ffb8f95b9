#pragma once

#include "result.h"
#include "syncoutbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// The client's view of the sync messages of docs/api.md. The parsers are strict: a reply that
// is truncated, not JSON, or misses a field is an error naming the field, never a partial read.
enum class AckOutcome { Applied, Duplicate, Conflict };

struct PushAck {
    QString uuid;
    qint64 seq = 0;
    qint64 revision = 0;
    AckOutcome outcome = AckOutcome::Applied;
    AckOutcome original = AckOutcome::Applied; // what the first push of this uuid got
    // Applied now or earlier (a duplicate of an applied entry): the record holds this change.
    bool landed() const { return original == AckOutcome::Applied; }
};

struct PushReply {
    QList<PushAck> acks;
    QString fingerprint;
};

struct PulledChange {
    qint64 seq = 0;
    QString entity;
    QString key;
    qint64 revision = 0;
    QJsonObject payload;
    bool deleted = false;
};

struct PullReply {
    QList<PulledChange> changes;
    qint64 next = 0;
    bool more = false;
    QString fingerprint;
};

struct LoginReply {
    QString token;
    QStringList roles;
};

class SyncProtocol {
public:
    static QString conflictEntity() { return QStringLiteral("_conflict"); }
    static QByteArray loginBody(const QString &user, const QString &password);
    static QByteArray pushBody(const QString &clientId, const QList<OutboxEntry> &entries);
    static Result<LoginReply> parseLogin(const QByteArray &body);
    // One ack per entry, in order, with the entry's uuid; anything else is refused.
    static Result<PushReply> parsePush(const QByteArray &body, const QList<OutboxEntry> &sent);
    static Result<PullReply> parsePull(const QByteArray &body);
    // Attachment state: {sha256, received, complete}.
    static Result<QJsonObject> parseAttachment(const QByteArray &body);
    // The server's {"error","message"} as one line, or the start of a body that is not one.
    static QString errorText(const QByteArray &body);
};

} // namespace ow
