#include "vendorsdktransport.h"

#include <QCoreApplication>

namespace ow {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ow::VendorSdkTransport", text);
}

} // namespace

VendorSdkTransport::VendorSdkTransport(QString libraryPath, int port)
    : m_libraryPath(std::move(libraryPath))
    , m_port(port) {}

VendorSdkTransport::~VendorSdkTransport() {
    close();
}

QString VendorSdkTransport::description() const {
    return tr("vendor SDK %1 port %2").arg(m_libraryPath).arg(m_port);
}

Status VendorSdkTransport::open() {
    if (m_open)
        return {};
    if (!m_plugin) {
        const Result<VendorSdkPlugin *> loaded = m_loader.load(m_libraryPath);
        if (!loaded)
            return Status::failure(loaded.error());
        m_plugin = *loaded;
    }
    QString error;
    if (!m_plugin->openPort(m_port, &error))
        return Status::failure(tr("The %1 reader library could not open port %2: %3")
                                   .arg(m_plugin->vendorName())
                                   .arg(m_port)
                                   .arg(error));
    m_open = true;
    return {};
}

void VendorSdkTransport::close() {
    if (m_open && m_plugin)
        m_plugin->closePort();
    m_open = false;
}

Result<IdCardResponse> VendorSdkTransport::transact(quint8 cmd, quint8 para, int timeoutMs) {
    if (!m_open)
        return Result<IdCardResponse>::failure(tr("The ID-card reader is not open."));
    IdCardResponse response;
    QString error;
    if (!m_plugin->transact(cmd, para, timeoutMs, &response, &error))
        return Result<IdCardResponse>::failure(
            tr("The %1 reader library reported: %2").arg(m_plugin->vendorName(), error));
    return response;
}

} // namespace ow
