#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace ow::cli {

// What a subcommand gets: its arguments (after the subcommand word), the streams, and the
// global options. Exit codes: 0 success, 1 "no" (invalid number, failed check), 2 usage or
// input error.
struct Context {
    QStringList args;
    QTextStream &out;
    QTextStream &err;
    QString dataDir; // --data-dir, or the standard location
};

using CommandFn = int (*)(Context &);

struct Command {
    const char *name;
    const char *summary; // one line for --help
    CommandFn run;
};

int runValidate(Context &ctx); // validate id|uscc VALUE
int runCalendar(
    Context &ctx); // calendar is-working-day|add-working-days|working-days-between|import
int runCatalog(Context &ctx); // catalog import|export|validate FILE
int runUser(Context &ctx);    // user add|passwd|list
int runBench(Context &ctx);   // bench search
int runCase(Context &ctx);    // case run SCENARIO.json --out DIR
int runSync(Context &ctx);    // sync run|status|write-test
int runIdCard(Context &ctx);  // idcard simulate|read
int runFace(Context &ctx);    // face verify|liveness --json | face vault ...
int runScan(Context &ctx);    // scan --json IMAGE | scan --out DIR FILES...
// sync configure (called by runSync)
int runSyncConfigure(Context &ctx);
// face vault purge | export --check ID --out DIR (called by runFace)
int runFaceVault(Context &ctx);

// True when the command line runs a command that paints (PDF): it needs a QGuiApplication.
bool needsGui(int argc, char *argv[]);

} // namespace ow::cli
