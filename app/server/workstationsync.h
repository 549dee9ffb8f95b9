#pragma once

#include "embeddedserver.h"
#include "result.h"
#include "syncsettings.h"
#include "syncthread.h"

#include <QString>

#include <memory>

namespace ow {

// The workstation's sync as <dataDir>/sync.ini says: without a server URL (the default) it
// starts the embedded server and syncs to it with the provisioned device account; with one it
// syncs to that server with the account in device-account.json. Owned by main on the GUI thread.
class WorkstationSync {
public:
    explicit WorkstationSync(QString dataDir);
    ~WorkstationSync(); // stop()

    // A failure leaves the workstation working: sync() shows offline with the reason.
    Status start();
    // The background thread first, while the embedded server can still answer, then the server.
    void stop();

    SyncThread &sync() { return m_sync; }
    // The embedded server when standalone and started, else nullptr.
    EmbeddedServer *embeddedServer() { return m_server.get(); }
    // Tests and special installs: adjust the worker before start() (pace, retries).
    SyncWorkerConfig &workerConfig() { return m_config; }

private:
    Status startStandalone(const SyncSettings &settings);
    Status startConfigured(const SyncSettings &settings);

    QString m_dataDir;
    SyncWorkerConfig m_config;
    std::unique_ptr<EmbeddedServer> m_server;
    SyncThread m_sync;
};

} // namespace ow
