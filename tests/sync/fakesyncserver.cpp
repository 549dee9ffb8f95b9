#include "fakesyncserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

namespace ow::test {

namespace {

QString key(const char *name) {
    return QString::fromLatin1(name);
}

TransportReply json(int status, const QJsonObject &o) {
    TransportReply r;
    r.outcome = TransportReply::Outcome::Replied;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

TransportReply error(int status, const QString &message) {
    return json(status, {{key("error"), key("fake")}, {key("message"), message}});
}

QString newFingerprint() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

FakeSyncServer::FakeSyncServer() {
    m_state.fingerprint = newFingerprint();
}

void FakeSyncServer::replaceWithEmptyServer() {
    m_state = State();
    m_state.fingerprint = newFingerprint();
}

qint64 FakeSyncServer::appendChange(Change change) {
    change.seq = lastSeq() + 1;
    m_state.changes << change;
    return change.seq;
}

void FakeSyncServer::applyFromElsewhere(const QString &entity, const QString &k,
                                        const QJsonObject &payload) {
    const qint64 revision = m_state.revisions.value({entity, k}) + 1;
    m_state.revisions[{entity, k}] = revision;
    appendChange({0, entity, k, revision, payload, false});
}

QList<ReplicaRecord> FakeSyncServer::records() const {
    QMap<QPair<QString, QString>, ReplicaRecord> latest;
    for (const Change &c : m_state.changes)
        latest[{c.entity, c.key}] = {c.entity, c.key, c.revision, c.payload, c.deleted, c.seq};
    return latest.values();
}

TransportReply FakeSyncServer::exchange(const TransportRequest &request) {
    ++m_requests;
    m_log << QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!request.path.startsWith(f.path))
            continue;
        const Fault fault = f;
        if (--f.times <= 0)
            m_faults.removeAt(i);
        TransportReply lost;
        lost.outcome = TransportReply::Outcome::TimedOut;
        lost.error = QStringLiteral("no answer (injected)");
        switch (fault.kind) {
        case Fault::Kind::Status:
            return error(fault.status, QStringLiteral("injected %1").arg(fault.status));
        case Fault::Kind::Timeout:
            return lost;
        case Fault::Kind::Hang:
            handle(request);
            return lost;
        case Fault::Kind::Truncated: {
            TransportReply r = handle(request);
            r.body.truncate(r.body.size() / 2);
            return r;
        }
        case Fault::Kind::Malformed: {
            TransportReply r = handle(request);
            r.body = R"({"acks": "not a list", "changes": 7, "received": "x", "token": 1})";
            return r;
        }
        }
    }
    return handle(request);
}

TransportReply FakeSyncServer::handle(const TransportRequest &request) {
    const QString path = request.path.section(QLatin1Char('?'), 0, 0);
    if (path == QLatin1String("/api/v1/auth/login")) {
        const QString token = QStringLiteral("tok-%1").arg(m_requests);
        m_tokens << token;
        return json(200, {{key("token"), token}, {key("roles"), QJsonArray{key("clerk")}}});
    }
    if (!m_tokens.contains(request.token))
        return error(401, QStringLiteral("unknown token"));
    if (path == QLatin1String("/api/v1/sync/push") && request.method == "POST")
        return push(request.body);
    if (path == QLatin1String("/api/v1/sync/pull") && request.method == "GET")
        return pull(request.path.section(QLatin1Char('?'), 1));
    if (path.startsWith(QLatin1String("/api/v1/attachments/")))
        return attachment(request);
    return error(404, QStringLiteral("no route %1").arg(path));
}

TransportReply FakeSyncServer::push(const QByteArray &body) {
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString clientId = o.value(key("client_id")).toString();
    QJsonArray acks;
    for (const QJsonValue &v : o.value(key("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString uuid = e.value(key("uuid")).toString();
        if (m_state.journal.contains(uuid)) {
            QJsonObject dup = m_state.journal.value(uuid);
            dup.insert(key("original_status"), dup.value(key("status")));
            dup.insert(key("status"), key("duplicate"));
            acks.append(dup);
            continue;
        }
        ++m_state.applications[uuid];
        const QPair<QString, QString> id{e.value(key("entity")).toString(),
                                         e.value(key("key")).toString()};
        const qint64 current = m_state.revisions.value(id);
        const qint64 base = e.value(key("base_revision")).toInteger();
        QJsonObject ack{{key("uuid"), uuid}};
        if (base != current) {
            const qint64 seq = appendChange({0,
                                             key("_conflict"),
                                             uuid,
                                             current,
                                             {{key("entity"), id.first},
                                              {key("key"), id.second},
                                              {key("base_revision"), base},
                                              {key("server_revision"), current},
                                              {key("payload"), e.value(key("payload"))},
                                              {key("deleted"), e.value(key("deleted"))},
                                              {key("client_id"), clientId}},
                                             false});
            ack.insert(key("seq"), seq);
            ack.insert(key("revision"), current);
            ack.insert(key("status"), key("conflict"));
        } else {
            m_state.revisions[id] = current + 1;
            const qint64 seq = appendChange({0, id.first, id.second, current + 1,
                                             e.value(key("payload")).toObject(),
                                             e.value(key("deleted")).toBool()});
            ack.insert(key("seq"), seq);
            ack.insert(key("revision"), current + 1);
            ack.insert(key("status"), key("applied"));
        }
        m_state.journal.insert(uuid, ack);
        acks.append(ack);
    }
    return json(200, {{key("acks"), acks}, {key("server_fingerprint"), m_state.fingerprint}});
}

TransportReply FakeSyncServer::pull(const QString &query) {
    const QUrlQuery q(query);
    const qint64 since = q.queryItemValue(key("since")).toLongLong();
    const int limit = q.queryItemValue(key("limit")).toInt();
    QJsonArray changes;
    qint64 next = since;
    bool more = false;
    for (const Change &c : m_state.changes) {
        if (c.seq <= since)
            continue;
        if (changes.size() == limit) {
            more = true;
            break;
        }
        changes.append(QJsonObject{{key("seq"), c.seq},
                                   {key("entity"), c.entity},
                                   {key("key"), c.key},
                                   {key("revision"), c.revision},
                                   {key("payload"), c.payload},
                                   {key("deleted"), c.deleted}});
        next = c.seq;
    }
    return json(200, {{key("changes"), changes},
                      {key("next"), next},
                      {key("more"), more},
                      {key("server_fingerprint"), m_state.fingerprint}});
}

TransportReply FakeSyncServer::attachment(const TransportRequest &request) {
    const QStringList parts = request.path.split(QLatin1Char('/'));
    // "", api, v1, attachments, SHA, [chunks, OFFSET | complete | content]
    const QString sha = parts.value(4);
    const QString action = parts.value(5);
    auto state = [&](int status) {
        return json(status, {{key("sha256"), sha},
                             {key("received"), qint64(uploads.value(sha).size())},
                             {key("complete"), complete.value(sha)}});
    };
    if (request.method == "GET" && action.isEmpty())
        return uploads.contains(sha) ? state(200) : state(404);
    if (request.method == "PUT" && action == QLatin1String("chunks")) {
        const qint64 offset = parts.value(6).toLongLong();
        if (complete.value(sha) || offset != uploads.value(sha).size())
            return state(409);
        uploads[sha] += request.body;
        return state(200);
    }
    if (request.method == "POST" && action == QLatin1String("complete")) {
        if (!uploads.contains(sha))
            return error(404, QStringLiteral("nothing uploaded"));
        const QString actual = QString::fromLatin1(
            QCryptographicHash::hash(uploads.value(sha), QCryptographicHash::Sha256).toHex());
        if (actual != sha) {
            uploads.remove(sha);
            return error(422, QStringLiteral("hash mismatch"));
        }
        complete[sha] = true;
        return state(200);
    }
    if (request.method == "GET" && action == QLatin1String("content")) {
        if (!complete.value(sha))
            return error(404, QStringLiteral("not complete"));
        TransportReply r;
        r.outcome = TransportReply::Outcome::Replied;
        r.status = 200;
        r.body = uploads.value(sha);
        if (corruptDownloads)
            r.body[0] = char(r.body.at(0) ^ 0x55);
        return r;
    }
    return error(405, QStringLiteral("method"));
}

} // namespace ow::test
