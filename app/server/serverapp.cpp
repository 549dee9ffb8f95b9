#include "serverapp.h"

#include "endpoints.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace ow {

namespace {

DatabaseUrl parsedOrDefault(const QString &text) {
    auto url = DatabaseUrl::parse(text);
    return url ? url.value() : DatabaseUrl();
}

} // namespace

ServerSettings ServerApp::settingsFrom(const ServerOptions &options, const DatabaseUrl &url) {
    ServerSettings s;
    s.database = url;
    s.tokenTtlSeconds = options.tokenTtlSeconds;
    s.bodyLimit = options.bodyLimit;
    return s;
}

ServerApp::ServerApp(const ServerOptions &options)
    : m_options(options)
    , m_url(parsedOrDefault(options.database))
    , m_events(m_pool)
    , m_context(settingsFrom(options, m_url), m_clock, m_events)
    , m_server(m_router, m_pool, options.bodyLimit) {
    m_pool.setMaxThreadCount(options.workers);
    m_pool.setExpiryTimeout(-1); // keep the threads and their connections
    m_events.setContext(&m_context);
    addAllEndpoints(m_router, m_context);
    QObject::connect(&m_server, &ApiServer::webSocketOpened, &m_events, &EventHub::accept);
}

ServerApp::~ServerApp() {
    // Handlers refer to the context and the server: let running ones finish first.
    m_pool.waitForDone();
}

Result<std::optional<QSslConfiguration>> ServerApp::loadTls() const {
    using R = Result<std::optional<QSslConfiguration>>;
    if (m_options.tlsCert.isEmpty())
        return std::optional<QSslConfiguration>();
    QFile certFile(m_options.tlsCert);
    if (!certFile.open(QIODevice::ReadOnly))
        return R::failure(
            QStringLiteral("--tls-cert %1: %2").arg(m_options.tlsCert, certFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return R::failure(
            QStringLiteral("--tls-cert %1: no PEM certificate in it").arg(m_options.tlsCert));
    QFile keyFile(m_options.tlsKey);
    if (!keyFile.open(QIODevice::ReadOnly))
        return R::failure(
            QStringLiteral("--tls-key %1: %2").arg(m_options.tlsKey, keyFile.errorString()));
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return R::failure(QStringLiteral("--tls-key %1: not an unencrypted PEM RSA or EC key")
                              .arg(m_options.tlsKey));
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificateChain(chain);
    conf.setPrivateKey(key);
    return std::optional<QSslConfiguration>(conf);
}

Status ServerApp::start() {
    auto url = DatabaseUrl::parse(m_options.database);
    if (!url)
        return Status::failure(url.error());
    {
        auto db = Database::open(m_url);
        if (!db)
            return Status::failure(db.error());
        if (Status st = db.value()->migrate(); !st)
            return st;
    }
    if (Status st = m_events.listen(m_url); !st)
        return Status::failure(QStringLiteral("cannot LISTEN for events: %1").arg(st.error()));
    auto tls = loadTls();
    if (!tls)
        return Status::failure(tls.error());
    auto port = m_server.start(m_options.address, m_options.port, tls.value());
    if (!port)
        return Status::failure(port.error());
    m_port = port.value();
    qInfo("onewindow-server %s listening on %s://%s:%u, database %s", ONEWINDOW_VERSION,
          tls.value() ? "https" : "http", qPrintable(m_options.address.toString()), m_port,
          qPrintable(m_url.display()));
    return {};
}

} // namespace ow
