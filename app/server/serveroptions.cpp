#include "serveroptions.h"

#include <QDir>
#include <QStandardPaths>

namespace ow {

QString ServerOptions::defaultDatabase() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QStringLiteral("sqlite:") + QDir(dir).filePath(QStringLiteral("server.db"));
}

QString ServerOptions::usage() {
    return QStringLiteral(
               "usage: onewindow-server [options]\n"
               "       onewindow-server admin COMMAND ... (see 'onewindow-server admin --help')\n"
               "\n"
               "Serves the OneWindow API v1 (HTTP/JSON and WebSocket events).\n"
               "\n"
               "  --database URL       sqlite:PATH or postgresql://user@host:port/db\n"
               "                       (default: %1)\n"
               "  --listen ADDR:PORT   address to listen on (default 127.0.0.1:8470)\n"
               "  --tls-cert FILE      PEM certificate; with --tls-key serves HTTPS/WSS\n"
               "  --tls-key FILE       PEM private key (RSA or EC)\n"
               "  --insecure           allow plain HTTP on a non-loopback address\n"
               "  --token-ttl SECONDS  lifetime of login tokens (default 28800 = 8 h)\n"
               "  --workers N          database worker threads (default 8)\n"
               "  --body-limit BYTES   largest request body (default 8388608)\n"
               "  --help, --version\n")
        .arg(defaultDatabase());
}

Status ServerOptions::parseListen(const QString &text, QHostAddress *address, quint16 *port) {
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return Status::failure(QStringLiteral("--listen '%1': expected ADDR:PORT").arg(text));
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return Status::failure(
            QStringLiteral("--listen '%1': the port must be a number from 0 to 65535").arg(text));
    QHostAddress a;
    if (host.isEmpty() || host == QLatin1String("*"))
        a = QHostAddress::Any;
    else if (host == QLatin1String("localhost"))
        a = QHostAddress::LocalHost;
    else if (!a.setAddress(host))
        return Status::failure(
            QStringLiteral("--listen '%1': '%2' is not an IP address").arg(text, host));
    *address = a;
    *port = quint16(p);
    return {};
}

Result<ServerOptions> ServerOptions::parse(const QStringList &arguments) {
    using R = Result<ServerOptions>;
    ServerOptions o;
    o.database = defaultDatabase();
    QStringList args = arguments;
    auto value = [&](const QString &flag, QString *out) -> Status {
        if (args.isEmpty() || args.first().startsWith(QLatin1String("--")))
            return Status::failure(QStringLiteral("%1 needs a value").arg(flag));
        *out = args.takeFirst();
        return {};
    };
    auto number = [&](const QString &flag, qint64 min, qint64 max, qint64 *out) -> Status {
        QString text;
        if (Status st = value(flag, &text); !st)
            return st;
        bool ok = false;
        *out = text.toLongLong(&ok);
        if (!ok || *out < min || *out > max)
            return Status::failure(QStringLiteral("%1 '%2': expected a number from %3 to %4")
                                       .arg(flag, text)
                                       .arg(min)
                                       .arg(max));
        return {};
    };
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        Status st;
        QString text;
        qint64 n = 0;
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            o.help = true;
        } else if (a == QLatin1String("--version")) {
            o.version = true;
        } else if (a == QLatin1String("--database")) {
            st = value(a, &o.database);
        } else if (a == QLatin1String("--listen")) {
            st = value(a, &text);
            if (st)
                st = parseListen(text, &o.address, &o.port);
        } else if (a == QLatin1String("--tls-cert")) {
            st = value(a, &o.tlsCert);
        } else if (a == QLatin1String("--tls-key")) {
            st = value(a, &o.tlsKey);
        } else if (a == QLatin1String("--insecure")) {
            o.insecure = true;
        } else if (a == QLatin1String("--token-ttl")) {
            st = number(a, 1, 30LL * 24 * 3600, &o.tokenTtlSeconds);
        } else if (a == QLatin1String("--workers")) {
            st = number(a, 1, 64, &n);
            o.workers = int(n);
        } else if (a == QLatin1String("--body-limit")) {
            st = number(a, 1024, 1LL << 30, &o.bodyLimit);
        } else {
            return R::failure(QStringLiteral("unknown argument '%1' (see --help)").arg(a));
        }
        if (!st)
            return R::failure(st.error());
    }
    if (o.tlsCert.isEmpty() != o.tlsKey.isEmpty())
        return R::failure(QStringLiteral("--tls-cert and --tls-key go together"));
    const bool loopback = o.address.isLoopback();
    if (!loopback && o.tlsCert.isEmpty() && !o.insecure)
        return R::failure(
            QStringLiteral("listening on %1 (not loopback) needs TLS: give --tls-cert and "
                           "--tls-key, or --insecure to accept plain HTTP on purpose")
                .arg(o.address.toString()));
    return o;
}

} // namespace ow
