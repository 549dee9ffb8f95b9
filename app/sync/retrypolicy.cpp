#include "retrypolicy.h"

#include <QThread>

#include <algorithm>

namespace ow {

int RetryPolicy::ceilingMs(int attempt) const {
    qint64 delay = baseDelayMs;
    for (int i = 1; i < attempt && delay < maxDelayMs; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, maxDelayMs));
}

int RetryPolicy::delayMs(int attempt, QRandomGenerator &random) const {
    const int ceiling = ceilingMs(attempt);
    const double share = std::clamp(jitter, 0.0, 1.0) * random.generateDouble();
    return int(ceiling * (1.0 - share));
}

void ThreadSleeper::sleep(int ms) {
    QThread::msleep(ulong(std::max(ms, 0)));
}

} // namespace ow
