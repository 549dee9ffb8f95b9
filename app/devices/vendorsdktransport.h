#pragma once

#include "idcardreadertransport.h"
#include "vendorsdkloader.h"

namespace ow {

// IdCardReader's transport through a vendor SDK plugin (loaded at open()).
class VendorSdkTransport : public IdCardReaderTransport {
public:
    VendorSdkTransport(QString libraryPath, int port);
    ~VendorSdkTransport() override;

    Status open() override;
    void close() override;
    Result<IdCardResponse> transact(quint8 cmd, quint8 para, int timeoutMs) override;
    QString description() const override;

    // The loaded plugin (for photo decoding), or nullptr before a successful open().
    VendorSdkPlugin *plugin() const { return m_plugin; }

private:
    QString m_libraryPath;
    int m_port;
    VendorSdkLoader m_loader;
    VendorSdkPlugin *m_plugin = nullptr;
    bool m_open = false;
};

} // namespace ow
