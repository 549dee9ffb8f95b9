// Start-up benchmark: how long onewindow takes to put its first window on screen, and how much
// memory it takes, with a 10,000-item catalog in its data folder, next to a minimal Qt Widgets
// program. Each program runs N times (after one warm-up run); the wall time is measured from
// fork() to the "shown" line on the child's stdout, the peak RSS from wait4()'s rusage.
//
//   startup_bench [--runs N] [--items N] [--app PATH] [--minimal PATH]
//
// Uses QT_QPA_PLATFORM=offscreen unless DISPLAY is set or QT_QPA_PLATFORM is given.
#include "catalogrepository.h"
#include "clock.h"
#include "syntheticcatalog.h"
#include "workstationstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Run {
    bool ok = false;
    double wallMs = 0;     // fork to "shown"
    double reportedMs = 0; // what the program printed after "shown"
    long maxRssKb = 0;
    QString error;
};

// Starts program with args, stdout on a pipe; waits for "shown <ms>" and for the exit.
Run runOnce(const QString &program, const QStringList &args) {
    Run run;
    int out[2];
    if (pipe(out) != 0) {
        run.error = QStringLiteral("pipe: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return run;
    }
    QList<QByteArray> argvStore{program.toLocal8Bit()};
    for (const QString &a : args)
        argvStore << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : argvStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        // Qt's warnings (e.g. "XDG_RUNTIME_DIR not set") would drown the table.
        if (const int devNull = open("/dev/null", O_WRONLY); devNull >= 0)
            dup2(devNull, STDERR_FILENO);
        close(out[0]);
        close(out[1]);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(out[1]);
    if (pid < 0) {
        close(out[0]);
        run.error = QStringLiteral("fork failed");
        return run;
    }
    QByteArray output;
    char buffer[4096];
    bool shown = false;
    for (;;) {
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        output.append(buffer, n);
        const qsizetype at = output.indexOf("shown ");
        if (!shown && at >= 0 && output.indexOf('\n', at) > at) {
            shown = true;
            run.wallMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            const qsizetype end = output.indexOf('\n', at);
            run.reportedMs = output.mid(at + 6, end - at - 6).toDouble();
        }
    }
    close(out[0]);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) < 0) {
        run.error = QStringLiteral("wait4 failed");
        return run;
    }
    run.maxRssKb = usage.ru_maxrss;
    if (!shown)
        run.error = QStringLiteral("no \"shown\" line (exit status %1)").arg(status);
    else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        run.error = QStringLiteral("exit status %1").arg(status);
    run.ok = run.error.isEmpty();
    return run;
}

double median(QList<double> values) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

struct Summary {
    QString name;
    QList<double> wall, reported, rssMb;
    QStringList errors;
};

Summary measure(const QString &name, const QString &program, const QStringList &args, int runs) {
    Summary s{name, {}, {}, {}, {}};
    runOnce(program, args); // warm-up: page cache, fontconfig cache
    for (int i = 0; i < runs; ++i) {
        const Run r = runOnce(program, args);
        if (!r.ok) {
            s.errors << r.error;
            continue;
        }
        s.wall << r.wallMs;
        s.reported << r.reportedMs;
        s.rssMb << static_cast<double>(r.maxRssKb) / 1024.0;
    }
    return s;
}

void print(const Summary &s) {
    if (s.wall.isEmpty()) {
        std::printf("%-16s all runs failed: %s\n", qPrintable(s.name),
                    qPrintable(s.errors.value(0)));
        return;
    }
    std::printf("%-16s %5lld %9.1f %9.1f %9.1f %12.1f %10.1f %10.1f\n", qPrintable(s.name),
                static_cast<long long>(s.wall.size()), median(s.wall),
                *std::min_element(s.wall.begin(), s.wall.end()),
                *std::max_element(s.wall.begin(), s.wall.end()), median(s.reported),
                median(s.rssMb), *std::max_element(s.rssMb.begin(), s.rssMb.end()));
    for (const QString &e : s.errors)
        std::printf("  failed run: %s\n", qPrintable(e));
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("onewindow start-up time and memory"));
    parser.addHelpOption();
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per program."),
                                     QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption itemsOpt(QStringLiteral("items"), QStringLiteral("Catalog size."),
                                      QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption appOpt(QStringLiteral("app"), QStringLiteral("onewindow binary."),
                                    QStringLiteral("path"), QStringLiteral(ONEWINDOW_APP_PATH));
    const QCommandLineOption minimalOpt(QStringLiteral("minimal"),
                                        QStringLiteral("Baseline binary."), QStringLiteral("path"),
                                        QStringLiteral(MINIMAL_WINDOW_PATH));
    parser.addOptions({runsOpt, itemsOpt, appOpt, minimalOpt});
    parser.process(app);
    const int runs = parser.value(runsOpt).toInt(); // 0 when not a number
    const int items = parser.value(itemsOpt).toInt();
    if (runs < 1 || items < 1) {
        std::fprintf(stderr, "startup_bench: --runs and --items need positive numbers\n");
        return 2;
    }

    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    QElapsedTimer prep;
    prep.start();
    {
        auto db = ow::WorkstationStore::open(dataDir);
        if (!db) {
            std::fprintf(stderr, "startup_bench: %s\n", qPrintable(db.error()));
            return 1;
        }
        ow::CatalogRepository catalog(*db.value());
        if (ow::Status st = catalog.replace(ow::SyntheticCatalog::generate(items)); !st) {
            std::fprintf(stderr, "startup_bench: loading the catalog: %s\n",
                         qPrintable(st.error()));
            return 1;
        }
        ow::SystemClock clock;
        if (auto first = ow::WorkstationStore::ensureFirstRun(*db.value(), clock); !first) {
            std::fprintf(stderr, "startup_bench: first run: %s\n", qPrintable(first.error()));
            return 1;
        }
        std::printf("data folder with %d items prepared in %.0f ms\n", catalog.itemCount(),
                    static_cast<double>(prep.elapsed()));
    }
    // Children get their own settings folder and, without a display, the offscreen platform.
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::printf("platform: %s, %d runs each after one warm-up\n\n",
                qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("xcb (DISPLAY)"))
                    .toUtf8()
                    .constData(),
                runs);

    const Summary one =
        measure(QStringLiteral("onewindow"), parser.value(appOpt),
                {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--exit-when-shown")}, runs);
    const Summary minimal = measure(QStringLiteral("minimal_window"), parser.value(minimalOpt),
                                    {QStringLiteral("--exit-when-shown")}, runs);
    std::printf("%-16s %5s %9s %9s %9s %12s %10s %10s\n", "program", "runs", "median", "min", "max",
                "self-report", "RSS med", "RSS max");
    std::printf("%-16s %5s %9s %9s %9s %12s %10s %10s\n", "", "", "ms", "ms", "ms", "ms", "MiB",
                "MiB");
    print(one);
    print(minimal);
    return one.wall.isEmpty() || minimal.wall.isEmpty() ? 1 : 0;
}
