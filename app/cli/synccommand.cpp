// onewindow-cli sync run|status|write-test: one sync cycle against a server, the local sync
// state, and a writer of test visits (used by the kill -9 test: it prints each committed id).
#include "command.h"

#include "caserepository.h"
#include "database.h"
#include "networktransport.h"
#include "syncengine.h"
#include "workstationstore.h"

#include <QDir>
#include <QFile>
#include <QUrl>

namespace ow::cli {

namespace {

int usage(Context &ctx) {
    ctx.err
        << "usage: onewindow-cli sync run --server URL --user NAME --password-stdin "
           "[--data-dir D] [--timeout MS]\n"
           "       onewindow-cli sync status [--data-dir D]\n"
           "       onewindow-cli sync write-test --count N [--data-dir D]\n"
           "       onewindow-cli sync configure --server URL --user NAME --password-stdin "
           "[--data-dir D] | --standalone\n"
           "  run         one cycle: push the outbox, pull the server's changes; prints counts\n"
           "  status      pending entries, open conflicts, cursor and server fingerprint\n"
           "  write-test  writes N test visits, each with its outbox entry in one\n"
           "              transaction, printing 'committed ID' after each commit\n";
    return 2;
}

struct Options {
    QString action;
    QString server;
    QString user;
    bool passwordStdin = false;
    int count = 0;
    int timeoutMs = 30000;
};

std::optional<Options> parse(Context &ctx) {
    QStringList args = ctx.args;
    if (args.isEmpty())
        return std::nullopt;
    Options o;
    o.action = args.takeFirst();
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        const bool hasValue = !args.isEmpty();
        if (a == QLatin1String("--server") && hasValue)
            o.server = args.takeFirst();
        else if (a == QLatin1String("--user") && hasValue)
            o.user = args.takeFirst();
        else if (a == QLatin1String("--data-dir") && hasValue)
            ctx.dataDir = args.takeFirst();
        else if (a == QLatin1String("--count") && hasValue)
            o.count = args.takeFirst().toInt();
        else if (a == QLatin1String("--timeout") && hasValue)
            o.timeoutMs = args.takeFirst().toInt();
        else if (a == QLatin1String("--password-stdin"))
            o.passwordStdin = true;
        else
            return std::nullopt;
    }
    return o;
}

// The workstation database without the first-run steps (no catalog import): sync needs only
// the schema.
Result<std::unique_ptr<Database>> openLocal(const QString &dataDir) {
    using R = Result<std::unique_ptr<Database>>;
    if (dataDir.isEmpty() || !QDir().mkpath(dataDir))
        return R::failure(QStringLiteral("cannot create the data folder '%1'").arg(dataDir));
    auto db = Database::open(DatabaseUrl::sqlite(WorkstationStore::databasePath(dataDir)));
    if (!db)
        return db;
    if (Status st = db.value()->migrate(); !st)
        return R::failure(st.error());
    return db;
}

int run(Context &ctx, const Options &o, Database &db) {
    const QUrl url(o.server);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        ctx.err << "sync run: --server needs an http:// or https:// URL, not '" << o.server
                << "'\n";
        return 2;
    }
    if (o.user.isEmpty() || !o.passwordStdin) {
        ctx.err << "sync run: --user NAME and --password-stdin are required\n";
        return 2;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        ctx.err << "sync run: cannot read the password from standard input\n";
        return 2;
    }
    const QString password = QString::fromUtf8(in.readLine()).trimmed();
    NetworkTransport transport(url, o.timeoutMs);
    ThreadSleeper sleeper;
    SyncEngine engine(db, transport, sleeper);
    engine.setCredentials(o.user, password);
    auto report = engine.syncOnce();
    const SyncState state = engine.state();
    if (!report) {
        ctx.err << "sync run: " << report.error() << "\n";
        ctx.out << "state " << SyncState::connectionName(state.connection) << ", pending "
                << state.pending << "\n";
        return 1;
    }
    ctx.out << "pushed " << report->pushed << " (applied " << report->applied << ", duplicate "
            << report->duplicates << ", conflict " << report->conflicts << "), pulled "
            << report->pulled << ", cursor " << report->cursor << ", pending " << state.pending
            << ", open conflicts " << state.conflicts
            << (report->restoreDetected ? ", server restore detected: entries re-pushed" : "")
            << "\n";
    return 0;
}

int status(Context &ctx, Database &db) {
    SyncStore store(db);
    auto pending = store.pendingCount();
    auto conflicts = store.openConflictCount();
    auto replica = store.replica();
    if (!pending || !conflicts || !replica) {
        ctx.err << "sync status: "
                << (!pending     ? pending.error()
                    : !conflicts ? conflicts.error()
                                 : replica.error())
                << "\n";
        return 1;
    }
    ctx.out << "pending " << pending.value() << "\nopen conflicts " << conflicts.value()
            << "\nreplica records " << replica->size() << "\ncursor " << store.cursor()
            << "\nserver fingerprint " << store.fingerprint() << "\n";
    return 0;
}

int writeTest(Context &ctx, const Options &o, Database &db) {
    if (o.count < 1 || o.count > 1000000) {
        ctx.err << "sync write-test: --count must be 1..1000000\n";
        return 2;
    }
    CaseRepository cases(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < o.count; ++i) {
        auto id = cases.newVisitId(now.date());
        if (!id) {
            ctx.err << "sync write-test: " << id.error() << "\n";
            return 1;
        }
        Visit visit;
        visit.id = id.value();
        visit.ticket = QStringLiteral("T%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        visit.applicant.kind = Applicant::Kind::LegalPerson;
        visit.applicant.name = QStringLiteral("写入测试单位%1").arg(i + 1);
        visit.applicant.creditCode = QStringLiteral("WT-") + visit.id;
        visit.openedAt = now.addMSecs(i);
        if (Status st = cases.saveVisit(visit); !st) {
            ctx.err << "sync write-test: " << st.error() << "\n";
            return 1;
        }
        // Printed only after the commit: every id printed is durable.
        ctx.out << "committed " << visit.id << Qt::endl;
    }
    return 0;
}

} // namespace

int runSync(Context &ctx) {
    // configure: syncconfigurecommand.cpp (points the data folder at a hall server).
    if (!ctx.args.isEmpty() && ctx.args.first() == QLatin1String("configure"))
        return runSyncConfigure(ctx);
    const auto o = parse(ctx);
    if (!o)
        return usage(ctx);
    const QStringList actions = {QStringLiteral("run"), QStringLiteral("status"),
                                 QStringLiteral("write-test")};
    if (!actions.contains(o->action))
        return usage(ctx);
    auto db = openLocal(ctx.dataDir);
    if (!db) {
        ctx.err << "sync " << o->action << ": " << db.error() << "\n";
        return 2;
    }
    if (o->action == QLatin1String("run"))
        return run(ctx, *o, *db.value());
    if (o->action == QLatin1String("status"))
        return status(ctx, *db.value());
    return writeTest(ctx, *o, *db.value());
}

} // namespace ow::cli
