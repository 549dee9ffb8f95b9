#pragma once

#include "deviceaccount.h"
#include "result.h"

#include <QString>
#include <QUrl>

#include <memory>

class QHostAddress;

namespace ow {

class ServerApp;

// Where and how the embedded server listens (from SyncSettings in the workstation).
struct EmbeddedServerOptions {
    QString dataDir;
    QString listen = QStringLiteral("127.0.0.1");
    quint16 port = 8470; // the first port tried; 0 = any free port
    int portAttempts = 20;
    QString tlsCert;
    QString tlsKey;
    bool insecureLan = false; // plain HTTP on a LAN address, on purpose
    int workers = 2;
};

// The standalone workstation's own server: ServerApp over sqlite:<dataDir>/server.db (a file of
// its own, apart from the workstation's onewindow.db), on loopback unless told to listen on the
// LAN (then TLS or insecureLan, the server's rule). When the port is taken it takes the next
// free one and says so. Provisions this workstation's device account on first start. Lives on
// the GUI thread: its handlers run on that thread's event loop, so nobody may block that
// thread on a request to it.
class EmbeddedServer {
public:
    explicit EmbeddedServer(EmbeddedServerOptions options);
    ~EmbeddedServer();
    EmbeddedServer(const EmbeddedServer &) = delete;
    EmbeddedServer &operator=(const EmbeddedServer &) = delete;

    Status start();
    void stop();
    bool isRunning() const { return m_app != nullptr; }

    quint16 port() const { return m_port; }
    // How this workstation reaches it (loopback when listening on every address).
    QUrl url() const;
    const DeviceAccount &account() const { return m_account; }
    bool accountCreated() const { return m_accountCreated; }

    static QString databasePath(const QString &dataDir); // dataDir/server.db

private:
    Result<quint16> freePort(const QHostAddress &address) const;
    Status provision();

    EmbeddedServerOptions m_options;
    std::unique_ptr<ServerApp> m_app;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_host;
    DeviceAccount m_account;
    bool m_accountCreated = false;
};

} // namespace ow
