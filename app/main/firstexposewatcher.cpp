#include "firstexposewatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace ow {

namespace {
QElapsedTimer &fallbackTimer() {
    static QElapsedTimer timer;
    return timer;
}

// Field 22 of /proc/self/stat: the start time in clock ticks after boot.
double processStartSecondsAfterBoot() {
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The command name (field 2) may hold spaces; the fields after it start past the last ')'.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    constexpr int startTimeAfterCommand = 22 - 3; // field 3 is the first after ')'
    if (fields.size() <= startTimeAfterCommand)
        return -1;
    bool ok = false;
    const double ticks = fields[startTimeAfterCommand].toDouble(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    return ok && ticksPerSecond > 0 ? ticks / static_cast<double>(ticksPerSecond) : -1;
}
} // namespace

FirstExposeWatcher::FirstExposeWatcher(QObject *parent)
    : QObject(parent) {
    fallbackTimer().start();
}

double FirstExposeWatcher::msSinceProcessStart() {
    const double started = processStartSecondsAfterBoot();
    timespec now{};
    if (started >= 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
        const double nowSeconds =
            static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
        return (nowSeconds - started) * 1000.0;
    }
    return static_cast<double>(fallbackTimer().nsecsElapsed()) / 1e6;
}

bool FirstExposeWatcher::eventFilter(QObject *watched, QEvent *event) {
    if (!m_done && event->type() == QEvent::Expose) {
        auto *window = qobject_cast<QWindow *>(watched);
        if (window && window->isExposed()) {
            m_done = true;
            // Let the window handle the expose (its first paint) before measuring.
            QTimer::singleShot(0, this, [] {
                std::printf("shown %.1f\n", msSinceProcessStart());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ow
