#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace ow {

class Clock;

// Per-user login rate limit: after maxFailures failed logins in a row the name is locked for
// lockSeconds; a success clears the count. Thread-safe (login handlers run on the worker pool).
// Per server instance: with N instances an attacker gets at most N x maxFailures tries a window.
class LoginThrottle {
public:
    LoginThrottle(const Clock &clock, int maxFailures = 5, int lockSeconds = 60)
        : m_clock(clock)
        , m_maxFailures(maxFailures)
        , m_lockSeconds(lockSeconds) {}

    // Seconds until the name may try again, or 0 when it may try now.
    qint64 lockedForSeconds(const QString &name);
    // Records a failure; returns the lock in seconds it caused (0 when not locked yet).
    qint64 recordFailure(const QString &name);
    void recordSuccess(const QString &name);

private:
    struct State {
        int failures = 0;
        qint64 lockedUntilMs = 0;
    };
    const Clock &m_clock;
    int m_maxFailures;
    int m_lockSeconds;
    QMutex m_mutex;
    QHash<QString, State> m_states;
};

} // namespace ow
