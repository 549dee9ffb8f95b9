#include "vendorsdkloader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ow {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ow::VendorSdkLoader", text);
}

} // namespace

VendorSdkLoader::~VendorSdkLoader() {
    if (m_loader.isLoaded())
        m_loader.unload();
}

Result<VendorSdkPlugin *> VendorSdkLoader::load(const QString &libraryPath) {
    if (libraryPath.isEmpty() || !QFileInfo::exists(libraryPath))
        return Result<VendorSdkPlugin *>::failure(
            tr("No vendor ID-card reader library at \"%1\". OneWindow bundles none: install the "
               "plugin supplied with the reader's licence, or use a serial reader.")
                .arg(libraryPath));
    m_loader.setFileName(libraryPath);
    QObject *instance = m_loader.instance();
    if (!instance)
        return Result<VendorSdkPlugin *>::failure(
            tr("The vendor ID-card reader library \"%1\" could not be loaded: %2")
                .arg(libraryPath, m_loader.errorString()));
    auto *plugin = qobject_cast<VendorSdkPlugin *>(instance);
    if (!plugin)
        return Result<VendorSdkPlugin *>::failure(
            tr("\"%1\" is a Qt plugin but not a OneWindow ID-card reader plugin (%2).")
                .arg(libraryPath, QLatin1String(OW_VENDOR_SDK_PLUGIN_IID)));
    return plugin;
}

} // namespace ow
