#pragma once

#include "materialscanrepository.h"
#include "result.h"
#include "scanpage.h"
#include "scanpagebook.h"
#include "scanpageprocessor.h"
#include "scantypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

namespace ow {

class Clock;
class PageBatchSource;

// The pages of one case's materials while the clerk scans them (docs/materialscan.md): pages
// come from the document camera, a scanner batch or files; each is processed (page found,
// flattened, turned upright, enhanced, separator and blank checks) on a worker thread, in
// arrival order. A separator sheet is dropped and sends the rest of its batch to the next
// material (or to the one its cover code names: SEP-M<row>); blank pages are dropped when asked,
// both onto an undo list. The clerk reorders, turns, deletes, rescans pages and drags the corners
// of a badly found page; save() writes one PDF per material and stores it for upload.
class MaterialScanSession : public QObject {
    Q_OBJECT
public:
    MaterialScanSession(MaterialScanRepository &repository, const Clock &clock, QString caseId,
                        QList<ScanMaterial> materials, QString actor, QObject *parent = nullptr);
    ~MaterialScanSession() override;

    const QString &caseId() const { return m_caseId; }
    int materialCount() const { return m_book.materialCount(); }
    const ScanMaterial &material(int index) const { return m_book.material(index); }
    int materialIndex(const QString &name) const { return m_book.materialIndex(name); }
    const QList<ScanPage> &pages(int material) const { return m_book.pages(material); }
    int pageCount() const { return m_book.pageCount(); } // over every material
    // Where new camera pages go, and where a new scan or import starts.
    int currentMaterial() const { return m_current; }
    void setCurrentMaterial(int material);

    ScanMode mode() const { return m_mode; }
    void setMode(ScanMode mode); // processes every page again in the new mode
    bool dropBlankPages() const { return m_dropBlank; }
    void setDropBlankPages(bool drop) { m_dropBlank = drop; }

    // Sources. A camera capture joins the running camera batch (separators split it too).
    void addCameraPage(const QImage &photo);
    // Adds one page of a new batch (one scanned sheet, one imported image); returns its id.
    int addPage(const QImage &original, ScanOrigin origin, double dpi = 0.0);
    // Imports files (images, PDFs) as one batch, on a worker thread.
    void importFiles(const QStringList &paths);
    // Scans a batch (feeder or flatbed) with SANE, on a worker thread.
    void scan(const ScanSettings &settings);
    // Stops the running import or scan and drops the pages still waiting for processing.
    void cancel();

    bool busy() const;
    int batchDone() const { return m_batchDone; }
    int batchTotal() const { return m_batchTotal; }
    // Blocks until the running batch and processing have ended (tools, tests).
    bool waitForIdle(int timeoutMs);

    // Editing. Indexes are within a material's page list; false when out of range.
    bool movePage(int material, int from, int to);
    bool movePageToMaterial(int material, int index, int toMaterial);
    bool rotatePage(int material, int index, int quarterTurnsClockwise);
    bool removePage(int material, int index);
    // The next page that arrives (from any source) replaces this one instead of being added.
    bool rescan(int material, int index);
    int rescanTarget() const { return m_rescanId; } // a page id, 0 when none
    // The clerk's corners (original pixels, TL, TR, BR, BL): the page is cut out again.
    bool setCorners(int material, int index, const QList<QPointF> &corners);

    const QList<DroppedPage> &dropped() const { return m_book.dropped(); }
    bool restoreDropped(int droppedIndex); // back to its material (at its old place)

    // Why save() would refuse now (empty when it would not).
    QString saveProblem() const;
    // One PDF per material with pages (MaterialPdfWriter) stored with its SHA-256 through the
    // repository in one transaction; its upload waits for the sync cycle. Needs a
    // QGuiApplication. A material without pages keeps its earlier scan.
    Result<QList<MaterialScanRecord>> save();
    // The same with the PDFs written on a worker thread (a batch of colour pages takes seconds);
    // saveFinished follows on this object's thread. False, with saveProblem(), when it cannot
    // start. While saving, sources and edits are refused.
    bool saveInBackground();
    bool saving() const { return m_saving; }

signals:
    void pagesChanged(int material); // added, removed, moved
    void pageUpdated(int material, int index);
    void currentMaterialChanged(int material);
    void progressChanged(int done, int total);
    void busyChanged(bool busy);
    // The batch is over (its source ended and every page is processed, or it was cancelled):
    // why it stopped early, if it did, and whether that was an error.
    void batchFinished(const QString &message, bool error);
    void pageDropped(const ow::DroppedPage &page);
    // error is empty when every material was stored.
    void saveFinished(const QList<ow::MaterialScanRecord> &records, const QString &error);
    // A scan asked for the first scanner found: this one was taken (for the next batches).
    void scannerChosen(const QString &device);

private:
    using Located = ScanPageBook::Located;
    // One material's record and pages as save() takes them on this thread (shared copies:
    // later edits do not reach a running save); pdf is filled in by writePdfs.
    struct PendingScan {
        MaterialScanRepository::Scan scan;
        QList<ScanPage> pages;
    };
    QList<PendingScan> scansToWrite() const;
    static QString writePdfs(QList<PendingScan> &pending);
    static QList<MaterialScanRepository::Scan> scansOf(const QList<PendingScan> &pending);
    void addToBatch(const QImage &original, ScanOrigin origin, double dpi, int batch);
    int newBatch();
    void queueProcessing(const ScanPage &page);
    void processed(int pageId, int generation, int epoch, const ScanPageResult &result);
    void splitAtSeparator(Located at, const QString &code);
    void emitDropped(const DroppedPage &dropped);
    void sourceFinished(const QString &message, bool error, int batch);
    template <typename F> void startSource(F &&start);
    void setBusyState(bool wasBusy);
    void startBatchCount();

    MaterialScanRepository &m_repository;
    const Clock &m_clock;
    QString m_caseId;
    QString m_actor;
    ScanPageBook m_book;
    QHash<int, int> m_batchMaterial; // batch -> the material its next pages go to
    int m_current = 0;
    ScanMode m_mode = ScanMode::Greyscale;
    bool m_dropBlank = true;
    int m_nextPageId = 1;
    int m_nextBatch = 1;
    int m_cameraBatch = 0;
    int m_rescanId = 0;
    int m_queued = 0; // processing jobs not yet back
    int m_batchDone = 0;
    int m_batchTotal = 0;
    int m_sourceBatch = 0;
    QString m_finishMessage; // for batchFinished once the batch is over
    bool m_finishError = false;
    bool m_saving = false;
    int m_cancelEpoch = 0;     // results of jobs queued before a cancel are dropped
    PageBatchSource *m_source; // child; deleted first in the destructor
    QThreadPool m_processPool; // one page at a time, in arrival order
};

} // namespace ow
