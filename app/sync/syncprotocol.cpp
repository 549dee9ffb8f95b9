#include "syncprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ow {

namespace {

QString key(const char *name) {
    return QString::fromLatin1(name);
}

Result<QJsonObject> objectOf(const QByteArray &body, const QString &what) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(
            QStringLiteral("%1 reply is not JSON (%2 at byte %3 of %4)")
                .arg(what, error.errorString())
                .arg(error.offset)
                .arg(body.size()));
    if (!doc.isObject())
        return Result<QJsonObject>::failure(QStringLiteral("%1 reply is not an object").arg(what));
    return doc.object();
}

// Checks that each named field is present with the wanted type; names the first that is not.
Status need(const QJsonObject &o, const QString &where,
            std::initializer_list<std::pair<const char *, QJsonValue::Type>> fields) {
    for (const auto &[name, type] : fields) {
        const QJsonValue v = o.value(key(name));
        if (v.type() != type)
            return Status::failure(QStringLiteral("field '%1%2' is missing or has the wrong type")
                                       .arg(where, key(name)));
    }
    return {};
}

std::optional<AckOutcome> outcomeFrom(const QString &name) {
    if (name == QLatin1String("applied"))
        return AckOutcome::Applied;
    if (name == QLatin1String("duplicate"))
        return AckOutcome::Duplicate;
    if (name == QLatin1String("conflict"))
        return AckOutcome::Conflict;
    return std::nullopt;
}

} // namespace

QByteArray SyncProtocol::loginBody(const QString &user, const QString &password) {
    return QJsonDocument(QJsonObject{{key("name"), user}, {key("password"), password}})
        .toJson(QJsonDocument::Compact);
}

QByteArray SyncProtocol::pushBody(const QString &clientId, const QList<OutboxEntry> &entries) {
    QJsonArray list;
    for (const OutboxEntry &e : entries)
        list.append(QJsonObject{{key("uuid"), e.uuid},
                                {key("entity"), e.entity},
                                {key("key"), e.key},
                                {key("base_revision"), e.baseRevision},
                                {key("payload"), e.payload},
                                {key("deleted"), e.deleted}});
    return QJsonDocument(QJsonObject{{key("client_id"), clientId}, {key("entries"), list}})
        .toJson(QJsonDocument::Compact);
}

Result<LoginReply> SyncProtocol::parseLogin(const QByteArray &body) {
    auto o = objectOf(body, QStringLiteral("login"));
    if (!o)
        return Result<LoginReply>::failure(o.error());
    if (Status st = need(o.value(), QStringLiteral("login."),
                         {{"token", QJsonValue::String}, {"roles", QJsonValue::Array}});
        !st)
        return Result<LoginReply>::failure(st.error());
    LoginReply r;
    r.token = o->value(key("token")).toString();
    for (const QJsonValue &v : o->value(key("roles")).toArray())
        r.roles << v.toString();
    if (r.token.isEmpty())
        return Result<LoginReply>::failure(QStringLiteral("login reply carries an empty token"));
    return r;
}

Result<PushReply> SyncProtocol::parsePush(const QByteArray &body, const QList<OutboxEntry> &sent) {
    using R = Result<PushReply>;
    auto o = objectOf(body, QStringLiteral("push"));
    if (!o)
        return R::failure(o.error());
    if (Status st = need(o.value(), QString(),
                         {{"acks", QJsonValue::Array}, {"server_fingerprint", QJsonValue::String}});
        !st)
        return R::failure(st.error());
    const QJsonArray acks = o->value(key("acks")).toArray();
    if (acks.size() != sent.size())
        return R::failure(QStringLiteral("push reply has %1 acks for %2 entries")
                              .arg(acks.size())
                              .arg(sent.size()));
    PushReply reply;
    reply.fingerprint = o->value(key("server_fingerprint")).toString();
    for (qsizetype i = 0; i < acks.size(); ++i) {
        const QString where = QStringLiteral("acks[%1].").arg(i);
        const QJsonObject a = acks.at(i).toObject();
        if (Status st = need(a, where,
                             {{"uuid", QJsonValue::String},
                              {"seq", QJsonValue::Double},
                              {"revision", QJsonValue::Double},
                              {"status", QJsonValue::String}});
            !st)
            return R::failure(st.error());
        PushAck ack;
        ack.uuid = a.value(key("uuid")).toString();
        if (ack.uuid != sent.at(i).uuid)
            return R::failure(QStringLiteral("field '%1uuid' is %2, expected %3")
                                  .arg(where, ack.uuid, sent.at(i).uuid));
        ack.seq = a.value(key("seq")).toInteger();
        ack.revision = a.value(key("revision")).toInteger();
        const auto outcome = outcomeFrom(a.value(key("status")).toString());
        if (!outcome || ack.seq <= 0)
            return R::failure(
                QStringLiteral("field '%1status' or '%1seq' is not valid").arg(where));
        ack.outcome = ack.original = *outcome;
        if (ack.outcome == AckOutcome::Duplicate) {
            const auto original = outcomeFrom(a.value(key("original_status")).toString());
            if (!original || *original == AckOutcome::Duplicate)
                return R::failure(
                    QStringLiteral("field '%1original_status' is missing or not valid").arg(where));
            ack.original = *original;
        }
        reply.acks << ack;
    }
    return reply;
}

Result<PullReply> SyncProtocol::parsePull(const QByteArray &body) {
    using R = Result<PullReply>;
    auto o = objectOf(body, QStringLiteral("pull"));
    if (!o)
        return R::failure(o.error());
    if (Status st = need(o.value(), QString(),
                         {{"changes", QJsonValue::Array},
                          {"next", QJsonValue::Double},
                          {"more", QJsonValue::Bool},
                          {"server_fingerprint", QJsonValue::String}});
        !st)
        return R::failure(st.error());
    PullReply reply;
    reply.next = o->value(key("next")).toInteger();
    reply.more = o->value(key("more")).toBool();
    reply.fingerprint = o->value(key("server_fingerprint")).toString();
    const QJsonArray changes = o->value(key("changes")).toArray();
    qint64 previous = 0;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString where = QStringLiteral("changes[%1].").arg(i);
        const QJsonObject c = changes.at(i).toObject();
        if (Status st = need(c, where,
                             {{"seq", QJsonValue::Double},
                              {"entity", QJsonValue::String},
                              {"key", QJsonValue::String},
                              {"revision", QJsonValue::Double},
                              {"payload", QJsonValue::Object},
                              {"deleted", QJsonValue::Bool}});
            !st)
            return R::failure(st.error());
        PulledChange change{
            c.value(key("seq")).toInteger(),    c.value(key("entity")).toString(),
            c.value(key("key")).toString(),     c.value(key("revision")).toInteger(),
            c.value(key("payload")).toObject(), c.value(key("deleted")).toBool()};
        if (change.seq <= previous)
            return R::failure(QStringLiteral("field '%1seq' (%2) is not after the previous one")
                                  .arg(where)
                                  .arg(change.seq));
        previous = change.seq;
        reply.changes << change;
    }
    if (!reply.changes.isEmpty() && reply.next != reply.changes.last().seq)
        return R::failure(QStringLiteral("field 'next' (%1) is not the last change's seq (%2)")
                              .arg(reply.next)
                              .arg(reply.changes.last().seq));
    return reply;
}

Result<QJsonObject> SyncProtocol::parseAttachment(const QByteArray &body) {
    auto o = objectOf(body, QStringLiteral("attachment"));
    if (!o)
        return o;
    if (Status st = need(o.value(), QString(), {{"received", QJsonValue::Double}}); !st)
        return Result<QJsonObject>::failure(st.error());
    return o;
}

QString SyncProtocol::errorText(const QByteArray &body) {
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.contains(key("message")))
        return QStringLiteral("%1: %2").arg(o.value(key("error")).toString(),
                                            o.value(key("message")).toString());
    return QString::fromUtf8(body.left(200)).simplified();
}

} // namespace ow
