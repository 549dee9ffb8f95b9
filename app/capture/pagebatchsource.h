#pragma once

#include "scanpage.h"
#include "scantypes.h"

#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace ow {

// Reads a batch of pages on its own worker thread: files through ImageFileImporter (images,
// PDFs) or a SANE scan (feeder or flatbed). Pages and the end of the batch arrive as signals on
// the object's thread. One batch at a time; cancel() is safe at any moment.
class PageBatchSource : public QObject {
    Q_OBJECT
public:
    explicit PageBatchSource(QObject *parent = nullptr);
    ~PageBatchSource() override; // cancels and waits for the worker

    bool running() const { return m_running; }
    // False when a batch is running already.
    bool importFiles(const QStringList &paths, int batch);
    // An empty settings.device takes the first scanner SANE finds (listing takes seconds, so
    // it happens on the worker too) and reports it through scannerChosen.
    bool scan(const ScanSettings &settings, int batch);
    void cancel() { *m_cancel = true; }
    bool cancelled() const { return *m_cancel; }

signals:
    void pageArrived(const QImage &page, ow::ScanOrigin origin, double dpi, int batch);
    // message: why the batch stopped early (empty when it completed or was cancelled).
    void finished(const QString &message, bool error, int batch);
    void scannerChosen(const QString &device);

private:
    void deliver(const QImage &page, ScanOrigin origin, int batch);
    void end(const QString &message, int batch);

    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThreadPool m_pool;
};

} // namespace ow
