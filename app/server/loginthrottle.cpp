#include "loginthrottle.h"

#include "clock.h"

#include <QMutexLocker>

namespace ow {

namespace {

QString keyOf(const QString &name) {
    return name.trimmed().toLower();
}

} // namespace

qint64 LoginThrottle::lockedForSeconds(const QString &name) {
    QMutexLocker lock(&m_mutex);
    const auto it = m_states.constFind(keyOf(name));
    if (it == m_states.constEnd() || it->lockedUntilMs == 0)
        return 0;
    const qint64 remainingMs = it->lockedUntilMs - m_clock.now().toMSecsSinceEpoch();
    if (remainingMs <= 0) {
        // The lock ran out: a fresh start of maxFailures tries.
        m_states.remove(keyOf(name));
        return 0;
    }
    return (remainingMs + 999) / 1000;
}

qint64 LoginThrottle::recordFailure(const QString &name) {
    QMutexLocker lock(&m_mutex);
    State &s = m_states[keyOf(name)];
    ++s.failures;
    if (s.failures < m_maxFailures)
        return 0;
    s.lockedUntilMs = m_clock.now().toMSecsSinceEpoch() + qint64(m_lockSeconds) * 1000;
    return m_lockSeconds;
}

void LoginThrottle::recordSuccess(const QString &name) {
    QMutexLocker lock(&m_mutex);
    m_states.remove(keyOf(name));
}

} // namespace ow
