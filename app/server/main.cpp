#include "admincommand.h"
#include "serverapp.h"
#include "serveroptions.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace {

std::atomic<bool> g_stopRequested{false};

void requestStop(int) {
    g_stopRequested = true;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationName(QStringLiteral("onewindow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{if-warning}warning "
                                      "%{endif}%{if-critical}error %{endif}%{message}"));
    QTextStream in(stdin), out(stdout), err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);

    if (!args.isEmpty() && args.first() == QLatin1String("admin"))
        return ow::AdminCommand(in, out, err).run(args.mid(1));

    auto options = ow::ServerOptions::parse(args);
    if (!options) {
        err << "onewindow-server: " << options.error() << "\n";
        return 2;
    }
    if (options->help) {
        out << ow::ServerOptions::usage();
        return 0;
    }
    if (options->version) {
        out << "onewindow-server " << ONEWINDOW_VERSION << "\n";
        return 0;
    }
    ow::ServerApp server(options.value());
    if (ow::Status st = server.start(); !st) {
        err << "onewindow-server: " << st.error() << "\n";
        return 1;
    }
    // SIGTERM/SIGINT only set a flag; the event loop notices it and stops in order.
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &app, [] {
        if (g_stopRequested)
            QCoreApplication::quit();
    });
    stopWatch.start(200);
    const int code = QCoreApplication::exec();
    qInfo("onewindow-server stopping");
    return code;
}
