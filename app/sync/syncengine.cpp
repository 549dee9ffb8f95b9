#include "syncengine.h"

#include "attachmentsync.h"
#include "database.h"
#include "localattachmentstore.h"
#include "synclog.h"
#include "syncprotocol.h"

namespace ow {

namespace {

Status parsedPush(const QByteArray &body, const QList<OutboxEntry> &batch) {
    auto parsed = SyncProtocol::parsePush(body, batch);
    return parsed ? Status() : Status::failure(parsed.error());
}

Status parsedPull(const QByteArray &body) {
    auto parsed = SyncProtocol::parsePull(body);
    return parsed ? Status() : Status::failure(parsed.error());
}

} // namespace

QString SyncState::connectionName(Connection c) {
    switch (c) {
    case Connection::Offline:
        return QStringLiteral("offline");
    case Connection::Online:
        return QStringLiteral("online");
    case Connection::Syncing:
        return QStringLiteral("syncing");
    }
    return {};
}

SyncEngine::SyncEngine(Database &db, SyncTransport &transport, Sleeper &sleeper, SyncConfig config,
                       QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<SyncStore>(db))
    , m_requester(std::make_unique<SyncRequester>(transport, sleeper, config.retry))
    , m_config(config) {
    qRegisterMetaType<ow::SyncState>();
    refreshCounts();
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setCredentials(const QString &user, const QString &password) {
    m_requester->setCredentials(user, password);
}

Status SyncEngine::login() {
    return m_requester->login();
}

void SyncEngine::setWriteHook(SyncStore::WriteHook hook) {
    m_store->setWriteHook(std::move(hook));
}

void SyncEngine::refreshCounts() {
    SyncState next = m_state;
    if (auto n = m_store->pendingCount())
        next.pending = n.value();
    if (auto n = m_store->openConflictCount())
        next.conflicts = n.value();
    if (next != m_state) {
        m_state = next;
        emit stateChanged(m_state);
    }
}

void SyncEngine::setConnection(SyncState::Connection c, const QString &error) {
    SyncState next = m_state;
    next.connection = c;
    next.lastError = error;
    if (c == SyncState::Connection::Online && error.isEmpty())
        next.lastSuccess = QDateTime::currentDateTimeUtc();
    if (next != m_state) {
        m_state = next;
        emit stateChanged(m_state);
    }
}

template <typename T> Result<T> SyncEngine::finish(Result<T> r) {
    if (r) {
        m_failedCycles = 0;
        setConnection(SyncState::Connection::Online, QString());
    } else {
        ++m_failedCycles;
        qCWarning(lcSync, "sync failed: %s", qPrintable(r.error()));
        const bool unreachable = m_requester->lastFailure() == FailureKind::Unreachable;
        setConnection(unreachable ? SyncState::Connection::Offline : SyncState::Connection::Online,
                      r.error());
    }
    refreshCounts();
    return r;
}

int SyncEngine::nextDelayMs(int intervalMs) {
    if (m_failedCycles == 0)
        return intervalMs;
    const RetryPolicy cycle{0, m_config.cycleBaseDelayMs, m_config.cycleMaxDelayMs, 0.5};
    return cycle.delayMs(m_failedCycles, *QRandomGenerator::global());
}

Result<SyncReport> SyncEngine::syncOnce() {
    setConnection(SyncState::Connection::Syncing, m_state.lastError);
    m_recovered = false;
    SyncReport report;
    if (Status st = uploadAll(report); !st)
        return finish(Result<SyncReport>::failure(st.error()));
    // A restore found midway starts the cycle again: re-push, then pull from 0.
    for (int round = 0; round < 3; ++round) {
        auto pushed = pushAll(report);
        if (!pushed)
            return finish(Result<SyncReport>::failure(pushed.error()));
        if (pushed.value() == Step::Restored)
            continue;
        auto pulled = pullAll(report);
        if (!pulled)
            return finish(Result<SyncReport>::failure(pulled.error()));
        if (pulled.value() == Step::Restored)
            continue;
        report.cursor = m_store->cursor();
        return finish(Result<SyncReport>(report));
    }
    return finish(Result<SyncReport>::failure(QStringLiteral("sync did not settle")));
}

Result<SyncReport> SyncEngine::uploadPending() {
    setConnection(SyncState::Connection::Syncing, m_state.lastError);
    SyncReport report;
    if (Status st = uploadAll(report); !st)
        return finish(Result<SyncReport>::failure(st.error()));
    return finish(Result<SyncReport>(report));
}

Status SyncEngine::uploadAll(SyncReport &report) {
    LocalAttachmentStore attachments(m_store->database());
    auto pending = attachments.pending();
    if (!pending)
        return Status::failure(pending.error());
    if (pending->isEmpty())
        return {};
    if (m_requester->token().isEmpty())
        if (Status st = m_requester->login(); !st)
            return st;
    for (const LocalAttachment &a : pending.value()) {
        auto content = attachments.content(a.sha256);
        Result<QString> sent = content ? AttachmentSync(*m_requester).upload(content.value())
                                       : Result<QString>::failure(content.error());
        if (sent) {
            if (Status st = attachments.markUploaded(a.sha256, QDateTime::currentDateTimeUtc());
                !st)
                return st;
            ++report.uploaded;
            continue;
        }
        attachments.recordFailure(a.sha256, sent.error()); // best effort: bookkeeping
        // A damaged local copy or a refusal must not hold up every other record: note it and go
        // on. An unreachable server ends the cycle (the records wait for their bytes).
        if (content && m_requester->lastFailure() != FailureKind::Refused)
            return Status::failure(QStringLiteral("upload %1: %2").arg(a.sha256, sent.error()));
        qCWarning(lcSync, "attachment %s not uploaded: %s", qPrintable(a.sha256),
                  qPrintable(sent.error()));
        ++report.uploadsRefused;
    }
    return {};
}

Result<SyncReport> SyncEngine::push() {
    setConnection(SyncState::Connection::Syncing, m_state.lastError);
    m_recovered = false;
    SyncReport report;
    auto pushed = pushAll(report);
    if (!pushed)
        return finish(Result<SyncReport>::failure(pushed.error()));
    return finish(Result<SyncReport>(report));
}

Result<SyncReport> SyncEngine::pull() {
    setConnection(SyncState::Connection::Syncing, m_state.lastError);
    m_recovered = false;
    SyncReport report;
    auto pulled = pullAll(report);
    if (!pulled)
        return finish(Result<SyncReport>::failure(pulled.error()));
    report.cursor = m_store->cursor();
    return finish(Result<SyncReport>(report));
}

Status SyncEngine::recover(const QString &fingerprint, SyncReport &report) {
    if (m_recovered)
        return Status::failure(QStringLiteral("the server looked restored twice in one cycle"));
    qCWarning(lcSync, "the server was restored from a backup or replaced: re-pushing every sent "
                      "entry and pulling from 0");
    m_recovered = true;
    report.restoreDetected = true;
    return m_store->prepareResync(fingerprint);
}

Result<SyncEngine::Step> SyncEngine::pushAll(SyncReport &report) {
    using R = Result<Step>;
    auto clientId = m_store->clientId();
    if (!clientId)
        return R::failure(clientId.error());
    if (m_requester->token().isEmpty())
        if (Status st = m_requester->login(); !st)
            return R::failure(st.error());
    for (;;) {
        auto batch = m_store->pendingBatch(m_config.pushBatch);
        if (!batch)
            return R::failure(batch.error());
        if (batch->isEmpty())
            return Step::Done;
        auto reply = m_requester->call(
            {"POST",
             QStringLiteral("/api/v1/sync/push"),
             SyncProtocol::pushBody(clientId.value(), batch.value()),
             "application/json",
             {},
             {}},
            [&](const QByteArray &body) { return parsedPush(body, batch.value()); });
        if (!reply) {
            m_store->recordFailure(batch.value(), reply.error()); // best effort: bookkeeping
            return R::failure(reply.error());
        }
        const PushReply acks = SyncProtocol::parsePush(reply->body, batch.value()).value();
        const QString known = m_store->fingerprint();
        const qint64 cursor = m_store->cursor();
        bool restored = !known.isEmpty() && known != acks.fingerprint;
        for (const PushAck &a : acks.acks) {
            // A fresh seq at or below what we already pulled: the server's sequence went back.
            if (a.outcome != AckOutcome::Duplicate && a.seq <= cursor)
                restored = true;
            report.applied += a.outcome == AckOutcome::Applied;
            report.duplicates += a.outcome == AckOutcome::Duplicate;
            report.conflicts += !a.landed();
        }
        if (Status st = m_store->applyAcks(batch.value(), acks); !st)
            return R::failure(QStringLiteral("store acknowledgements: %1").arg(st.error()));
        report.pushed += int(batch->size());
        if (restored) {
            if (Status st = recover(acks.fingerprint, report); !st)
                return R::failure(st.error());
            return Step::Restored;
        }
    }
}

Result<SyncEngine::Step> SyncEngine::pullAll(SyncReport &report) {
    if (m_requester->token().isEmpty())
        if (Status st = m_requester->login(); !st)
            return Result<Step>::failure(st.error());
    bool more = true;
    while (more) {
        auto step = pullPage(report, &more);
        if (!step || step.value() == Step::Restored)
            return step;
    }
    return Step::Done;
}

Result<SyncEngine::Step> SyncEngine::pullPage(SyncReport &report, bool *more) {
    using R = Result<Step>;
    const qint64 cursor = m_store->cursor();
    // Ask from one before the cursor: the change at the cursor must still be the one we saw.
    const qint64 since = cursor > 0 ? cursor - 1 : 0;
    auto reply = m_requester->call(
        {"GET",
         QStringLiteral("/api/v1/sync/pull?since=%1&limit=%2").arg(since).arg(m_config.pullLimit),
         {},
         {},
         {},
         {}},
        parsedPull);
    if (!reply)
        return R::failure(reply.error());
    PullReply page = SyncProtocol::parsePull(reply->body).value();
    const QString known = m_store->fingerprint();
    bool restored = !known.isEmpty() && known != page.fingerprint;
    if (!restored && cursor > 0) {
        restored = page.changes.isEmpty() ||
                   SyncStore::anchorOf(page.changes.first()) != m_store->anchor();
        if (!restored)
            page.changes.removeFirst();
    }
    if (restored) {
        if (Status st = recover(page.fingerprint, report); !st)
            return R::failure(st.error());
        return Step::Restored;
    }
    if (Status st = m_store->applyPage(page); !st)
        return R::failure(QStringLiteral("store pulled changes: %1").arg(st.error()));
    report.pulled += int(page.changes.size());
    *more = page.more;
    return Step::Done;
}

Result<QString> SyncEngine::uploadAttachment(const QByteArray &content) {
    return AttachmentSync(*m_requester).upload(content);
}

Result<QByteArray> SyncEngine::downloadAttachment(const QString &sha256) {
    return AttachmentSync(*m_requester).download(sha256);
}

Status SyncEngine::resolveConflict(const QString &uuid, const QJsonObject &payload, bool deleted) {
    const Status st = m_store->resolveConflict(uuid, payload, deleted);
    refreshCounts();
    return st;
}

} // namespace ow
