#include "scannerworker.h"

#include "sanescanner.h"

namespace ow {

ScannerWorker::ScannerWorker(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<ow::ScanSettings>();
    qRegisterMetaType<ow::ScanBatchResult>();
    qRegisterMetaType<QList<ow::ScannerDevice>>();
    qRegisterMetaType<ow::ScannerCapabilities>();
}

ScannerWorker::~ScannerWorker() = default;

SaneScanner &ScannerWorker::scanner() {
    if (!m_scanner)
        m_scanner = std::make_unique<SaneScanner>();
    return *m_scanner;
}

void ScannerWorker::listDevices() {
    const Result<QList<ScannerDevice>> devices = scanner().listDevices();
    emit devicesListed(devices.ok() ? devices.value() : QList<ScannerDevice>{}, devices.error());
}

void ScannerWorker::readCapabilities(const QString &device) {
    const Result<ScannerCapabilities> caps = scanner().capabilities(device);
    emit capabilitiesRead(device, caps.ok() ? caps.value() : ScannerCapabilities{}, caps.error());
}

void ScannerWorker::scan(const ScanSettings &settings) {
    const ScanBatchResult result = scanner().scan(
        settings, [this](const QImage &page, int number) { emit pageScanned(page, number); },
        [this](int number, int percent) { emit progress(number, percent); }, &m_cancel);
    m_cancel = false; // a cancel that arrived while the scan was queued has cancelled it
    emit finished(result);
}

} // namespace ow
