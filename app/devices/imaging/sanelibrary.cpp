#include "sanelibrary.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <sane/sane.h>

#include <csignal>

namespace ow {

namespace {

QMutex &initMutex() {
    static QMutex mutex;
    return mutex;
}
int g_holders = 0;
SANE_Status g_initStatus = SANE_STATUS_GOOD;

// Many backends (the test backend among them) feed sane_read from a reader thread through a
// pipe. When a scan is cancelled or jams mid-page the read end closes first, and the reader's
// next write raises SIGPIPE, which by default ends the whole program. scanimage handles it the
// same way; an application that installed its own handler keeps it.
void ignoreBrokenPipes() {
    struct sigaction current {};
    if (sigaction(SIGPIPE, nullptr, &current) == 0 && current.sa_handler == SIG_DFL)
        std::signal(SIGPIPE, SIG_IGN);
}

} // namespace

SaneLibrary::SaneLibrary() {
    const QMutexLocker lock(&initMutex());
    if (g_holders == 0) {
        ignoreBrokenPipes();
        SANE_Int version = 0;
        g_initStatus = sane_init(&version, nullptr);
    }
    ++g_holders;
    if (g_initStatus != SANE_STATUS_GOOD)
        m_status =
            Status::failure(QCoreApplication::translate(
                                "SaneLibrary", "The scanner library (SANE) did not start: %1")
                                .arg(QString::fromUtf8(sane_strstatus(g_initStatus))));
}

SaneLibrary::~SaneLibrary() {
    const QMutexLocker lock(&initMutex());
    if (--g_holders == 0 && g_initStatus == SANE_STATUS_GOOD)
        sane_exit();
}

} // namespace ow
