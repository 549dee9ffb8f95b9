#pragma once

#include "syncengine.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QTimer;

namespace ow {

class Database;
class NetworkTransport;
class StoppableSleeper;

// What a background sync needs: the workstation's database file, the server and its account,
// and the pace.
struct SyncWorkerConfig {
    QString databasePath; // the workstation's SQLite file (its own connection is opened)
    QUrl server;
    QString user;
    QString password;
    int intervalMs = 15000; // between cycles while all is well
    int nudgeDelayMs = 300; // after a local write: soon, letting a burst of saves settle
    int timeoutMs = 15000;  // a request without progress for this long counts as unreachable
    SyncConfig engine;
};

// Runs the blocking SyncEngine on its own thread (SyncThread moves it there): opens its own
// connection to the workstation database (connections never cross threads), owns the transport
// and the engine, runs a cycle every interval, sooner after nudge(), and backs off while the
// server cannot be reached. Everything here runs on the worker thread.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    SyncWorker(SyncWorkerConfig config, StoppableSleeper &sleeper);
    ~SyncWorker() override;

    // On the worker thread, when it starts: open, then the first cycle at once.
    void begin();
    // A local write happened: count it now, push it soon.
    void nudge();

signals:
    void stateChanged(const ow::SyncState &state);

private:
    void runCycle();
    void scheduleNext(int delayMs);

    SyncWorkerConfig m_config;
    StoppableSleeper &m_sleeper;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<SyncEngine> m_engine;
    QTimer *m_timer = nullptr;
    // The transport waits in a local event loop, where timers and queued nudges still arrive:
    // these keep a cycle from starting inside another.
    bool m_busy = false;
    bool m_nudgedWhileBusy = false;
};

} // namespace ow
