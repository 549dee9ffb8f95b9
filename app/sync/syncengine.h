#pragma once

#include "result.h"
#include "retrypolicy.h"
#include "syncrequester.h"
#include "syncstore.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

namespace ow {

class Database;
class SyncTransport;

// What the workstation's status bar shows: online / offline / syncing with the pending count.
struct SyncState {
    enum class Connection { Offline, Online, Syncing };
    Connection connection = Connection::Offline;
    int pending = 0;   // outbox entries not yet acknowledged
    int conflicts = 0; // open conflicts of this workstation
    QString lastError; // empty after a good sync
    QDateTime lastSuccess;
    friend bool operator==(const SyncState &, const SyncState &) = default;
    static QString connectionName(Connection c); // offline, online, syncing
};

struct SyncReport {
    int pushed = 0; // entries acknowledged in this cycle
    int applied = 0;
    int duplicates = 0;
    int conflicts = 0;
    int pulled = 0; // changes applied to the replica
    bool restoreDetected = false;
    qint64 cursor = 0;
    int uploaded = 0;       // local attachments (scanned PDFs) uploaded in this cycle
    int uploadsRefused = 0; // ones the server refused: kept, tried again next cycle
};

struct SyncConfig {
    int pushBatch = 1000; // the server's limit per push
    int pullLimit = 1000; // changes per pull page (server: 1..5000)
    RetryPolicy retry;
    int cycleBaseDelayMs = 2000; // backoff between failed cycles (nextDelayMs)
    int cycleMaxDelayMs = 300000;
};

// The client side of sync (docs/sync.md): pushes the outbox in batches, applies acks and pulled
// changes to the replica transactionally, detects a restored server and re-pushes, and reports
// its state. Owns nothing but its helpers: the database connection and transport belong to the
// caller and must be used on the engine's thread.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    SyncEngine(Database &db, SyncTransport &transport, Sleeper &sleeper, SyncConfig config = {},
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // Logged in on demand, and again after a 401.
    void setCredentials(const QString &user, const QString &password);
    Status login();

    // One cycle: upload the pending local attachments, push everything pending, then pull
    // until the server has no more.
    Result<SyncReport> syncOnce();
    // Uploads the pending local attachments (LocalAttachmentStore) and marks them uploaded, so
    // the records that name them reach the server after their bytes. An unreachable server
    // fails the step; a refused upload is recorded on the attachment and the step goes on.
    Result<SyncReport> uploadPending();
    Result<SyncReport> push();
    Result<SyncReport> pull();

    Result<QString> uploadAttachment(const QByteArray &content);
    Result<QByteArray> downloadAttachment(const QString &sha256);
    // Takes `payload` as the new version of the conflicting record (queued on the server's
    // revision); the conflict stops counting as open.
    Status resolveConflict(const QString &uuid, const QJsonObject &payload, bool deleted = false);

    SyncState state() const { return m_state; }
    // Re-reads the pending and conflict counts (call after local writes); emits if changed.
    void refreshCounts();
    // How long to wait before the next cycle: the normal interval after success, exponential
    // backoff with jitter after consecutive failures.
    int nextDelayMs(int intervalMs);

    SyncStore &store() { return *m_store; }
    SyncRequester &requester() { return *m_requester; }
    // Tests: called before every database write of the apply steps; a failure aborts it.
    void setWriteHook(SyncStore::WriteHook hook);

signals:
    void stateChanged(const ow::SyncState &state);

private:
    enum class Step { Done, Restored };
    Status uploadAll(SyncReport &report);
    Result<Step> pushAll(SyncReport &report);
    Result<Step> pullAll(SyncReport &report);
    Result<Step> pullPage(SyncReport &report, bool *more);
    Status recover(const QString &fingerprint, SyncReport &report);
    void setConnection(SyncState::Connection c, const QString &error);
    template <typename T> Result<T> finish(Result<T> r);

    std::unique_ptr<SyncStore> m_store;
    std::unique_ptr<SyncRequester> m_requester;
    SyncConfig m_config;
    SyncState m_state;
    int m_failedCycles = 0;
    bool m_recovered = false; // one recovery per cycle
};

} // namespace ow

Q_DECLARE_METATYPE(ow::SyncState)
