#include "command.h"
#include "imagememory.h"
#include "opencvthreadpolicy.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStandardPaths>

#include <cstdio>
#include <iterator>
#include <memory>

namespace {

const ow::cli::Command kCommands[] = {
    {"validate", "validate id NUMBER | validate uscc CODE", &ow::cli::runValidate},
    {"calendar",
     "calendar is-working-day DATE | add-working-days DATE N | working-days-between A B | "
     "import FILE",
     &ow::cli::runCalendar},
    {"catalog", "catalog import|export|validate FILE", &ow::cli::runCatalog},
    {"user", "user add NAME --role ROLE[,ROLE] --password-stdin | user list", &ow::cli::runUser},
    {"bench", "bench search [--items N] [--queries N]", &ow::cli::runBench},
    {"case", "case run SCENARIO.json --out DIR [--no-save]", &ow::cli::runCase},
    {"sync",
     "sync run --server URL --user NAME --password-stdin | sync status | sync write-test "
     "--count N",
     &ow::cli::runSync},
    {"idcard",
     "idcard simulate --card CARD.json [--fault F] | idcard read --port DEV --json [--unmasked] "
     "[--timeout MS]",
     &ow::cli::runIdCard},
    {"face", "face verify --json A B | face liveness --json IMAGE [--models DIR]",
     &ow::cli::runFace},
    {"scan", "scan --json IMAGE | scan --out DIR [--mode colour|grey|bw] FILES...",
     &ow::cli::runScan},
};

void printHelp(QTextStream &out) {
    out << "Usage: onewindow-cli [--data-dir DIR] COMMAND [ARGS]\n\n"
           "OneWindow command-line tool: validators, the work calendar, the catalog, users and "
           "benchmarks over the same libraries as the workstation.\n\nCommands:\n";
    for (const auto &c : kCommands)
        out << "  " << c.summary << "\n";
    out << "\nOptions:\n"
           "  --data-dir DIR  the workstation's data folder (database, settings)\n"
           "  --help          this text\n"
           "  --version       the version\n\n"
           "Exit codes: 0 yes/success, 1 no/invalid, 2 usage or input error.\n";
}

} // namespace

bool ow::cli::needsGui(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--data-dir") {
            ++i; // its value
            continue;
        }
        if (!arg.startsWith("--"))
            return arg == "case" || arg == "scan";
    }
    return false;
}

int main(int argc, char *argv[]) {
    // Before any thread exists: pages are processed on one core, the face check keeps two, and
    // freed page images stay in the process for the next page.
    ow::vision::installOpenCvThreadPolicy();
    ow::vision::keepImageBuffersInProcess();
    // Only "case" paints documents; the other commands stay free of a windowing system. Without
    // a display the offscreen platform serves (fonts only, no window).
    const bool gui = ow::cli::needsGui(argc, argv);
    if (gui && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationName(QStringLiteral("onewindow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--help")) {
            printHelp(out);
            return 0;
        }
        if (opt == QLatin1String("--version")) {
            out << "onewindow-cli " << ONEWINDOW_VERSION << "\n";
            return 0;
        }
        if (opt == QLatin1String("--data-dir") && !args.isEmpty()) {
            dataDir = args.takeFirst();
            continue;
        }
        err << "onewindow-cli: unknown option " << opt << " (see --help)\n";
        return 2;
    }
    if (args.isEmpty()) {
        printHelp(err);
        return 2;
    }
    const QString name = args.takeFirst();
    for (const auto &c : kCommands) {
        if (name == QLatin1String(c.name)) {
            ow::cli::Context ctx{args, out, err, dataDir};
            return c.run(ctx);
        }
    }
    err << "onewindow-cli: unknown command '" << name << "' (see --help)\n";
    return 2;
}
