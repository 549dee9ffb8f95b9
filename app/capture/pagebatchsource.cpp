#include "pagebatchsource.h"

#include "imagefileimporter.h"
#include "sanescanner.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

namespace ow {

namespace {
Q_LOGGING_CATEGORY(lcBatch, "onewindow.capture.batch")
} // namespace

// The worker's way back to the source. The source detaches it when it goes; calls after that
// are dropped. The lock keeps the source alive while a call is being queued to it.
class PageBatchSource::Relay : public PageBatchSource::Sink {
public:
    explicit Relay(PageBatchSource *source, int batch)
        : m_source(source)
        , m_batch(batch) {}

    void detach() {
        const QMutexLocker lock(&m_mutex);
        m_source = nullptr;
    }

    void page(const QImage &page, ScanOrigin origin) override {
        const double dpi = page.dotsPerMeterX() > 0 ? page.dotsPerMeterX() * 0.0254 : 0.0;
        post([page, origin, dpi, batch = m_batch](PageBatchSource *source) {
            emit source->pageArrived(page, origin, dpi, batch);
        });
    }
    void scannerChosen(const QString &device) override {
        post([device](PageBatchSource *source) { emit source->scannerChosen(device); });
    }
    void end(const QString &message) {
        post([message, batch = m_batch](PageBatchSource *source) {
            source->m_running = false;
            emit source->finished(message, !message.isEmpty(), batch);
        });
    }

private:
    // Queued to the source's thread; Qt drops the call if the source is deleted before it runs.
    template <typename Call> void post(Call call) {
        const QMutexLocker lock(&m_mutex);
        if (!m_source)
            return;
        PageBatchSource *source = m_source;
        QMetaObject::invokeMethod(
            source, [source, call] { call(source); }, Qt::QueuedConnection);
    }

    QMutex m_mutex;
    PageBatchSource *m_source;
    const int m_batch;
};

PageBatchSource::PageBatchSource(QObject *parent, int stopWaitMs)
    : QObject(parent)
    , m_stopWaitMs(stopWaitMs)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_pool(std::make_unique<QThreadPool>()) {
    m_pool->setMaxThreadCount(1);
}

PageBatchSource::~PageBatchSource() {
    *m_cancel = true;
    if (m_relay)
        m_relay->detach();
    if (!m_pool->waitForDone(m_stopWaitMs)) {
        // The worker is stuck in the scanner driver. Its pool is left to it (destroying a pool
        // waits for its threads); the job holds its own relay and cancel flag, nothing of ours.
        qCWarning(lcBatch) << "the page source's worker did not stop within" << m_stopWaitMs
                           << "ms; it is left running";
        static_cast<void>(m_pool.release());
    }
}

bool PageBatchSource::start(Job job, int batch) {
    if (m_running)
        return false;
    m_running = true;
    *m_cancel = false;
    // The previous batch's relay has made its last call (its end is what cleared m_running).
    m_relay = std::make_shared<Relay>(this, batch);
    m_pool->start([job = std::move(job), relay = m_relay, cancel = m_cancel] {
        relay->end(job(*relay, *cancel));
    });
    return true;
}

bool PageBatchSource::importFiles(const QStringList &paths, int batch) {
    return start(
        [paths](Sink &sink, const std::atomic_bool &cancel) {
            const ImageFileImporter importer;
            for (const QString &path : paths) {
                const ImportResult r = importer.importFile(
                    path,
                    [&sink](const QImage &page, int, int) { sink.page(page, ScanOrigin::File); },
                    {}, &cancel);
                if (!r.ok())
                    return r.outcome == ImportResult::Outcome::Cancelled ? QString() : r.message;
            }
            return QString();
        },
        batch);
}

bool PageBatchSource::scan(const ScanSettings &settings, int batch) {
    return start(
        [requested = settings](Sink &sink, const std::atomic_bool &cancel) {
            SaneScanner scanner;
            ScanSettings chosen = requested;
            if (chosen.device.isEmpty()) {
                auto devices = scanner.listDevices();
                if (!devices || devices->isEmpty())
                    return devices ? tr("No scanner was found.") : devices.error();
                chosen.device = devices->first().name;
                sink.scannerChosen(chosen.device);
            }
            const ScanBatchResult r = scanner.scan(
                chosen, [&sink](const QImage &page, int) { sink.page(page, ScanOrigin::Scanner); },
                {}, &cancel);
            const bool quiet = r.ok() || r.outcome == ScanOutcome::Cancelled;
            return quiet ? QString() : r.message;
        },
        batch);
}

} // namespace ow
