#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace ow {

// One scanner SANE can reach, as listed by SaneScanner::listDevices().
struct ScannerDevice {
    QString name; // what SANE opens, e.g. "test:0", "genesys:libusb:001:004"
    QString vendor;
    QString model;
    QString type; // "flatbed scanner", "sheetfed scanner", ...
    QString displayName() const;
};

enum class ScanSource { Flatbed, Feeder };
enum class ScanColourMode { Colour, Grey, BlackWhite };

// What one scanner offers, for filling the clerk's choices (SaneScanner::capabilities).
struct ScannerCapabilities {
    bool flatbed = false;
    bool feeder = false;
    bool colour = false;
    bool grey = false;
    bool blackWhite = true; // a grey scan is thresholded when the device has no line-art mode
    int minDpi = 0;         // 0: the device does not say
    int maxDpi = 0;
    QList<int> dpiSteps; // the allowed values when the device has a fixed list
};

struct ScanSettings {
    QString device; // a ScannerDevice::name
    ScanSource source = ScanSource::Flatbed;
    ScanColourMode mode = ScanColourMode::Grey;
    int dpi = 300;
    // Feeder: stop after this many pages (0 = until the feeder is empty). Flatbed: always one.
    int maxPages = 0;
    // Backend-specific options set by name before the batch, e.g. the test backend's
    // {"test-picture", "Grid"}; values are parsed according to the option's type.
    QList<QPair<QByteArray, QString>> extraOptions;
};

// How a batch ended. Pages delivered before a failure are always kept by the caller.
enum class ScanOutcome {
    Completed,   // all pages read (feeder ran empty after at least one page, or flatbed page)
    FeederEmpty, // the feeder was empty before the first page
    Jammed,      // paper jam
    CoverOpen,
    DeviceBusy,
    IoError,
    Cancelled, // by the clerk
    Failed,    // anything else: bad device name, unsupported format, access denied, ...
};

struct ScanBatchResult {
    ScanOutcome outcome = ScanOutcome::Failed;
    int pages = 0;   // pages delivered
    QString message; // translated, for the clerk; empty when Completed
    bool ok() const { return outcome == ScanOutcome::Completed; }
};

} // namespace ow

Q_DECLARE_METATYPE(ow::ScannerDevice)
Q_DECLARE_METATYPE(ow::ScannerCapabilities)
Q_DECLARE_METATYPE(ow::ScanSettings)
Q_DECLARE_METATYPE(ow::ScanBatchResult)
