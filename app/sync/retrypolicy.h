#pragma once

#include <QRandomGenerator>

namespace ow {

// Exponential backoff with jitter: attempt n (1-based) waits base * 2^(n-1), capped at max,
// then reduced by a random share of up to `jitter` so that many workstations coming back at once
// after an outage do not hit the server in step.
struct RetryPolicy {
    int attempts = 4;      // tries per request (1 = no retry)
    int baseDelayMs = 500; // before the 2nd try
    int maxDelayMs = 30000;
    double jitter = 0.5; // 0..1

    int delayMs(int attempt, QRandomGenerator &random) const;
    int ceilingMs(int attempt) const; // the delay before jitter
};

// Waits between retries. The product one sleeps the calling (sync) thread; tests record the
// delays instead of waiting.
class Sleeper {
public:
    virtual ~Sleeper() = default;
    virtual void sleep(int ms) = 0;
};

class ThreadSleeper final : public Sleeper {
public:
    void sleep(int ms) override;
};

} // namespace ow
