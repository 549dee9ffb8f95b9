#include "embeddedserver.h"

#include "database.h"
#include "deviceprovisioner.h"
#include "serverapp.h"
#include "serveroptions.h"

#include <QDir>
#include <QHostAddress>
#include <QTcpServer>

namespace ow {

EmbeddedServer::EmbeddedServer(EmbeddedServerOptions options)
    : m_options(std::move(options)) {}

EmbeddedServer::~EmbeddedServer() {
    stop();
}

QString EmbeddedServer::databasePath(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("server.db"));
}

QUrl EmbeddedServer::url() const {
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_host);
    url.setPort(m_port);
    return url;
}

Result<quint16> EmbeddedServer::freePort(const QHostAddress &address) const {
    if (m_options.port == 0)
        return quint16(0);
    const int last = qMin(65535, int(m_options.port) + qMax(1, m_options.portAttempts) - 1);
    for (int port = m_options.port; port <= last; ++port) {
        QTcpServer probe;
        if (probe.listen(address, quint16(port)))
            return quint16(port);
    }
    return Result<quint16>::failure(
        QStringLiteral("no free port for the embedded server on %1 from %2 to %3")
            .arg(address.toString())
            .arg(m_options.port)
            .arg(last));
}

Status EmbeddedServer::start() {
    if (m_app)
        return {};
    if (!QDir().mkpath(m_options.dataDir))
        return Status::failure(
            QStringLiteral("cannot create the data folder '%1'").arg(m_options.dataDir));
    // Through the server's own option parser, so its rules hold here too (TLS off loopback).
    QHostAddress address;
    if (!address.setAddress(m_options.listen))
        return Status::failure(
            QStringLiteral("server/listen '%1' is not an IP address").arg(m_options.listen));
    auto port = freePort(address);
    if (!port)
        return Status::failure(port.error());
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    QStringList args{
        QStringLiteral("--database"), QStringLiteral("sqlite:") + databasePath(m_options.dataDir),
        QStringLiteral("--listen"),   QStringLiteral("%1:%2").arg(host).arg(port.value()),
        QStringLiteral("--workers"),  QString::number(m_options.workers)};
    if (!m_options.tlsCert.isEmpty() || !m_options.tlsKey.isEmpty())
        args << QStringLiteral("--tls-cert") << m_options.tlsCert << QStringLiteral("--tls-key")
             << m_options.tlsKey;
    if (m_options.insecureLan)
        args << QStringLiteral("--insecure");
    auto options = ServerOptions::parse(args);
    if (!options)
        return Status::failure(QStringLiteral("embedded server: %1").arg(options.error()));

    auto app = std::make_unique<ServerApp>(options.value());
    if (Status st = app->start(); !st)
        return Status::failure(QStringLiteral("embedded server: %1").arg(st.error()));
    m_app = std::move(app);
    m_port = m_app->port();
    m_tls = !m_options.tlsCert.isEmpty();
    const bool everywhere = address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
                            address == QHostAddress::AnyIPv6;
    m_host = everywhere ? QStringLiteral("127.0.0.1") : address.toString();
    if (m_options.port != 0 && m_port != m_options.port)
        qWarning("embedded server: port %u is taken, listening on %u instead", m_options.port,
                 m_port);
    qInfo("embedded server at %s", qPrintable(url().toString()));
    if (Status st = provision(); !st) {
        stop();
        return st;
    }
    return {};
}

Status EmbeddedServer::provision() {
    auto db = Database::open(DatabaseUrl::sqlite(databasePath(m_options.dataDir)));
    if (!db)
        return Status::failure(db.error());
    auto outcome = DeviceProvisioner(*db.value(), m_options.dataDir).ensureAccount();
    if (!outcome)
        return Status::failure(outcome.error());
    m_account = outcome->account;
    m_accountCreated = outcome->created;
    return {};
}

void EmbeddedServer::stop() {
    if (!m_app)
        return;
    m_app.reset();
    qInfo("embedded server on port %u stopped", m_port);
}

} // namespace ow
