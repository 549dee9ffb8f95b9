#pragma once

#include "scantypes.h"

#include <QImage>
#include <QObject>

#include <atomic>
#include <memory>

namespace ow {

class SaneScanner;

// Runs SaneScanner on the thread it lives on: move it to a QThread and call the slots through
// queued connections (or QMetaObject::invokeMethod). requestCancel() is the one call that is
// safe from any thread; the batch then ends with ScanOutcome::Cancelled, pages already
// delivered stay valid.
class ScannerWorker : public QObject {
    Q_OBJECT
public:
    explicit ScannerWorker(QObject *parent = nullptr);
    ~ScannerWorker() override;

    void requestCancel() { m_cancel = true; }

public slots:
    void listDevices();
    void readCapabilities(const QString &device);
    void scan(const ow::ScanSettings &settings);

signals:
    void devicesListed(const QList<ow::ScannerDevice> &devices, const QString &error);
    void capabilitiesRead(const QString &device, const ow::ScannerCapabilities &capabilities,
                          const QString &error);
    void pageScanned(const QImage &page, int pageNumber);
    void progress(int pageNumber, int percent); // within the current page
    void finished(const ow::ScanBatchResult &result);

private:
    SaneScanner &scanner();

    std::unique_ptr<SaneScanner> m_scanner; // created on the worker thread at first use
    std::atomic_bool m_cancel{false};
};

} // namespace ow
