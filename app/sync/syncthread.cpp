#include "syncthread.h"

namespace ow {

SyncThread::SyncThread(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<ow::SyncState>();
    m_thread.setObjectName(QStringLiteral("sync"));
}

SyncThread::~SyncThread() {
    stop();
}

void SyncThread::start(SyncWorkerConfig config) {
    if (m_thread.isRunning() || m_sleeper.stopped())
        return;
    m_server = config.server;
    auto *worker = new SyncWorker(std::move(config), m_sleeper);
    worker->moveToThread(&m_thread);
    // Queued across the threads: the state arrives on this (GUI) thread.
    connect(worker, &SyncWorker::stateChanged, this, &SyncThread::receive, Qt::QueuedConnection);
    connect(&m_thread, &QThread::started, worker, &SyncWorker::begin);
    // Deleted on the worker thread as it finishes, with its database connection.
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread.start();
}

void SyncThread::stop() {
    m_sleeper.stop();
    if (!m_thread.isRunning())
        return;
    // quit() ends every event loop of the thread, including the transport's local one, so a
    // request to a server that no longer answers does not hold the join up.
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void SyncThread::fail(const QString &why) {
    SyncState failed;
    failed.connection = SyncState::Connection::Offline;
    failed.pending = m_state.pending;
    failed.lastError = why;
    receive(failed);
}

void SyncThread::nudge() {
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::nudge, Qt::QueuedConnection);
}

void SyncThread::receive(const SyncState &state) {
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(m_state);
}

} // namespace ow
