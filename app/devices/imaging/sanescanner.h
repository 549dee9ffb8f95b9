#pragma once

#include "result.h"
#include "sanelibrary.h"
#include "scantypes.h"

#include <QCoreApplication>
#include <QImage>

#include <atomic>
#include <functional>

namespace ow {

// A scanner over the SANE C API. Every call blocks (device probing and scanning take seconds),
// so run it on a worker thread: ScannerWorker does that for the UI. One object per thread; the
// SANE library itself is shared and initialised once (SaneLibrary).
class SaneScanner {
    Q_DECLARE_TR_FUNCTIONS(SaneScanner)
public:
    // Called for each finished page (1-based number), with the resolution set on the image.
    using PageCallback = std::function<void(const QImage &page, int pageNumber)>;
    // Progress inside the current page, 0..100.
    using ProgressCallback = std::function<void(int pageNumber, int percent)>;

    SaneScanner();
    ~SaneScanner();
    SaneScanner(const SaneScanner &) = delete;
    SaneScanner &operator=(const SaneScanner &) = delete;

    // Scanners SANE can reach now (network backends may take a few seconds).
    Result<QList<ScannerDevice>> listDevices();

    // Sources, modes and resolutions the device offers (opens and closes it).
    Result<ScannerCapabilities> capabilities(const QString &device);

    // Scans one page (flatbed) or pages until the feeder is empty or settings.maxPages.
    // *cancel is polled between reads; a set flag stops the device (sane_cancel) and gives
    // ScanOutcome::Cancelled. Pages already passed to onPage stay valid whatever the outcome.
    ScanBatchResult scan(const ScanSettings &settings, const PageCallback &onPage,
                         const ProgressCallback &onProgress = {},
                         const std::atomic_bool *cancel = nullptr);

    // Sets an option by name on the device being scanned: only valid from inside onPage (between
    // pages), e.g. to change a backend option for the next sheet.
    Status setOption(const QByteArray &name, const QString &value);

private:
    struct PageRead;
    Status applySettings(const ScanSettings &settings, bool *thresholdInSoftware);
    Status chooseFromList(const QByteArray &name, const QStringList &wanted,
                          const QStringList &avoided, bool required);
    Status setResolution(int dpi);
    double currentResolution(double fallback) const;
    int findOption(const QByteArray &name) const;
    PageRead readPage(int pageNumber, const ProgressCallback &onProgress,
                      const std::atomic_bool *cancel);
    ScanBatchResult failure(ScanOutcome outcome, int pages, const QString &message);
    QString statusMessage(int saneStatus, int pages) const;
    static ScanOutcome outcomeFor(int saneStatus);

    SaneLibrary m_library;
    void *m_handle = nullptr; // SANE_Handle while a scan runs
    QString m_device;
};

} // namespace ow
