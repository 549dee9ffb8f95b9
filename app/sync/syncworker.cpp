#include "syncworker.h"

#include "database.h"
#include "networktransport.h"
#include "stoppablesleeper.h"
#include "synclog.h"

#include <QTimer>

namespace ow {

SyncWorker::SyncWorker(SyncWorkerConfig config, StoppableSleeper &sleeper)
    : m_config(std::move(config))
    , m_sleeper(sleeper) {}

// Runs on the worker thread (deleteLater after the thread's loop ended): the connection is
// closed where it was opened.
SyncWorker::~SyncWorker() = default;

void SyncWorker::begin() {
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::runCycle);

    auto db = Database::open(DatabaseUrl::sqlite(m_config.databasePath));
    if (!db) {
        SyncState failed;
        failed.lastError = db.error();
        qCWarning(lcSync, "background sync cannot open %s: %s", qPrintable(m_config.databasePath),
                  qPrintable(db.error()));
        emit stateChanged(failed);
        return;
    }
    m_db = std::move(db.value());
    m_transport = std::make_unique<NetworkTransport>(m_config.server, m_config.timeoutMs);
    m_engine = std::make_unique<SyncEngine>(*m_db, *m_transport, m_sleeper, m_config.engine);
    m_engine->setCredentials(m_config.user, m_config.password);
    connect(m_engine.get(), &SyncEngine::stateChanged, this, &SyncWorker::stateChanged);
    qCInfo(lcSync, "background sync to %s as %s every %d ms",
           qPrintable(m_config.server.toString()), qPrintable(m_config.user), m_config.intervalMs);
    emit stateChanged(m_engine->state());
    // From the thread's event loop rather than here, so that stop() can always end it.
    scheduleNext(0);
}

void SyncWorker::nudge() {
    if (!m_engine || m_sleeper.stopped())
        return;
    m_engine->refreshCounts();
    if (m_busy) {
        m_nudgedWhileBusy = true;
        return;
    }
    // Also while offline: a clerk's save is a good moment to look again.
    if (!m_timer->isActive() || m_timer->remainingTime() > m_config.nudgeDelayMs)
        scheduleNext(m_config.nudgeDelayMs);
}

void SyncWorker::runCycle() {
    if (!m_engine || m_sleeper.stopped())
        return;
    if (m_busy) {
        m_nudgedWhileBusy = true;
        return;
    }
    m_busy = true;
    m_nudgedWhileBusy = false;
    m_timer->stop();
    const bool ok = m_engine->syncOnce().ok();
    m_busy = false;
    int delay = m_engine->nextDelayMs(m_config.intervalMs);
    // A write during a good cycle may have missed its push: go again soon.
    if (ok && m_nudgedWhileBusy)
        delay = qMin(delay, m_config.nudgeDelayMs);
    scheduleNext(delay);
}

void SyncWorker::scheduleNext(int delayMs) {
    if (m_sleeper.stopped())
        return;
    m_timer->start(delayMs);
}

} // namespace ow
