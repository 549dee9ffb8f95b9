#pragma once

#include "scanpage.h"
#include "scantypes.h"

#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace ow {

// Reads a batch of pages on its own worker thread: files through ImageFileImporter (images,
// PDFs) or a SANE scan (feeder or flatbed). Pages and the end of the batch arrive as signals on
// the object's thread. One batch at a time; cancel() is safe at any moment.
//
// A scanner driver can hang in its own stop (docs/imaging.md: SANE backends that cancel their
// reader thread asynchronously). Destroying the source therefore waits at most stopWaitMs for
// the worker; a worker still busy after that is left behind, cut off from this object, rather
// than freezing the window that closes.
class PageBatchSource : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultStopWaitMs = 10000;

    explicit PageBatchSource(QObject *parent = nullptr, int stopWaitMs = kDefaultStopWaitMs);
    ~PageBatchSource() override; // cancels and waits for the worker (see above)

    bool running() const { return m_running; }
    // False when a batch is running already.
    bool importFiles(const QStringList &paths, int batch);
    // An empty settings.device takes the first scanner SANE finds (listing takes seconds, so
    // it happens on the worker too) and reports it through scannerChosen.
    bool scan(const ScanSettings &settings, int batch);
    void cancel() { *m_cancel = true; }
    bool cancelled() const { return *m_cancel; }

    // What a job on the worker hands its results to; safe to call after the source is gone
    // (the calls are then dropped).
    class Sink {
    public:
        virtual ~Sink() = default;
        virtual void page(const QImage &page, ScanOrigin origin) = 0;
        virtual void scannerChosen(const QString &device) = 0;
    };
    // Runs a page-producing job on the worker: importFiles and scan are such jobs, and tests
    // stand in for a device with their own. The job returns why it stopped early (empty when
    // it completed or was cancelled). False when a batch is running already.
    using Job = std::function<QString(Sink &sink, const std::atomic_bool &cancel)>;
    bool start(Job job, int batch);

signals:
    void pageArrived(const QImage &page, ow::ScanOrigin origin, double dpi, int batch);
    // message: why the batch stopped early (empty when it completed or was cancelled).
    void finished(const QString &message, bool error, int batch);
    void scannerChosen(const QString &device);

private:
    class Relay;

    bool m_running = false;
    int m_stopWaitMs;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<Relay> m_relay;
    std::unique_ptr<QThreadPool> m_pool;
};

} // namespace ow
