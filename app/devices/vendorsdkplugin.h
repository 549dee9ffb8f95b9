#pragma once

#include "idcardframe.h"

#include <QByteArray>
#include <QString>
#include <QtPlugin>

namespace ow {

// What a vendor's reader library must offer, wrapped as a Qt plugin by whoever holds the
// vendor's licence. None is bundled: the WLT photo format and the vendor SDKs are proprietary
// (id-card-reader.md §1.2, §1.8).
class VendorSdkPlugin {
public:
    virtual ~VendorSdkPlugin() = default;
    virtual QString vendorName() const = 0;
    // Vendor port numbers: 1..16 for COM ports, 1001..1016 for USB.
    virtual bool openPort(int port, QString *error) = 0;
    virtual void closePort() = 0;
    // One GA 467 command (find 20 01, select 20 02, read 30 01 …) answered as SW1 SW2 SW3 +
    // data, exactly as a serial reader would; false with *error on a host-side failure.
    virtual bool transact(quint8 cmd, quint8 para, int timeoutMs, IdCardResponse *response,
                          QString *error) = 0;
    // The 1024-byte WLT photo as a BMP image (102 × 126, 24 bit); empty with *error when the
    // vendor library cannot decode it.
    virtual QByteArray decodePhoto(const QByteArray &wlt, QString *error) = 0;
};

} // namespace ow

#define OW_VENDOR_SDK_PLUGIN_IID "org.onewindow.VendorSdkPlugin/1.0"
Q_DECLARE_INTERFACE(ow::VendorSdkPlugin, OW_VENDOR_SDK_PLUGIN_IID)
