#include "materialscansession.h"

#include "clock.h"
#include "materialscanwriter.h"
#include "pagebatchsource.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <algorithm>
#include <utility>

namespace ow {

MaterialScanSession::MaterialScanSession(MaterialScanRepository &repository, const Clock &clock,
                                         QString caseId, QList<ScanMaterial> materials,
                                         QString actor, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_clock(clock)
    , m_caseId(std::move(caseId))
    , m_actor(std::move(actor))
    , m_book(std::move(materials))
    , m_source(new PageBatchSource(this)) {
    m_processPool.setMaxThreadCount(1);
    m_cameraBatch = newBatch();
    connect(m_source, &PageBatchSource::pageArrived, this, &MaterialScanSession::addToBatch);
    connect(m_source, &PageBatchSource::finished, this, &MaterialScanSession::sourceFinished);
    connect(m_source, &PageBatchSource::scannerChosen, this, &MaterialScanSession::scannerChosen);
}

MaterialScanSession::~MaterialScanSession() {
    m_processPool.clear();
    m_processPool.waitForDone();
    delete m_source; // cancels and waits for its worker while this object still exists
}

bool MaterialScanSession::busy() const {
    return m_source->running() || m_queued > 0;
}

void MaterialScanSession::setCurrentMaterial(int material) {
    if (material < 0 || material >= m_book.materialCount() || material == m_current)
        return;
    m_current = material;
    m_batchMaterial[m_cameraBatch] = material; // the camera follows the clerk's choice
    emit currentMaterialChanged(material);
}

void MaterialScanSession::setMode(ScanMode mode) {
    if (mode == m_mode || m_saving)
        return;
    m_mode = mode;
    const bool wasBusy = busy();
    for (int m = 0; m < m_book.materialCount(); ++m)
        for (ScanPage &page : m_book.pages(m)) {
            if (page.original.isNull())
                continue;
            ++page.generation;
            page.pending = true;
            queueProcessing(page);
        }
    setBusyState(wasBusy);
}

int MaterialScanSession::newBatch() {
    const int batch = m_nextBatch++;
    m_batchMaterial[batch] = m_current;
    return batch;
}

void MaterialScanSession::startBatchCount() {
    if (!busy()) {
        m_batchDone = 0;
        m_batchTotal = 0;
    }
}

void MaterialScanSession::setBusyState(bool wasBusy) {
    emit progressChanged(m_batchDone, m_batchTotal);
    if (wasBusy == busy())
        return;
    emit busyChanged(busy());
    if (!busy()) { // the batch is over: its source has ended and every page is processed
        const QString message = std::exchange(m_finishMessage, QString());
        emit batchFinished(message, std::exchange(m_finishError, false));
    }
}

void MaterialScanSession::addCameraPage(const QImage &photo) {
    addToBatch(photo, ScanOrigin::Camera, 0.0, m_cameraBatch);
}

int MaterialScanSession::addPage(const QImage &original, ScanOrigin origin, double dpi) {
    const int id = m_rescanId ? m_rescanId : m_nextPageId;
    addToBatch(original, origin, dpi, newBatch());
    return id;
}

void MaterialScanSession::addToBatch(const QImage &original, ScanOrigin origin, double dpi,
                                     int batch) {
    if (batch == m_sourceBatch && m_source->cancelled())
        return; // arrived after the clerk cancelled its batch
    const bool wasBusy = busy();
    startBatchCount();
    if (m_rescanId) { // the rescan replaces the page where it stands
        const Located at = m_book.locate(m_rescanId);
        m_rescanId = 0;
        if (at) {
            ScanPage &page = m_book.at(at);
            page.original = original;
            page.origin = origin;
            page.originalDpi = dpi;
            page.corners.clear();
            page.manualCorners = false;
            page.quarterTurns = 0;
            page.processed = QImage();
            page.thumbnail = QImage();
            page.error.clear();
            page.blank = false;
            page.pending = true;
            ++page.generation;
            ++m_batchTotal;
            queueProcessing(page);
            emit pageUpdated(at.material, at.index);
            setBusyState(wasBusy);
            return;
        }
    }
    ScanPage page;
    page.id = m_nextPageId++;
    page.batch = batch;
    page.origin = origin;
    page.original = original;
    page.originalDpi = dpi;
    const int material =
        std::clamp(m_batchMaterial.value(batch, m_current), 0, m_book.materialCount() - 1);
    m_book.pages(material).append(page);
    ++m_batchTotal;
    queueProcessing(page);
    emit pagesChanged(material);
    setBusyState(wasBusy);
}

void MaterialScanSession::queueProcessing(const ScanPage &page) {
    ++m_queued;
    const int id = page.id;
    const int generation = page.generation;
    const int epoch = m_cancelEpoch;
    const QImage original = page.original;
    const double dpi = page.originalDpi;
    const ScanOrigin origin = page.origin;
    const ScanMode mode = m_mode;
    const QList<QPointF> corners = page.manualCorners ? page.corners : QList<QPointF>();
    m_processPool.start([this, id, generation, epoch, original, dpi, origin, mode, corners] {
        const ScanPageResult result =
            ScanPageProcessor::process(original, dpi, origin, mode, corners);
        QMetaObject::invokeMethod(
            this,
            [this, id, generation, epoch, result] { processed(id, generation, epoch, result); },
            Qt::QueuedConnection);
    });
}

void MaterialScanSession::processed(int pageId, int generation, int epoch,
                                    const ScanPageResult &result) {
    if (epoch != m_cancelEpoch)
        return;
    const bool wasBusy = busy();
    --m_queued;
    ++m_batchDone;
    const Located at = m_book.locate(pageId);
    if (at) {
        ScanPage &page = m_book.at(at);
        if (page.generation == generation) {
            const bool firstPass = page.processed.isNull() && page.error.isEmpty();
            page.pending = false;
            page.processed = result.page;
            page.dpi = result.dpi;
            page.error = result.error;
            page.blank = result.blank;
            if (!page.manualCorners)
                page.corners = result.corners;
            page.thumbnail = page.quarterTurns ? ScanPageProcessor::thumbnailOf(page.pageImage())
                                               : result.thumbnail;
            if (firstPass && result.separator) {
                splitAtSeparator(at, result.separatorCode);
            } else if (firstPass && result.blank && m_dropBlank) {
                emitDropped(m_book.dropBlank(at));
            } else {
                emit pageUpdated(at.material, at.index);
            }
        }
    }
    setBusyState(wasBusy);
}

void MaterialScanSession::splitAtSeparator(Located at, const QString &code) {
    const int next = m_book.separatorTarget(code, at.material);
    const DroppedPage dropped = m_book.dropSeparator(at, code, next);
    m_batchMaterial[dropped.page.batch] = next;
    if (dropped.page.batch == m_cameraBatch && next != m_current) {
        m_current = next;
        emit currentMaterialChanged(next);
    }
    emitDropped(dropped);
    if (next != at.material)
        emit pagesChanged(next);
}

void MaterialScanSession::emitDropped(const DroppedPage &dropped) {
    emit pageDropped(dropped);
    emit pagesChanged(dropped.material);
}

void MaterialScanSession::importFiles(const QStringList &paths) {
    startSource([&](int batch) { return m_source->importFiles(paths, batch); });
}

void MaterialScanSession::scan(const ScanSettings &settings) {
    startSource([&](int batch) { return m_source->scan(settings, batch); });
}

template <typename F> void MaterialScanSession::startSource(F &&start) {
    if (m_source->running() || m_saving)
        return;
    const bool wasBusy = busy();
    startBatchCount();
    const int batch = newBatch();
    if (!start(batch))
        return;
    m_sourceBatch = batch;
    setBusyState(wasBusy);
}

void MaterialScanSession::sourceFinished(const QString &message, bool error, int batch) {
    if (batch != m_sourceBatch)
        return;
    if (m_source->cancelled()) {
        m_finishMessage = tr("Cancelled: the pages processed so far are kept.");
        m_finishError = false;
    } else if (!message.isEmpty()) {
        m_finishMessage = message;
        m_finishError = error;
    }
    setBusyState(true); // the source was running until now
}

void MaterialScanSession::cancel() {
    if (!busy())
        return;
    const bool wasBusy = busy();
    m_source->cancel();
    m_processPool.clear();
    ++m_cancelEpoch;
    m_queued = 0;
    // Pages still waiting are dropped; a page being reprocessed keeps its last good result.
    for (int m : m_book.removeUnprocessed())
        emit pagesChanged(m);
    m_finishMessage = tr("Cancelled: the pages processed so far are kept.");
    m_finishError = false;
    setBusyState(wasBusy);
}

bool MaterialScanSession::waitForIdle(int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (busy() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        m_processPool.waitForDone(10);
    }
    return !busy();
}

bool MaterialScanSession::movePage(int material, int from, int to) {
    if (m_saving || !m_book.has(material, from) || !m_book.has(material, to))
        return false;
    QList<ScanPage> &pages = m_book.pages(material);
    if (from != to) {
        pages.move(from, to);
        emit pagesChanged(material);
    }
    return true;
}

bool MaterialScanSession::movePageToMaterial(int material, int index, int toMaterial) {
    if (m_saving || !m_book.has(material, index) || toMaterial < 0 ||
        toMaterial >= m_book.materialCount())
        return false;
    if (material == toMaterial)
        return true;
    m_book.pages(toMaterial).append(m_book.pages(material).takeAt(index));
    emit pagesChanged(material);
    emit pagesChanged(toMaterial);
    return true;
}

bool MaterialScanSession::rotatePage(int material, int index, int quarterTurnsClockwise) {
    if (m_saving || !m_book.has(material, index))
        return false;
    ScanPage &page = m_book.pages(material)[index];
    page.quarterTurns = ((page.quarterTurns + quarterTurnsClockwise) % 4 + 4) % 4;
    page.thumbnail = ScanPageProcessor::thumbnailOf(page.pageImage());
    emit pageUpdated(material, index);
    return true;
}

bool MaterialScanSession::removePage(int material, int index) {
    if (m_saving || !m_book.has(material, index))
        return false;
    const bool wasBusy = busy();
    const ScanPage page = m_book.pages(material).takeAt(index);
    if (page.id == m_rescanId)
        m_rescanId = 0;
    emit pagesChanged(material);
    setBusyState(wasBusy);
    return true;
}

bool MaterialScanSession::rescan(int material, int index) {
    if (m_saving || !m_book.has(material, index))
        return false;
    m_rescanId = m_book.pages(material)[index].id;
    return true;
}

bool MaterialScanSession::setCorners(int material, int index, const QList<QPointF> &corners) {
    if (m_saving || !m_book.has(material, index) || corners.size() != 4)
        return false;
    ScanPage &page = m_book.pages(material)[index];
    const QRectF bounds(QPointF(0, 0), QSizeF(page.original.size()));
    for (const QPointF &p : corners)
        if (!bounds.adjusted(-1, -1, 1, 1).contains(p))
            return false;
    const bool wasBusy = busy();
    startBatchCount();
    page.corners = corners;
    page.manualCorners = true;
    page.pending = true;
    ++page.generation;
    ++m_batchTotal;
    queueProcessing(page);
    emit pageUpdated(material, index);
    setBusyState(wasBusy);
    return true;
}

bool MaterialScanSession::restoreDropped(int droppedIndex) {
    if (m_saving)
        return false;
    const int material = m_book.restore(droppedIndex);
    if (material >= 0)
        emit pagesChanged(material);
    return material >= 0;
}

QString MaterialScanSession::saveProblem() const {
    if (m_saving)
        return tr("The materials are being saved.");
    if (busy())
        return tr("Wait until every page is processed (or cancel the batch).");
    if (pageCount() == 0)
        return tr("There are no pages to save.");
    for (int m = 0; m < m_book.materialCount(); ++m)
        for (int i = 0; i < m_book.pages(m).size(); ++i)
            if (m_book.pages(m)[i].processed.isNull())
                return tr("Page %1 of “%2” could not be processed: rescan or delete it.")
                    .arg(i + 1)
                    .arg(m_book.material(m).name);
    return {};
}

QList<MaterialScanSession::PendingScan> MaterialScanSession::scansToWrite() const {
    QList<PendingScan> pending;
    for (int m = 0; m < m_book.materialCount(); ++m) {
        const QList<ScanPage> &pages = m_book.pages(m);
        if (pages.isEmpty())
            continue;
        PendingScan p;
        p.pages = pages;
        MaterialScanRecord &record = p.scan.record;
        record.caseId = m_caseId;
        record.material = m_book.material(m).name;
        record.position = m_book.material(m).position;
        record.pageCount = int(pages.size());
        record.mode = scanModeName(m_mode);
        record.createdBy = m_actor;
        record.createdAt = m_clock.now();
        pending << p;
    }
    return pending;
}

QString MaterialScanSession::writePdfs(QList<PendingScan> &pending) {
    for (PendingScan &p : pending) {
        auto pdf = MaterialScanWriter::pdfOf(p.pages, p.scan.record.material);
        if (!pdf)
            return pdf.error();
        p.scan.pdf = pdf.value();
    }
    return {};
}

QList<MaterialScanRepository::Scan>
MaterialScanSession::scansOf(const QList<PendingScan> &pending) {
    QList<MaterialScanRepository::Scan> scans;
    for (const PendingScan &p : pending)
        scans << p.scan;
    return scans;
}

Result<QList<MaterialScanRecord>> MaterialScanSession::save() {
    using R = Result<QList<MaterialScanRecord>>;
    if (const QString problem = saveProblem(); !problem.isEmpty())
        return R::failure(problem);
    QList<PendingScan> pending = scansToWrite();
    if (const QString error = writePdfs(pending); !error.isEmpty())
        return R::failure(error);
    return m_repository.save(scansOf(pending));
}

bool MaterialScanSession::saveInBackground() {
    if (!saveProblem().isEmpty())
        return false;
    m_saving = true;
    m_processPool.start([this, toWrite = scansToWrite()] {
        QList<PendingScan> pending = toWrite;
        const QString error = writePdfs(pending);
        const QList<MaterialScanRepository::Scan> scans = scansOf(pending);
        // Stored on this object's thread: the database connection belongs to it. Dropped if
        // the session is gone by then (its destructor waits for this job first).
        QMetaObject::invokeMethod(
            this,
            [this, scans, error] {
                m_saving = false;
                if (!error.isEmpty()) {
                    emit saveFinished({}, error);
                    return;
                }
                auto stored = m_repository.save(scans);
                emit saveFinished(stored ? stored.value() : QList<MaterialScanRecord>(),
                                  stored ? QString() : stored.error());
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace ow
