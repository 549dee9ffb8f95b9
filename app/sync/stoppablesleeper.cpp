#include "stoppablesleeper.h"

#include <QDeadlineTimer>

namespace ow {

void StoppableSleeper::sleep(int ms) {
    QMutexLocker lock(&m_mutex);
    const QDeadlineTimer deadline(ms);
    // Loop: wait() may wake spuriously.
    while (!m_stopped && !deadline.hasExpired())
        m_wake.wait(&m_mutex, deadline);
}

void StoppableSleeper::stop() {
    QMutexLocker lock(&m_mutex);
    m_stopped = true;
    m_wake.wakeAll();
}

bool StoppableSleeper::stopped() const {
    QMutexLocker lock(&m_mutex);
    return m_stopped;
}

} // namespace ow
