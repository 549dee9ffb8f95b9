#pragma once

#include "stoppablesleeper.h"
#include "syncengine.h"
#include "syncworker.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace ow {

// The GUI thread's handle on background sync: starts a SyncWorker on a thread of its own,
// forwards nudges to it, and keeps the latest SyncState for the status bar. The engine blocks on
// its transport, so it must never run on the GUI thread; this matters doubly for the embedded
// server, which answers on the GUI thread's event loop.
class SyncThread : public QObject {
    Q_OBJECT
public:
    explicit SyncThread(QObject *parent = nullptr);
    ~SyncThread() override; // stop()

    void start(SyncWorkerConfig config);
    // Stops the timer and any retry wait, ends the thread's event loops (a request in flight is
    // abandoned: the next start pushes it again, the server applies it once) and joins it.
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }

    // Sync cannot run at all (bad settings, no server): shown as offline with the reason.
    void fail(const QString &why);

    const SyncState &state() const { return m_state; }
    const QUrl &server() const { return m_server; }

    // A local write was committed: the pending count is re-read now and a cycle runs soon.
    void nudge();

signals:
    void stateChanged(const ow::SyncState &state);

private:
    void receive(const ow::SyncState &state);

    QThread m_thread;
    StoppableSleeper m_sleeper;
    QPointer<SyncWorker> m_worker;
    SyncState m_state;
    QUrl m_server;
};

} // namespace ow
