#include "endpoints.h"

#include "clock.h"
#include "httprouter.h"
#include "jsonshape.h"
#include "servercontext.h"
#include "serverwritelock.h"
#include "syncjournal.h"

#include <QJsonArray>
#include <QUuid>

namespace ow {

namespace {

const QList<JsonField> kPushFields = {{QStringLiteral("client_id"), JsonType::String},
                                      {QStringLiteral("entries"), JsonType::Array}};
const QList<JsonField> kEntryFields = {{QStringLiteral("uuid"), JsonType::String},
                                       {QStringLiteral("entity"), JsonType::String},
                                       {QStringLiteral("key"), JsonType::String},
                                       {QStringLiteral("base_revision"), JsonType::Integer},
                                       {QStringLiteral("payload"), JsonType::Object},
                                       {QStringLiteral("deleted"), JsonType::Boolean, false}};

// Reads and checks the entries; the message names the entry and field that is wrong.
Result<QList<SyncEntry>> readEntries(const QJsonArray &array, int maxEntries) {
    using R = Result<QList<SyncEntry>>;
    if (array.size() > maxEntries)
        return R::failure(QStringLiteral("field 'entries' holds %1 entries; send at most %2 per "
                                         "push")
                              .arg(array.size())
                              .arg(maxEntries));
    QList<SyncEntry> entries;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("entries[%1]").arg(i);
        if (!array.at(i).isObject())
            return R::failure(QStringLiteral("field '%1' must be an object, not %2")
                                  .arg(where, JsonShape::describe(array.at(i))));
        const QJsonObject o = array.at(i).toObject();
        if (Status st = JsonShape::check(o, kEntryFields, where); !st)
            return R::failure(st.error());
        SyncEntry e;
        const QUuid uuid = QUuid::fromString(o.value(QStringLiteral("uuid")).toString());
        if (uuid.isNull())
            return R::failure(QStringLiteral("field '%1.uuid' is not a UUID").arg(where));
        e.uuid = uuid.toString(QUuid::WithoutBraces);
        e.entity = o.value(QStringLiteral("entity")).toString();
        if (e.entity.isEmpty() || e.entity.size() > 64 || e.entity.startsWith(QLatin1Char('_')))
            return R::failure(QStringLiteral("field '%1.entity' needs 1 to 64 characters and must "
                                             "not start with '_'")
                                  .arg(where));
        e.key = o.value(QStringLiteral("key")).toString();
        if (e.key.isEmpty() || e.key.size() > 256)
            return R::failure(
                QStringLiteral("field '%1.key' needs 1 to 256 characters").arg(where));
        e.baseRevision = qint64(o.value(QStringLiteral("base_revision")).toDouble());
        if (e.baseRevision < 0)
            return R::failure(QStringLiteral("field '%1.base_revision' is negative").arg(where));
        e.payload = o.value(QStringLiteral("payload")).toObject();
        e.deleted = o.value(QStringLiteral("deleted")).toBool(false);
        entries << e;
    }
    return entries;
}

QJsonObject ackJson(const SyncAck &a) {
    QJsonObject o{{QStringLiteral("uuid"), a.uuid},
                  {QStringLiteral("seq"), a.seq},
                  {QStringLiteral("revision"), a.revision},
                  {QStringLiteral("status"), syncStatusKey(a.status)}};
    if (a.status == SyncStatus::Duplicate)
        o.insert(QStringLiteral("original_status"), syncStatusKey(a.originalStatus));
    return o;
}

// A workstation's override of a face check (entity "face_override", docs/facecheck.md) joins the
// server's audit chain when it is first applied, under the name of the user who made it.
Status auditFaceOverrides(ServerContext &ctx, Database &db, const QString &clientId,
                          const QString &pushedBy, const QList<SyncEntry> &entries,
                          const QList<SyncAck> &acks) {
    for (qsizetype i = 0; i < entries.size() && i < acks.size(); ++i) {
        const SyncEntry &e = entries.at(i);
        if (e.entity != QLatin1String("face_override") || acks.at(i).status != SyncStatus::Applied)
            continue;
        const QJsonObject &o = e.payload;
        const auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
        if (Status st =
                ctx.audit(db, text("by"), QStringLiteral("face.override"), text("check_id"),
                          QStringLiteral("%1 -> %2 as %3 at %4 (client %5, pushed by %6): %7")
                              .arg(text("decision_before"), text("decision"), text("role"),
                                   text("workstation"), clientId, pushedBy, text("reason")));
            !st)
            return st;
    }
    return {};
}

HttpResponse push(ServerContext &ctx, const HttpRequest &request) {
    auto caller = ctx.authorize(request, ApiOperation::SyncPush);
    if (caller.refusal)
        return *caller.refusal;
    auto body = JsonShape::parseObject(request.body);
    if (!body)
        return HttpResponse::error(400, body.error());
    if (Status st = JsonShape::check(body.value(), kPushFields); !st)
        return HttpResponse::error(400, st.error());
    const QString clientId = body.value().value(QStringLiteral("client_id")).toString();
    if (clientId.isEmpty() || clientId.size() > 128)
        return HttpResponse::error(400, QStringLiteral("field 'client_id' needs 1 to 128 "
                                                       "characters"));
    auto entries = readEntries(body.value().value(QStringLiteral("entries")).toArray(),
                               ctx.settings().maxPushEntries);
    if (!entries)
        return HttpResponse::error(entries.error().contains(QLatin1String("at most")) ? 413 : 400,
                                   entries.error());
    Database &db = *caller.db;
    SyncJournal journal(db);
    QList<SyncAck> acks;
    qint64 newest = 0;
    const Status st = db.transaction([&]() -> Status {
        if (Status s = lockServerWrites(db); !s)
            return s;
        auto applied =
            journal.apply(clientId, caller.session.userName, entries.value(), ctx.clock().now());
        if (!applied)
            return Status::failure(applied.error());
        acks = applied.value();
        if (Status s = auditFaceOverrides(ctx, db, clientId, caller.session.userName,
                                          entries.value(), acks);
            !s)
            return s;
        int counts[3] = {0, 0, 0};
        for (const SyncAck &a : std::as_const(acks)) {
            ++counts[int(a.status)];
            if (a.status != SyncStatus::Duplicate)
                newest = qMax(newest, a.seq);
        }
        if (Status s =
                ctx.audit(db, caller.session.userName, QStringLiteral("sync.push"), clientId,
                          QStringLiteral("%1 applied, %2 duplicate, %3 conflict, last seq %4")
                              .arg(counts[0])
                              .arg(counts[1])
                              .arg(counts[2])
                              .arg(newest));
            !s)
            return s;
        return newest > 0 ? ctx.notifySyncInTransaction(db, newest) : Status();
    });
    if (!st)
        return ServerContext::internalError(request, st.error());
    if (newest > 0)
        ctx.publishSyncAfterCommit(db, newest);
    QJsonArray out;
    for (const SyncAck &a : std::as_const(acks))
        out.append(ackJson(a));
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("acks"), out},
                         {QStringLiteral("server_fingerprint"), journal.fingerprint()}});
}

Result<qint64> integerParameter(const HttpRequest &request, const QString &name, qint64 fallback,
                                qint64 min, qint64 max) {
    if (!request.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 v = request.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        return Result<qint64>::failure(QStringLiteral("query parameter '%1' must be an integer "
                                                      "from %2 to %3")
                                           .arg(name)
                                           .arg(min)
                                           .arg(max));
    return v;
}

HttpResponse pull(ServerContext &ctx, const HttpRequest &request) {
    auto caller = ctx.authorize(request, ApiOperation::SyncPull);
    if (caller.refusal)
        return *caller.refusal;
    for (const auto &item : request.query.queryItems())
        if (item.first != QLatin1String("since") && item.first != QLatin1String("limit"))
            return HttpResponse::error(400, QStringLiteral("unknown query parameter '%1' "
                                                           "(expected: since, limit)")
                                                .arg(item.first));
    auto since = integerParameter(request, QStringLiteral("since"), 0, 0,
                                  std::numeric_limits<qint64>::max());
    if (!since)
        return HttpResponse::error(400, since.error());
    auto limit =
        integerParameter(request, QStringLiteral("limit"), 500, 1, ctx.settings().maxPullLimit);
    if (!limit)
        return HttpResponse::error(400, limit.error());
    SyncJournal journal(*caller.db);
    auto page = journal.pull(since.value(), int(limit.value()));
    if (!page)
        return ServerContext::internalError(request, page.error());
    QJsonArray changes;
    for (const SyncChange &c : std::as_const(page->changes))
        changes.append(QJsonObject{{QStringLiteral("seq"), c.seq},
                                   {QStringLiteral("entity"), c.entity},
                                   {QStringLiteral("key"), c.key},
                                   {QStringLiteral("revision"), c.revision},
                                   {QStringLiteral("payload"), c.payload},
                                   {QStringLiteral("deleted"), c.deleted}});
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("changes"), changes},
                         {QStringLiteral("next"), page->next},
                         {QStringLiteral("more"), page->more},
                         {QStringLiteral("server_fingerprint"), journal.fingerprint()}});
}

} // namespace

void addSyncEndpoints(HttpRouter &router, ServerContext &context) {
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/sync/push"),
               [&context](const HttpRequest &r) { return push(context, r); });
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/sync/pull"),
               [&context](const HttpRequest &r) { return pull(context, r); });
}

} // namespace ow
