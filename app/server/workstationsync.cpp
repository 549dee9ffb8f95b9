#include "workstationsync.h"

#include "deviceaccount.h"
#include "syncsettings.h"
#include "workstationstore.h"

namespace ow {

WorkstationSync::WorkstationSync(QString dataDir)
    : m_dataDir(std::move(dataDir)) {}

WorkstationSync::~WorkstationSync() {
    stop();
}

Status WorkstationSync::start() {
    auto settings = SyncSettings::load(m_dataDir);
    Status st = settings ? Status() : Status::failure(settings.error());
    if (st) {
        m_config.databasePath = WorkstationStore::databasePath(m_dataDir);
        m_config.intervalMs = settings->intervalSeconds * 1000;
        st = settings->standalone() ? startStandalone(settings.value())
                                    : startConfigured(settings.value());
    }
    if (!st) {
        qWarning("sync does not run: %s", qPrintable(st.error()));
        m_sync.fail(st.error());
        return st;
    }
    m_sync.start(m_config);
    return {};
}

Status WorkstationSync::startStandalone(const SyncSettings &settings) {
    EmbeddedServerOptions options;
    options.dataDir = m_dataDir;
    options.listen = settings.listen;
    options.port = settings.port;
    options.tlsCert = settings.tlsCert;
    options.tlsKey = settings.tlsKey;
    options.insecureLan = settings.insecureLan;
    m_server = std::make_unique<EmbeddedServer>(options);
    if (Status st = m_server->start(); !st) {
        m_server.reset();
        return st;
    }
    m_config.server = m_server->url();
    m_config.user = m_server->account().user;
    m_config.password = m_server->account().password;
    return {};
}

Status WorkstationSync::startConfigured(const SyncSettings &settings) {
    auto account = DeviceAccount::load(m_dataDir);
    if (!account)
        return Status::failure(account.error());
    if (!account.value() || account.value()->server == DeviceAccount::kEmbedded)
        return Status::failure(
            QStringLiteral("server/url is %1 but %2 holds no account for it: run "
                           "'onewindow-cli sync configure --server URL --user NAME "
                           "--password-stdin'")
                .arg(settings.serverUrl, DeviceAccount::filePath(m_dataDir)));
    m_config.server = QUrl(settings.serverUrl);
    m_config.user = settings.user.isEmpty() ? account.value()->user : settings.user;
    m_config.password = account.value()->password;
    return {};
}

void WorkstationSync::stop() {
    m_sync.stop();
    if (m_server)
        m_server->stop();
}

} // namespace ow
