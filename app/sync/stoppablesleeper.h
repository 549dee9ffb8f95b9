#pragma once

#include "retrypolicy.h"

#include <QMutex>
#include <QWaitCondition>

namespace ow {

// A Sleeper for the background sync thread: waits between retries like ThreadSleeper, but
// stop() (from any thread) wakes it at once and makes every later wait return immediately, so
// shutting the workstation down never waits for a retry delay.
class StoppableSleeper final : public Sleeper {
public:
    void sleep(int ms) override;
    void stop();
    bool stopped() const;

private:
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopped = false;
};

} // namespace ow
