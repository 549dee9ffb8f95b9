#pragma once

#include "syncstore.h"
#include "synctransport.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QStringList>

namespace ow::test {

// An in-memory server that keeps state like onewindow-server (records with revisions, a change
// feed with one sequence, the uuid journal, conflicts in the feed, resumable attachments) and
// injects faults: error statuses, timeouts, hanging replies (processed, answer lost), truncated
// and malformed bodies.
class FakeSyncServer final : public SyncTransport {
public:
    struct Fault {
        enum class Kind {
            Status,    // answers `status` without doing anything
            Timeout,   // no answer, nothing done
            Hang,      // does the work, then the answer never arrives (client times out)
            Truncated, // does the work, the 200 body is cut in half
            Malformed, // does the work, the 200 body has the wrong shape
        };
        Kind kind = Kind::Status;
        int status = 500;
        QString path; // prefix of the request path it applies to
        int times = 1;
    };
    struct Change {
        qint64 seq = 0;
        QString entity, key;
        qint64 revision = 0;
        QJsonObject payload;
        bool deleted = false;
    };
    struct State { // what a backup holds
        QList<Change> changes;
        QMap<QPair<QString, QString>, qint64> revisions;
        QHash<QString, QJsonObject> journal; // uuid -> first ack
        QHash<QString, int> applications;    // uuid -> times applied or flagged
        QString fingerprint;
    };

    FakeSyncServer();
    TransportReply exchange(const TransportRequest &request) override;

    void inject(const Fault &fault) { m_faults << fault; }
    void clearFaults() { m_faults.clear(); }
    void expireTokens() { m_tokens.clear(); }

    // A change made by some other client (applied straight into the state).
    void applyFromElsewhere(const QString &entity, const QString &key, const QJsonObject &payload);
    State backup() const { return m_state; }
    void restore(const State &state) { m_state = state; }
    void replaceWithEmptyServer(); // a new database: new fingerprint, nothing in it

    // The state a complete pull from 0 yields: the newest change of every (entity, key).
    QList<ReplicaRecord> records() const;
    // How often each uuid was applied or recorded as conflict (must be at most once).
    // (A restored backup forgets later applications, as a real database would.)
    const QHash<QString, int> &applications() const { return m_state.applications; }
    qint64 lastSeq() const { return m_state.changes.isEmpty() ? 0 : m_state.changes.last().seq; }
    int requestCount() const { return m_requests; }
    QStringList &log() { return m_log; }

    // Attachments: bytes received per SHA-256, and whether complete.
    QHash<QString, QByteArray> uploads;
    QHash<QString, bool> complete;
    bool corruptDownloads = false;

private:
    TransportReply handle(const TransportRequest &request);
    TransportReply push(const QByteArray &body);
    TransportReply pull(const QString &query);
    TransportReply attachment(const TransportRequest &request);
    qint64 appendChange(Change change);
    State m_state;
    QList<Fault> m_faults;
    QStringList m_tokens;
    int m_requests = 0;
    QStringList m_log;
};

} // namespace ow::test
