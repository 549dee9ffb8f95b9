#include "materialscandialog.h"

#include "cameraframesource.h"
#include "documentcamerasession.h"
#include "imagefilechooser.h"
#include "intakesession.h"
#include "materialscansession.h"
#include "pagecornereditor.h"
#include "pagelistmodel.h"
#include "scantypes.h"
#include "syncthread.h"
#include "ui_materialscandialog.h"
#include "workstationcontext.h"

#include <QLocale>
#include <QMessageBox>

namespace ow {

MaterialScanDialog::MaterialScanDialog(WorkstationContext &context, IntakeSession &intake,
                                       const QString &caseId, const QString &material,
                                       MaterialScanDevices devices, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MaterialScanDialog>())
    , m_context(context)
    , m_devices(std::move(devices)) {
    m_ui->setupUi(this);
    QList<ScanMaterial> materials;
    const IntakeCase *kase = intake.caseById(caseId);
    if (kase) {
        int position = 0;
        for (const ChecklistEntry &e : kase->checklist.entries())
            materials << ScanMaterial{e.standard.name, position++};
    }
    m_session = new MaterialScanSession(context.materialScans(), context.clock(), caseId, materials,
                                        intake.actor(), this);
    m_pages = new PageListModel(*m_session, this);
    m_ui->caseLabel->setText(kase ? tr("%1 — case %2").arg(kase->itemName, caseId) : caseId);
    m_ui->pagesView->setModel(m_pages);
    m_ui->pagesView->setViewMode(QListView::ListMode); // row moves go through moveRows
    m_ui->pagesView->setIconSize(QSize(120, 170));
    m_ui->sourceCombo->addItem(tr("Document camera"), int(Source::Camera));
    m_ui->sourceCombo->addItem(tr("Scanner (feeder)"), int(Source::Feeder));
    m_ui->sourceCombo->addItem(tr("Scanner (flatbed)"), int(Source::Flatbed));
    m_ui->sourceCombo->addItem(tr("Files (images, PDF)"), int(Source::Files));
    m_ui->modeCombo->addItem(tr("Greyscale"), int(ScanMode::Greyscale));
    m_ui->modeCombo->addItem(tr("Colour"), int(ScanMode::Colour));
    m_ui->modeCombo->addItem(tr("Black and white"), int(ScanMode::BlackWhite));
    m_ui->previewLabel->hide();
    m_ui->progressBar->setRange(0, 1);
    m_ui->cancelButton->setEnabled(false);

    connect(m_ui->startButton, &QPushButton::clicked, this, &MaterialScanDialog::start);
    connect(m_ui->captureButton, &QPushButton::clicked, this, [this] {
        if (m_camera)
            m_camera->captureNow();
    });
    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, this, [this] {
        stopCamera();
        updateButtons();
    });
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_session->setMode(ScanMode(m_ui->modeCombo->currentData().toInt())); });
    connect(m_ui->dropBlankCheck, &QCheckBox::toggled, m_session,
            &MaterialScanSession::setDropBlankPages);
    connect(m_ui->materialList, &QListWidget::currentRowChanged, this,
            &MaterialScanDialog::materialChosen);
    connect(m_ui->pagesView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MaterialScanDialog::pageChosen);
    connect(m_ui->rotateLeftButton, &QPushButton::clicked, this,
            [this] { withPage([this](int m, int p) { m_session->rotatePage(m, p, -1); }); });
    connect(m_ui->rotateRightButton, &QPushButton::clicked, this,
            [this] { withPage([this](int m, int p) { m_session->rotatePage(m, p, 1); }); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this,
            [this] { withPage([this](int m, int p) { m_session->removePage(m, p); }); });
    connect(m_ui->rescanButton, &QPushButton::clicked, this, [this] {
        withPage([this](int m, int p) { m_session->rescan(m, p); });
        showStatus(tr("The next page replaces the selected one: capture, scan or import it."),
                   false);
    });
    connect(m_ui->moveNextButton, &QPushButton::clicked, this, [this] {
        withPage([this](int m, int p) { m_session->movePageToMaterial(m, p, m + 1); });
    });
    connect(m_ui->cornerEditor, &PageCornerEditor::cornersEdited, this,
            [this](const QList<QPointF> &corners) {
                withPage([&](int m, int p) { m_session->setCorners(m, p, corners); });
            });
    connect(m_ui->cancelButton, &QPushButton::clicked, m_session, &MaterialScanSession::cancel);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, [this] {
        m_session->restoreDropped(int(m_session->dropped().size()) - 1);
        showDropped();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &MaterialScanDialog::save);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);

    connect(m_session, &MaterialScanSession::progressChanged, this,
            &MaterialScanDialog::showProgress);
    connect(m_session, &MaterialScanSession::busyChanged, this, &MaterialScanDialog::busyChanged);
    connect(m_session, &MaterialScanSession::pagesChanged, this,
            &MaterialScanDialog::showMaterials);
    connect(m_session, &MaterialScanSession::pageUpdated, this, [this] { pageChosen(); });
    connect(m_session, &MaterialScanSession::pageDropped, this, &MaterialScanDialog::showDropped);
    connect(m_session, &MaterialScanSession::saveFinished, this, &MaterialScanDialog::saveFinished);
    connect(m_session, &MaterialScanSession::scannerChosen, this, [this](const QString &device) {
        m_devices.scannerDevice = device; // the next batches go to the same scanner
        showStatus(tr("Scanning with %1…").arg(device), false);
    });
    connect(m_session, &MaterialScanSession::currentMaterialChanged, this,
            [this](int m) { m_ui->materialList->setCurrentRow(m); });
    connect(m_session, &MaterialScanSession::batchFinished, this,
            [this](const QString &message, bool error) {
                showStatus(message.isEmpty() ? tr("All pages processed.") : message, error);
            });

    showMaterials();
    m_session->setCurrentMaterial(qMax(0, m_session->materialIndex(material)));
    m_ui->materialList->setCurrentRow(m_session->currentMaterial());
    showDropped();
    updateButtons();
}

MaterialScanDialog::~MaterialScanDialog() {
    stopCamera();
}

PageCornerEditor *MaterialScanDialog::cornerEditor() const {
    return m_ui->cornerEditor;
}

QString MaterialScanDialog::statusText() const {
    return m_ui->statusLabel->text();
}

void MaterialScanDialog::setSource(Source source) {
    m_ui->sourceCombo->setCurrentIndex(m_ui->sourceCombo->findData(int(source)));
}

int MaterialScanDialog::selectedPage() const {
    const QModelIndex current = m_ui->pagesView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

template <typename F> void MaterialScanDialog::withPage(F &&edit) {
    const int page = selectedPage();
    if (page >= 0)
        edit(m_session->currentMaterial(), page);
}

void MaterialScanDialog::start() {
    switch (Source(m_ui->sourceCombo->currentData().toInt())) {
    case Source::Camera:
        if (m_camera)
            stopCamera();
        else
            startCamera();
        break;
    case Source::Feeder:
        startScanner(true);
        break;
    case Source::Flatbed:
        startScanner(false);
        break;
    case Source::Files: {
        FileDialogImageChooser dialogChooser;
        ImageFileChooser *chooser = m_devices.files ? m_devices.files : &dialogChooser;
        const QStringList files = chooser->chooseImageFiles(this);
        if (!files.isEmpty())
            m_session->importFiles(files);
        break;
    }
    }
    updateButtons();
}

void MaterialScanDialog::startCamera() {
    m_cameraSource = m_devices.camera ? m_devices.camera(this) : new CameraFrameSource({}, this);
    m_camera = new DocumentCameraSession(m_cameraSource, {}, this);
    connect(m_camera, &DocumentCameraSession::pageCaptured, m_session,
            [this](const QImage &page) { m_session->addCameraPage(page); });
    connect(m_camera, &DocumentCameraSession::previewFrame, this, [this](const QImage &frame) {
        m_ui->previewLabel->setPixmap(QPixmap::fromImage(
            frame.scaled(m_ui->previewLabel->size(), Qt::KeepAspectRatio, Qt::FastTransformation)));
    });
    connect(m_camera, &DocumentCameraSession::failed, this,
            [this](const QString &message) { showStatus(message, true); });
    m_ui->previewLabel->show();
    m_camera->start();
    showStatus(tr("Camera on: place each page under it; it is taken once the desk is still."),
               false);
}

void MaterialScanDialog::stopCamera() {
    if (!m_camera)
        return;
    m_camera->stop();
    delete m_camera;
    m_camera = nullptr;
    delete m_cameraSource;
    m_cameraSource = nullptr;
    m_ui->previewLabel->hide();
    updateButtons();
}

void MaterialScanDialog::startScanner(bool feeder) {
    ScanSettings settings;
    settings.device = m_devices.scannerDevice; // empty: the session takes the first one found
    settings.source = feeder ? ScanSource::Feeder : ScanSource::Flatbed;
    settings.mode =
        m_session->mode() == ScanMode::Colour ? ScanColourMode::Colour : ScanColourMode::Grey;
    settings.dpi = m_devices.scannerDpi;
    settings.extraOptions = m_devices.scannerOptions;
    m_session->scan(settings);
    showStatus(settings.device.isEmpty() ? tr("Looking for a scanner…")
                                         : tr("Scanning with %1…").arg(settings.device),
               false);
}

void MaterialScanDialog::showMaterials() {
    const int current = m_ui->materialList->currentRow();
    m_ui->materialList->blockSignals(true);
    m_ui->materialList->clear();
    for (int i = 0; i < m_session->materialCount(); ++i) {
        const qsizetype pages = m_session->pages(i).size();
        m_ui->materialList->addItem(
            pages ? tr("%1 (%n page(s))", nullptr, int(pages)).arg(m_session->material(i).name)
                  : m_session->material(i).name);
    }
    m_ui->materialList->setCurrentRow(current >= 0 ? current : m_session->currentMaterial());
    m_ui->materialList->blockSignals(false);
    updateButtons();
}

void MaterialScanDialog::materialChosen(int row) {
    if (row >= 0)
        m_session->setCurrentMaterial(row);
    pageChosen();
}

void MaterialScanDialog::pageChosen() {
    const int page = selectedPage();
    const int material = m_session->currentMaterial();
    if (page < 0 || page >= m_session->pages(material).size()) {
        m_ui->cornerEditor->setImage({}, {});
    } else {
        const ScanPage &p = m_session->pages(material).at(page);
        m_ui->cornerEditor->setImage(p.original, p.corners);
    }
    updateButtons();
}

void MaterialScanDialog::showProgress(int done, int total) {
    m_ui->progressBar->setRange(0, qMax(1, total));
    m_ui->progressBar->setValue(total ? done : 1);
    m_ui->progressBar->setFormat(tr("%1 of %2 pages").arg(done).arg(total));
}

void MaterialScanDialog::busyChanged(bool) {
    updateButtons();
}

void MaterialScanDialog::showStatus(const QString &text, bool error) {
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

void MaterialScanDialog::showDropped() {
    const qsizetype n = m_session->dropped().size();
    m_ui->droppedLabel->setText(
        n ? tr("%n page(s) taken out (separator sheets, blank pages).", nullptr, int(n))
          : QString());
    m_ui->restoreButton->setEnabled(n > 0);
}

void MaterialScanDialog::updateButtons() {
    const bool saving = m_session->saving();
    // While the PDFs are written nothing may change what is being saved.
    const QList<QWidget *> editing = {m_ui->sourceCombo, m_ui->modeCombo,     m_ui->startButton,
                                      m_ui->pagesView,   m_ui->materialList,  m_ui->cornerEditor,
                                      m_ui->closeButton, m_ui->dropBlankCheck};
    for (QWidget *w : editing)
        w->setEnabled(!saving);
    const bool busy = m_session->busy() || saving;
    const bool page = selectedPage() >= 0;
    const auto source = Source(m_ui->sourceCombo->currentData().toInt());
    m_ui->cancelButton->setEnabled(m_session->busy());
    m_ui->captureButton->setEnabled(m_camera != nullptr);
    m_ui->startButton->setText(source == Source::Camera && m_camera ? tr("S&top camera")
                                                                    : tr("S&tart"));
    for (QPushButton *b : {m_ui->rotateLeftButton, m_ui->rotateRightButton, m_ui->deleteButton,
                           m_ui->rescanButton, m_ui->moveNextButton})
        b->setEnabled(page && !saving);
    m_ui->saveButton->setEnabled(!busy && m_session->pageCount() > 0);
}

bool MaterialScanDialog::save() {
    stopCamera();
    if (!m_session->saveInBackground()) {
        showStatus(m_session->saveProblem(), true);
        return false;
    }
    showStatus(tr("Saving the PDFs…"), false);
    updateButtons();
    return true;
}

void MaterialScanDialog::saveFinished(const QList<MaterialScanRecord> &records,
                                      const QString &error) {
    updateButtons();
    if (!error.isEmpty()) {
        showStatus(error, true);
        return;
    }
    if (SyncThread *sync = m_context.backgroundSync())
        sync->nudge(); // upload soon
    qint64 bytes = 0;
    for (const MaterialScanRecord &r : records)
        bytes += r.byteSize;
    showStatus(tr("Saved %n material(s), %1.", nullptr, int(records.size()))
                   .arg(QLocale().formattedDataSize(bytes)),
               false);
    emit saved(records);
    accept();
}

void MaterialScanDialog::reject() {
    if (m_session->saving())
        return; // the PDFs are being stored: closing now would leave the clerk unsure
    const int pages = m_session->pageCount();
    if (pages > 0 || m_session->busy()) {
        const QString question =
            tr("Close without saving? The %n scanned page(s) will be lost.", nullptr, pages);
        const bool discard =
            m_devices.confirmDiscard
                ? m_devices.confirmDiscard(this, question)
                : QMessageBox::question(this, windowTitle(), question,
                                        QMessageBox::Discard | QMessageBox::Cancel,
                                        QMessageBox::Cancel) == QMessageBox::Discard;
        if (!discard)
            return;
        m_session->cancel();
    }
    stopCamera();
    QDialog::reject();
}

} // namespace ow
