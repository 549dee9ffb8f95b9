// onewindow-cli sync configure: points a workstation's data folder at a hall server (or back to
// standalone). Writes <dataDir>/sync.ini (server/url, server/user) and device-account.json (0600)
// with the password read from standard input; contacts no server, so it works before the server
// is reachable.
#include "command.h"

#include "deviceaccount.h"
#include "syncsettings.h"

#include <QFile>
#include <QUrl>

namespace ow::cli {

namespace {

int usage(Context &ctx) {
    ctx.err << "usage: onewindow-cli sync configure --server URL --user NAME --password-stdin "
               "[--data-dir D]\n"
               "       onewindow-cli sync configure --standalone [--data-dir D]\n"
               "  --server URL   the hall's onewindow-server (http:// or https://)\n"
               "  --user NAME    this workstation's device account there\n"
               "  --standalone   run the server in the workstation again (the default)\n"
               "The workstation picks the change up at its next start.\n";
    return 2;
}

struct ConfigureOptions {
    QString server;
    QString user;
    bool passwordStdin = false;
    bool standalone = false;
};

std::optional<ConfigureOptions> parse(Context &ctx) {
    QStringList args = ctx.args.mid(1); // after "configure"
    ConfigureOptions o;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        const bool hasValue = !args.isEmpty();
        if (a == QLatin1String("--server") && hasValue)
            o.server = args.takeFirst();
        else if (a == QLatin1String("--user") && hasValue)
            o.user = args.takeFirst();
        else if (a == QLatin1String("--data-dir") && hasValue)
            ctx.dataDir = args.takeFirst();
        else if (a == QLatin1String("--password-stdin"))
            o.passwordStdin = true;
        else if (a == QLatin1String("--standalone"))
            o.standalone = true;
        else
            return std::nullopt;
    }
    return o;
}

int configureStandalone(Context &ctx, SyncSettings settings) {
    settings.serverUrl.clear();
    settings.user.clear();
    if (Status st = settings.save(ctx.dataDir); !st) {
        ctx.err << "sync configure: " << st.error() << "\n";
        return 1;
    }
    // The hall server's account is of no use to the embedded server, which makes its own.
    auto account = DeviceAccount::load(ctx.dataDir);
    if (account && account.value() && account.value()->server != DeviceAccount::kEmbedded)
        QFile::remove(DeviceAccount::filePath(ctx.dataDir));
    ctx.out << "sync configured: " << ctx.dataDir << " runs its own server again (standalone)\n";
    return 0;
}

int configureServer(Context &ctx, const ConfigureOptions &o, SyncSettings settings) {
    const QUrl url(o.server);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        ctx.err << "sync configure: --server needs an http:// or https:// URL, not '" << o.server
                << "'\n";
        return 2;
    }
    if (o.user.trimmed().isEmpty() || !o.passwordStdin) {
        ctx.err << "sync configure: --user NAME and --password-stdin are required\n";
        return 2;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        ctx.err << "sync configure: cannot read the password from standard input\n";
        return 2;
    }
    const QString password = QString::fromUtf8(in.readLine()).trimmed();
    if (password.isEmpty()) {
        ctx.err << "sync configure: no password on standard input\n";
        return 2;
    }
    const DeviceAccount account{url.toString(), o.user.trimmed(), password};
    if (Status st = account.save(ctx.dataDir); !st) {
        ctx.err << "sync configure: " << st.error() << "\n";
        return 1;
    }
    settings.serverUrl = account.server;
    settings.user = account.user;
    if (Status st = settings.save(ctx.dataDir); !st) {
        ctx.err << "sync configure: " << st.error() << "\n";
        return 1;
    }
    ctx.out << "sync configured: " << ctx.dataDir << " syncs to " << account.server << " as "
            << account.user << " (password in " << DeviceAccount::filePath(ctx.dataDir) << ")\n";
    return 0;
}

} // namespace

int runSyncConfigure(Context &ctx) {
    const auto o = parse(ctx);
    if (!o || (o->standalone && (!o->server.isEmpty() || !o->user.isEmpty())))
        return usage(ctx);
    if (ctx.dataDir.isEmpty()) {
        ctx.err << "sync configure: no data folder (give --data-dir)\n";
        return 2;
    }
    // Keep what else is set (the standalone server's port and address, the interval).
    auto settings = SyncSettings::load(ctx.dataDir);
    if (!settings) {
        ctx.err << "sync configure: " << settings.error() << "\n";
        return 1;
    }
    if (o->standalone)
        return configureStandalone(ctx, settings.value());
    return configureServer(ctx, *o, settings.value());
}

} // namespace ow::cli
