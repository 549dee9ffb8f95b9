#pragma once

#include "result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace ow {

// The command line of `onewindow-server` (serving; `admin ...` is AdminCommand).
struct ServerOptions {
    QString database; // sqlite:PATH or postgresql://...
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8470;
    QString tlsCert;
    QString tlsKey;
    bool insecure = false;
    qint64 tokenTtlSeconds = 8 * 3600;
    int workers = 8;
    qint64 bodyLimit = 8 * 1024 * 1024;
    bool help = false;
    bool version = false;

    static Result<ServerOptions> parse(const QStringList &arguments);
    static QString usage();
    static QString defaultDatabase();
    // "ADDR:PORT", "[v6]:PORT" or ":PORT"
    static Status parseListen(const QString &text, QHostAddress *address, quint16 *port);
};

} // namespace ow
