#include "pagebatchsource.h"

#include "imagefileimporter.h"
#include "sanescanner.h"

namespace ow {

PageBatchSource::PageBatchSource(QObject *parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic_bool>(false)) {
    m_pool.setMaxThreadCount(1);
}

PageBatchSource::~PageBatchSource() {
    *m_cancel = true;
    m_pool.waitForDone();
}

void PageBatchSource::deliver(const QImage &page, ScanOrigin origin, int batch) {
    const double dpi = page.dotsPerMeterX() > 0 ? page.dotsPerMeterX() * 0.0254 : 0.0;
    // Queued to this object's thread; dropped if the object is gone by then.
    QMetaObject::invokeMethod(
        this, [=, this] { emit pageArrived(page, origin, dpi, batch); }, Qt::QueuedConnection);
}

void PageBatchSource::end(const QString &message, int batch) {
    QMetaObject::invokeMethod(
        this,
        [=, this] {
            m_running = false;
            emit finished(message, !message.isEmpty(), batch);
        },
        Qt::QueuedConnection);
}

bool PageBatchSource::importFiles(const QStringList &paths, int batch) {
    if (m_running)
        return false;
    m_running = true;
    *m_cancel = false;
    const auto cancel = m_cancel;
    m_pool.start([this, paths, batch, cancel] {
        const ImageFileImporter importer;
        QString failure;
        for (const QString &path : paths) {
            const ImportResult r = importer.importFile(
                path,
                [this, batch](const QImage &page, int, int) {
                    deliver(page, ScanOrigin::File, batch);
                },
                {}, cancel.get());
            if (!r.ok()) {
                if (r.outcome != ImportResult::Outcome::Cancelled)
                    failure = r.message;
                break;
            }
        }
        end(failure, batch);
    });
    return true;
}

bool PageBatchSource::scan(const ScanSettings &settings, int batch) {
    if (m_running)
        return false;
    m_running = true;
    *m_cancel = false;
    const auto cancel = m_cancel;
    m_pool.start([this, requested = settings, batch, cancel] {
        SaneScanner scanner;
        ScanSettings chosen = requested;
        if (chosen.device.isEmpty()) {
            auto devices = scanner.listDevices();
            if (!devices || devices->isEmpty()) {
                end(devices ? tr("No scanner was found.") : devices.error(), batch);
                return;
            }
            chosen.device = devices->first().name;
            QMetaObject::invokeMethod(
                this, [this, device = chosen.device] { emit scannerChosen(device); },
                Qt::QueuedConnection);
        }
        const ScanBatchResult r = scanner.scan(
            chosen,
            [this, batch](const QImage &page, int) { deliver(page, ScanOrigin::Scanner, batch); },
            {}, cancel.get());
        const bool quiet = r.ok() || r.outcome == ScanOutcome::Cancelled;
        end(quiet ? QString() : r.message, batch);
    });
    return true;
}

} // namespace ow
