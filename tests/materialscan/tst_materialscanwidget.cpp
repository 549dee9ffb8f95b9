// The scanning screen opened from a case's checklist (F9), offscreen: a mixed batch from files
// with a separator sheet, a SANE test-device feeder batch, a document-camera capture from an
// image sequence; reorder, rotate, delete, drag a corner, cancel mid-batch, save, and the
// checklist shows the materials as scanned (still missing until the clerk marks them received).
#include "../models/intakesessionfixture.h"
#include "checklistpanel.h"
#include "checklisttablemodel.h"
#include "imagefilechooser.h"
#include "imagesequenceframesource.h"
#include "materialscandialog.h"
#include "materialscansession.h"
#include "pagecornereditor.h"
#include "pagelistmodel.h"
#include "scancasefixture.h"

#include <QDir>
#include <QFile>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ow;
using ow::test::IntakeSessionFixture;
using ow::test::SheetKind;

namespace {

// Answers the file dialog with the next prepared list of files.
class ListChooser final : public ImageFileChooser {
public:
    QStringList chooseImageFiles(QWidget *) override {
        return answers.isEmpty() ? QStringList() : answers.takeFirst();
    }
    QList<QStringList> answers;
};

// The empty desk (settles first), then a photographed page that stays still.
FrameSource *deskThenPage(QObject *parent) {
    QImage desk(1600, 1200, QImage::Format_RGB32);
    desk.fill(QColor(140, 100, 60));
    QList<QImage> frames;
    for (int i = 0; i < 60; ++i) // 1.2 s: settles (0.8 s still) as the empty desk
        frames << desk;
    const QImage page = test::sheet(SheetKind::Photo, 11).convertToFormat(QImage::Format_RGB32);
    for (int i = 0; i < 80; ++i)
        frames << page;
    auto *source = new ImageSequenceFrameSource(frames, 20, parent);
    source->setLooping(false);
    return source;
}

} // namespace

class TestMaterialScanWidget : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void scanAMixedBatchIntoTheCase();
    void cancelMidBatch();
    void closingWithUnsavedPagesAsks();
    void closingWithNothingScannedDoesNotAsk();
    void firstScannerIsFoundOffTheUiThread();

private:
    template <typename T> T *child(const char *name) const {
        return m_dialog->findChild<T *>(QLatin1String(name));
    }
    MaterialScanDialog *openFromChecklist(int row);
    bool waitIdle(int timeoutMs = 240000);

    QTemporaryDir m_saneConfig;
    QTemporaryDir m_files;
    std::unique_ptr<IntakeSessionFixture> m_fx;
    std::unique_ptr<ChecklistPanel> m_panel;
    ListChooser m_chooser;
    QString m_caseId;
    QPointer<MaterialScanDialog> m_dialog;
    MaterialScanDevices m_devices;
    QStringList m_questions; // what the dialog asked before discarding pages
    bool m_discard = false;  // the clerk's answer
};

void TestMaterialScanWidget::initTestCase() {
    // SANE's test backend only (platform notes §9): set before SANE is first initialised.
    QFile dll(m_saneConfig.filePath(QStringLiteral("dll.conf")));
    QVERIFY(dll.open(QIODevice::WriteOnly));
    dll.write("test\n");
    dll.close();
    QFile::copy(QStringLiteral("/etc/sane.d/test.conf"),
                m_saneConfig.filePath(QStringLiteral("test.conf")));
    qputenv("SANE_CONFIG_DIR", m_saneConfig.path().toLocal8Bit());
}

void TestMaterialScanWidget::init() {
    m_fx = std::make_unique<IntakeSessionFixture>();
    const QString error = m_fx->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_fx->session().startVisit(IntakeSessionFixture::person()).isEmpty());
    auto kase = m_fx->session().addItem(QStringLiteral("I09"));
    QVERIFY2(kase, qPrintable(kase.error()));
    m_caseId = kase.value();
    m_panel = std::make_unique<ChecklistPanel>();
    m_panel->setSession(&m_fx->session());
    m_panel->setCaseId(m_caseId);
    MaterialScanDevices devices;
    devices.files = &m_chooser;
    devices.camera = deskThenPage;
    devices.scannerDevice = QStringLiteral("test:0");
    devices.scannerDpi = 75;
    devices.scannerOptions = {{QByteArrayLiteral("test-picture"), QStringLiteral("Color pattern")}};
    devices.confirmDiscard = [this](QWidget *, const QString &question) {
        m_questions << question;
        return m_discard;
    };
    m_questions.clear();
    m_discard = false;
    m_devices = devices;
    m_panel->setScanDevices(devices);
    m_panel->resize(900, 500);
    m_panel->show();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

void TestMaterialScanWidget::cleanup() {
    delete m_dialog;
    m_panel.reset();
    m_fx.reset();
}

MaterialScanDialog *TestMaterialScanWidget::openFromChecklist(int row) {
    QTableView *table = m_panel->table();
    table->setCurrentIndex(m_panel->model()->index(row, ChecklistTableModel::StateColumn));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F9);
    m_dialog = m_panel->findChild<MaterialScanDialog *>();
    return m_dialog;
}

bool TestMaterialScanWidget::waitIdle(int timeoutMs) {
    return m_dialog && m_dialog->session().waitForIdle(timeoutMs);
}

void TestMaterialScanWidget::scanAMixedBatchIntoTheCase() {
    QList<int> statesBefore;
    for (int row = 0; row < m_panel->model()->rowCount(); ++row)
        statesBefore
            << m_panel->model()->index(row, 0).data(ChecklistTableModel::StateRole).toInt();
    QVERIFY(openFromChecklist(0));
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    MaterialScanSession &session = m_dialog->session();
    QCOMPARE(session.materialCount(), 4);
    QCOMPARE(session.currentMaterial(), 0);

    // Feeder pages from files: two pages, a separator sheet, one page, a blank page.
    const QString dir = m_files.path();
    m_chooser.answers << QStringList{
        test::writeSheet(dir, SheetKind::Text, 1), test::writeSheet(dir, SheetKind::Text, 2),
        test::writeSheet(dir, SheetKind::Separator, 3), test::writeSheet(dir, SheetKind::Text, 4),
        test::writeSheet(dir, SheetKind::Blank, 5)};
    m_dialog->setSource(MaterialScanDialog::Source::Files);
    child<QPushButton>("startButton")->click();
    QVERIFY(session.busy());
    QVERIFY(child<QPushButton>("cancelButton")->isEnabled());
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    QVERIFY(waitIdle());
    QCOMPARE(session.pages(0).size(), 2);
    QCOMPARE(session.pages(1).size(), 1);
    QCOMPARE(session.dropped().size(), 2);
    QVERIFY(child<QPushButton>("saveButton")->isEnabled());

    // A SANE feeder batch (the test device's feeder holds ten sheets) into the third material.
    session.setCurrentMaterial(2);
    m_dialog->setSource(MaterialScanDialog::Source::Feeder);
    child<QPushButton>("startButton")->click();
    QVERIFY(waitIdle());
    // The test device's sheets are colour test charts printed to the edges: pages, neither
    // blank nor separators, and not scanner background to be painted away. All ten arrive.
    QVERIFY2(session.pages(2).size() == 10, qPrintable(m_dialog->statusText()));
    QVERIFY(session.pages(3).isEmpty());
    for (const DroppedPage &d : session.dropped())
        QVERIFY(d.page.origin != ScanOrigin::Scanner);
    while (session.pages(2).size() > 1) // one chart is enough for the PDF below
        session.removePage(2, 1);

    // A document-camera photo into the fourth material, taken once the desk is still.
    session.setCurrentMaterial(3);
    m_dialog->setSource(MaterialScanDialog::Source::Camera);
    child<QPushButton>("startButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(session.pages(3).size() == 1, 60000);
    child<QPushButton>("startButton")->click(); // stop the camera
    QVERIFY(waitIdle());
    QCOMPARE(session.pages(3)[0].corners.size(), 4);

    if (const QString dump = qEnvironmentVariable("OW_MATERIALSCAN_DUMP"); !dump.isEmpty())
        session.pages(3)[0].processed.save(QDir(dump).filePath(QStringLiteral("camera.png")));
    // Drag a corner of the photographed page a little: it is cut out again from the original.
    auto *view = child<QListView>("pagesView");
    PageListModel *pages = m_dialog->pageModel();
    QCOMPARE(pages->rowCount(), 1);
    view->setCurrentIndex(pages->index(0));
    PageCornerEditor *editor = m_dialog->cornerEditor();
    QVERIFY(editor->hasImage());
    const QPoint from = editor->handlePosition(0);
    const QList<QPointF> before = editor->corners();
    QTest::mousePress(editor, Qt::LeftButton, {}, from);
    QTest::mouseMove(editor, from + QPoint(4, 3));
    QTest::mouseRelease(editor, Qt::LeftButton, {}, from + QPoint(4, 3));
    QVERIFY(session.pages(3)[0].manualCorners);
    QVERIFY(session.pages(3)[0].corners[0] != before[0]);
    QVERIFY(waitIdle());
    QVERIFY(!session.pages(3)[0].processed.isNull());
    // A small correction keeps the page upright and portrait.
    QVERIFY(session.pages(3)[0].processed.height() > session.pages(3)[0].processed.width());

    // Reorder (what a drag in the grid does), rotate and delete in the first material.
    session.setCurrentMaterial(0);
    QCOMPARE(pages->rowCount(), 2);
    const int firstId = pages->index(0).data(PageListModel::PageIdRole).toInt();
    QVERIFY(pages->moveRows({}, 0, 1, {}, 2));
    QCOMPARE(pages->index(1).data(PageListModel::PageIdRole).toInt(), firstId);
    view->setCurrentIndex(pages->index(1));
    child<QPushButton>("rotateRightButton")->click();
    QCOMPARE(session.pages(0)[1].quarterTurns, 1);
    QVERIFY(!pages->index(1).data(Qt::DecorationRole).isNull());
    session.setCurrentMaterial(1);
    view->setCurrentIndex(pages->index(0));
    child<QPushButton>("deleteButton")->click();
    QCOMPARE(session.pages(1).size(), 0);
    // The last page taken out (the blank back of the file batch) goes back where it was; the
    // clerk deletes it again.
    child<QPushButton>("restoreButton")->click();
    QCOMPARE(session.pages(1).size(), 1);
    view->setCurrentIndex(pages->index(0));
    child<QPushButton>("deleteButton")->click();
    QCOMPARE(session.pages(1).size(), 0);
    QCOMPARE(session.pages(2).size(), 1);

    // Save: one PDF per material with pages, and the checklist shows them as scanned.
    QSignalSpy saved(m_dialog, &MaterialScanDialog::saved);
    child<QPushButton>("saveButton")->click();
    // The PDFs are written on a worker: the screen stays live but nothing can be changed.
    QVERIFY(session.saving());
    QVERIFY(!child<QPushButton>("startButton")->isEnabled());
    QVERIFY(!child<QPushButton>("closeButton")->isEnabled());
    QTest::keyClick(m_dialog, Qt::Key_Escape); // ignored while saving
    QVERIFY(m_dialog->isVisible());
    const auto status = [this] { return m_dialog ? m_dialog->statusText() : QString(); };
    QTRY_VERIFY_WITH_TIMEOUT(saved.size() == 1 || !session.saving(), 120000);
    QVERIFY2(saved.size() == 1, qPrintable(status()));
    QTRY_VERIFY(m_dialog.isNull()); // accepted and closed
    ChecklistTableModel *model = m_panel->model();
    QCOMPARE(model->index(0, 0).data(ChecklistTableModel::ScanPagesRole).toInt(), 2);
    QCOMPARE(model->index(1, 0).data(ChecklistTableModel::ScanPagesRole).toInt(), 0);
    QCOMPARE(model->index(2, 0).data(ChecklistTableModel::ScanPagesRole).toInt(), 1);
    QCOMPARE(model->index(3, 0).data(ChecklistTableModel::ScanPagesRole).toInt(), 1);
    QVERIFY(!model->index(0, ChecklistTableModel::ScanColumn).data().toString().isEmpty());
    QVERIFY(model->index(1, ChecklistTableModel::ScanColumn).data().toString().isEmpty());
    // Receiving the material stays the clerk's decision.
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(ChecklistTableModel::StateRole).toInt(),
                 statesBefore.at(row));
    auto stored = m_fx->context().materialScans().scansOf(m_caseId);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 3);
    for (const MaterialScanRecord &r : stored.value()) {
        auto pdf = m_fx->context().materialScans().pdf(r.sha256);
        QVERIFY2(pdf, qPrintable(pdf.error()));
        QCOMPARE(test::pdfPageCount(pdf.value()), r.pageCount);
        // To look at the PDFs: OW_MATERIALSCAN_DUMP=<folder> (pdftoppm renders them).
        if (const QString dump = qEnvironmentVariable("OW_MATERIALSCAN_DUMP"); !dump.isEmpty()) {
            QFile out(QDir(dump).filePath(QStringLiteral("material-%1.pdf").arg(r.position + 1)));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(pdf.value());
        }
    }
}

void TestMaterialScanWidget::cancelMidBatch() {
    QVERIFY(openFromChecklist(1));
    MaterialScanSession &session = m_dialog->session();
    QCOMPARE(session.currentMaterial(), 1);
    QStringList files;
    for (int i = 0; i < 6; ++i)
        files << test::writeSheet(m_files.path(), SheetKind::Text, 40 + i);
    m_chooser.answers << files;
    m_dialog->setSource(MaterialScanDialog::Source::Files);
    child<QPushButton>("startButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(session.batchDone() >= 1, 120000);
    child<QPushButton>("cancelButton")->click();
    QVERIFY(waitIdle(60000));
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->statusText().contains(QStringLiteral("Cancelled")), 30000);
    QVERIFY(session.pages(1).size() < 6);
    QVERIFY(!child<QPushButton>("cancelButton")->isEnabled());
    m_discard = true;
    child<QPushButton>("closeButton")->click();
    QTRY_VERIFY(m_dialog.isNull());
    QCOMPARE(m_fx->context().materialScans().scansOf(m_caseId)->size(), 0);
}

void TestMaterialScanWidget::closingWithUnsavedPagesAsks() {
    QVERIFY(openFromChecklist(0));
    MaterialScanSession &session = m_dialog->session();
    m_chooser.answers << QStringList{test::writeSheet(m_files.path(), SheetKind::Text, 60)};
    m_dialog->setSource(MaterialScanDialog::Source::Files);
    child<QPushButton>("startButton")->click();
    QVERIFY(waitIdle(120000));
    QCOMPARE(session.pageCount(), 1);
    // The clerk keeps the pages: the dialog stays, nothing lost.
    child<QPushButton>("closeButton")->click();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(QStringLiteral("1")), qPrintable(m_questions.first()));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(session.pageCount(), 1);
    // Escape asks too; this time the clerk discards them.
    m_discard = true;
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QCOMPARE(m_questions.size(), 2);
    QTRY_VERIFY(m_dialog.isNull()); // closed
    QCOMPARE(m_fx->context().materialScans().scansOf(m_caseId)->size(), 0);
}

void TestMaterialScanWidget::closingWithNothingScannedDoesNotAsk() {
    QVERIFY(openFromChecklist(0));
    child<QPushButton>("closeButton")->click();
    QVERIFY(m_questions.isEmpty());
    QTRY_VERIFY(m_dialog.isNull());
}

// Without a configured scanner the first one SANE lists is taken: listing takes seconds on a
// real machine, so it runs on the batch's worker and the UI thread never waits for it.
void TestMaterialScanWidget::firstScannerIsFoundOffTheUiThread() {
    MaterialScanDevices devices = m_devices;
    devices.scannerDevice.clear();
    m_panel->setScanDevices(devices);
    QVERIFY(openFromChecklist(0));
    MaterialScanSession &session = m_dialog->session();
    QSignalSpy chosen(&session, &MaterialScanSession::scannerChosen);
    m_dialog->setSource(MaterialScanDialog::Source::Flatbed);
    child<QPushButton>("startButton")->click();
    QVERIFY2(m_dialog->statusText().contains(QStringLiteral("Looking")),
             qPrintable(m_dialog->statusText()));
    QVERIFY(chosen.wait(60000));
    QVERIFY2(chosen.first().at(0).toString().startsWith(QStringLiteral("test:")),
             qPrintable(chosen.first().at(0).toString()));
    QVERIFY(waitIdle(120000));
    QCOMPARE(session.pageCount() + int(session.dropped().size()), 1);
    m_discard = true;
}

QTEST_MAIN(TestMaterialScanWidget)
#include "tst_materialscanwidget.moc"
