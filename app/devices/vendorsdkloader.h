#pragma once

#include "result.h"
#include "vendorsdkplugin.h"

#include <QPluginLoader>

namespace ow {

// Loads a VendorSdkPlugin from a shared library at run time. The loader owns the plugin; it
// stays loaded until the loader is destroyed.
class VendorSdkLoader {
public:
    VendorSdkLoader() = default;
    ~VendorSdkLoader();
    VendorSdkLoader(const VendorSdkLoader &) = delete;
    VendorSdkLoader &operator=(const VendorSdkLoader &) = delete;

    // The plugin, or a message saying the library is missing, cannot load, or is not a
    // OneWindow vendor plugin.
    Result<VendorSdkPlugin *> load(const QString &libraryPath);

private:
    QPluginLoader m_loader;
};

} // namespace ow
