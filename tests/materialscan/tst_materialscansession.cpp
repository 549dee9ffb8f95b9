// The scanning session over synthetic pages: editing operations, separator splitting, blank
// dropping with undo, manual corners, the colour mode, cancel mid-batch, and save (one PDF per
// material, its page count and SHA-256 stored).
#include "localattachmentstore.h"
#include "materialscansession.h"
#include "scancasefixture.h"
#include "tempdatabase.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using ow::test::SheetKind;
using ow::test::TempDatabase;

namespace {

// A quick page: white A4-shaped sheet with dark text-like bars (fast to process).
QImage quickPage(int marker) {
    QImage image(620, 877, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int line = 0; line < 20; ++line)
        p.drawRect(60, 80 + line * 35, 300 + ((line * 37 + marker * 53) % 200), 12);
    p.end();
    image.setDotsPerMeterX(qRound(75 / 0.0254));
    image.setDotsPerMeterY(qRound(75 / 0.0254));
    return image;
}

QList<int> idsOf(const MaterialScanSession &s, int material) {
    QList<int> ids;
    for (const ScanPage &p : s.pages(material))
        ids << p.id;
    return ids;
}

} // namespace

class TestMaterialScanSession : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void operations_data();
    void operations();
    void splitsAtSeparatorsAndDropsBlanks();
    void coverCodeNamesTheMaterial();
    void manualCornersCutThePageAgain();
    void modeChangeProcessesAgain();
    void cancelMidBatch();
    void savesOnePdfPerMaterial();
    void savesInTheBackground();
    void refusesToSaveUnfinishedPages();

private:
    std::unique_ptr<MaterialScanSession> makeSession();
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MaterialScanRepository> m_repo;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 12), QTime(9, 0))};
    test::ScanCase m_case;
    QTemporaryDir m_files;
};

void TestMaterialScanSession::init() {
    m_temp = std::make_unique<TempDatabase>(TempDatabase::Kind::Sqlite);
    m_db = m_temp->openMigrated();
    QVERIFY2(m_db, qPrintable(m_temp->error()));
    auto stored = test::storeScanCase(*m_db, m_clock);
    QVERIFY2(stored, qPrintable(stored.error()));
    m_case = stored.value();
    m_repo = std::make_unique<MaterialScanRepository>(*m_db);
}

void TestMaterialScanSession::cleanup() {
    m_repo.reset();
    m_db.reset();
    m_temp.reset();
}

std::unique_ptr<MaterialScanSession> TestMaterialScanSession::makeSession() {
    return std::make_unique<MaterialScanSession>(*m_repo, m_clock, m_case.caseId, m_case.materials,
                                                 QStringLiteral("clerk1"));
}

void TestMaterialScanSession::operations_data() {
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("argument");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QList<int>>("order0"); // page ids of material 0 afterwards (pages 1, 2, 3)
    QTest::addColumn<int>("turns");         // quarter turns of page 1 afterwards
    QTest::newRow("move first to last") << "move" << 0 << 2 << true << QList<int>{2, 3, 1} << 0;
    QTest::newRow("move last to first") << "move" << 2 << 0 << true << QList<int>{3, 1, 2} << 0;
    QTest::newRow("move out of range") << "move" << 0 << 3 << false << QList<int>{1, 2, 3} << 0;
    QTest::newRow("rotate right") << "rotate" << 0 << 1 << true << QList<int>{1, 2, 3} << 1;
    QTest::newRow("rotate left") << "rotate" << 0 << -1 << true << QList<int>{1, 2, 3} << 3;
    QTest::newRow("rotate twice") << "rotate" << 0 << 2 << true << QList<int>{1, 2, 3} << 2;
    QTest::newRow("delete middle") << "delete" << 1 << 0 << true << QList<int>{1, 3} << 0;
    QTest::newRow("delete missing") << "delete" << 5 << 0 << false << QList<int>{1, 2, 3} << 0;
    QTest::newRow("to material 2") << "material" << 0 << 2 << true << QList<int>{2, 3} << 0;
    QTest::newRow("to unknown material")
        << "material" << 0 << 9 << false << QList<int>{1, 2, 3} << 0;
    QTest::newRow("rescan middle") << "rescan" << 1 << 0 << true << QList<int>{1, 2, 3} << 0;
}

void TestMaterialScanSession::operations() {
    QFETCH(QString, operation);
    QFETCH(int, index);
    QFETCH(int, argument);
    QFETCH(bool, accepted);
    QFETCH(QList<int>, order0);
    QFETCH(int, turns);
    auto session = makeSession();
    for (int i = 0; i < 3; ++i)
        session->addPage(quickPage(i), ScanOrigin::Scanner, 75);
    QVERIFY(session->waitForIdle(60000));
    QCOMPARE(idsOf(*session, 0), (QList<int>{1, 2, 3}));
    bool done = false;
    if (operation == QLatin1String("move"))
        done = session->movePage(0, index, argument);
    else if (operation == QLatin1String("rotate"))
        done = session->rotatePage(0, index, argument);
    else if (operation == QLatin1String("delete"))
        done = session->removePage(0, index);
    else if (operation == QLatin1String("material"))
        done = session->movePageToMaterial(0, index, argument);
    else if (operation == QLatin1String("rescan")) {
        done = session->rescan(0, index);
        QCOMPARE(session->rescanTarget(), 2);
        const QImage before = session->pages(0)[1].processed;
        QCOMPARE(session->addPage(quickPage(7), ScanOrigin::Scanner, 75), 2);
        QVERIFY(session->waitForIdle(60000));
        QCOMPARE(session->rescanTarget(), 0);
        QVERIFY(session->pages(0)[1].processed != before);
    }
    QCOMPARE(done, accepted);
    QCOMPARE(idsOf(*session, 0), order0);
    const auto first = std::find_if(session->pages(0).cbegin(), session->pages(0).cend(),
                                    [](const ScanPage &p) { return p.id == 1; });
    if (first != session->pages(0).cend()) {
        QCOMPARE(first->quarterTurns, turns);
        if (turns % 2)
            QCOMPARE(first->pageImage().size(), first->processed.size().transposed());
    }
    if (operation == QLatin1String("material") && accepted)
        QCOMPARE(idsOf(*session, argument), QList<int>{1});
}

void TestMaterialScanSession::splitsAtSeparatorsAndDropsBlanks() {
    auto session = makeSession();
    const QString dir = m_files.path();
    // material 0: two pages | separator | material 1: a page and a blank | patch T | material 2.
    const QStringList files = {
        test::writeSheet(dir, SheetKind::Text, 1),      test::writeSheet(dir, SheetKind::Text, 2),
        test::writeSheet(dir, SheetKind::Separator, 3), test::writeSheet(dir, SheetKind::Text, 4),
        test::writeSheet(dir, SheetKind::Blank, 5),     test::writeSheet(dir, SheetKind::PatchT, 6),
        test::writeSheet(dir, SheetKind::Text, 7)};
    QSignalSpy finished(session.get(), &MaterialScanSession::batchFinished);
    QSignalSpy progress(session.get(), &MaterialScanSession::progressChanged);
    session->importFiles(files);
    QVERIFY(session->busy());
    QVERIFY(session->waitForIdle(240000));
    QCOMPARE(finished.size(), 1);
    QVERIFY2(!finished.first().at(1).toBool(), qPrintable(finished.first().at(0).toString()));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 7);
    QCOMPARE(progress.last().at(1).toInt(), 7);
    QCOMPARE(session->pages(0).size(), 2);
    QCOMPARE(session->pages(1).size(), 1);
    QCOMPARE(session->pages(2).size(), 1);
    QCOMPARE(session->pages(3).size(), 0);
    QCOMPARE(session->dropped().size(), 3);
    QList<DroppedPage::Reason> reasons;
    for (const DroppedPage &d : session->dropped())
        reasons << d.reason;
    QCOMPARE(reasons.count(DroppedPage::Reason::Separator), 2);
    QCOMPARE(reasons.count(DroppedPage::Reason::Blank), 1);
    // Undo the blank: it goes back where it was.
    const auto blank =
        std::find_if(session->dropped().cbegin(), session->dropped().cend(),
                     [](const DroppedPage &d) { return d.reason == DroppedPage::Reason::Blank; });
    QVERIFY(session->restoreDropped(int(blank - session->dropped().cbegin())));
    QCOMPARE(session->pages(1).size(), 2);
    QVERIFY(session->pages(1)[1].blank);
    QCOMPARE(session->dropped().size(), 2);
}

void TestMaterialScanSession::coverCodeNamesTheMaterial() {
    // Not every cover sheet names a row; a camera batch follows the split as well.
    auto session = makeSession();
    session->addCameraPage(test::sheet(SheetKind::Photo, 1));
    session->addCameraPage(test::sheet(SheetKind::Separator, 2));
    session->addCameraPage(test::sheet(SheetKind::Text, 3));
    QVERIFY(session->waitForIdle(240000));
    QCOMPARE(session->pages(0).size(), 1);
    QCOMPARE(session->pages(1).size(), 1);
    QCOMPARE(session->currentMaterial(), 1);
    QCOMPARE(session->pages(0)[0].corners.size(), 4); // the page was found on the desk
}

void TestMaterialScanSession::manualCornersCutThePageAgain() {
    auto session = makeSession();
    session->addCameraPage(test::sheet(SheetKind::Photo, 4));
    QVERIFY(session->waitForIdle(120000));
    QCOMPARE(session->pages(0).size(), 1);
    const ScanPage before = session->pages(0)[0];
    QVERIFY(before.error.isEmpty());
    const QSizeF size = before.original.size();
    const QList<QPointF> corners = {{size.width() * 0.3, size.height() * 0.2},
                                    {size.width() * 0.7, size.height() * 0.2},
                                    {size.width() * 0.7, size.height() * 0.8},
                                    {size.width() * 0.3, size.height() * 0.8}};
    QVERIFY(!session->setCorners(0, 0, {corners[0], corners[1], corners[2]}));
    QVERIFY(!session->setCorners(0, 0, {{-50, 0}, corners[1], corners[2], corners[3]}));
    QVERIFY(session->setCorners(0, 0, corners));
    QVERIFY(session->pages(0)[0].pending);
    QVERIFY(session->waitForIdle(120000));
    const ScanPage after = session->pages(0)[0];
    QVERIFY(after.manualCorners);
    QCOMPARE(after.corners, corners);
    QVERIFY(!after.processed.isNull());
    QVERIFY(after.processed.size() != before.processed.size());
}

void TestMaterialScanSession::modeChangeProcessesAgain() {
    auto session = makeSession();
    session->addPage(quickPage(1), ScanOrigin::Scanner, 75);
    QVERIFY(session->waitForIdle(60000));
    QVERIFY(session->pages(0)[0].processed.format() != QImage::Format_Mono);
    session->setMode(ScanMode::BlackWhite);
    QVERIFY(session->busy());
    QVERIFY(session->waitForIdle(60000));
    QCOMPARE(session->pages(0)[0].processed.format(), QImage::Format_Mono);
    session->rotatePage(0, 0, 1);
    QCOMPARE(session->pages(0)[0].pageImage().format(), QImage::Format_Mono);
}

void TestMaterialScanSession::cancelMidBatch() {
    auto session = makeSession();
    QStringList files;
    for (int i = 0; i < 8; ++i)
        files << test::writeSheet(m_files.path(), SheetKind::Text, 20 + i);
    QSignalSpy finished(session.get(), &MaterialScanSession::batchFinished);
    QSignalSpy busy(session.get(), &MaterialScanSession::busyChanged);
    session->importFiles(files);
    QTRY_VERIFY_WITH_TIMEOUT(session->batchDone() >= 1, 120000);
    session->cancel();
    QVERIFY(session->waitForIdle(60000));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(finished.first().at(0).toString().contains(QStringLiteral("Cancelled")));
    QVERIFY(session->pageCount() >= 1);
    QVERIFY(session->pageCount() < 8);
    for (const ScanPage &p : session->pages(0))
        QVERIFY(!p.pending && !p.processed.isNull());
    QVERIFY(!busy.isEmpty());
    QCOMPARE(busy.last().at(0).toBool(), false);
    QVERIFY(session->saveProblem().isEmpty());
}

void TestMaterialScanSession::savesOnePdfPerMaterial() {
    auto session = makeSession();
    for (int i = 0; i < 3; ++i)
        session->addPage(quickPage(i), ScanOrigin::Scanner, 75);
    session->setCurrentMaterial(2);
    session->addPage(quickPage(9), ScanOrigin::File, 75);
    QVERIFY(session->waitForIdle(60000));
    session->rotatePage(0, 1, 1);
    auto saved = session->save();
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(saved->size(), 2);
    QCOMPARE(saved->at(0).material, m_case.materials[0].name);
    QCOMPARE(saved->at(0).pageCount, 3);
    QCOMPARE(saved->at(1).material, m_case.materials[2].name);
    QCOMPARE(saved->at(1).pageCount, 1);
    QCOMPARE(saved->at(0).mode, QStringLiteral("greyscale"));
    QCOMPARE(saved->at(0).createdBy, QStringLiteral("clerk1"));
    for (const MaterialScanRecord &r : saved.value()) {
        auto pdf = m_repo->pdf(r.sha256);
        QVERIFY2(pdf, qPrintable(pdf.error()));
        QCOMPARE(LocalAttachmentStore::sha256Of(pdf.value()), r.sha256);
        QCOMPARE(test::pdfPageCount(pdf.value()), r.pageCount);
        QCOMPARE(r.byteSize, qint64(pdf->size()));
    }
    QCOMPARE(m_repo->scansOf(m_case.caseId)->size(), 2);
    QCOMPARE(LocalAttachmentStore(*m_db).pendingCount().value(), 2);
}

// The PDFs are written on a worker; the records are stored on the session's thread afterwards.
// Meanwhile nothing changes what is being saved and a second save is refused.
void TestMaterialScanSession::savesInTheBackground() {
    auto session = makeSession();
    for (int i = 0; i < 2; ++i)
        session->addPage(quickPage(i), ScanOrigin::Scanner, 75);
    QVERIFY(session->waitForIdle(60000));
    QSignalSpy finished(session.get(), &MaterialScanSession::saveFinished);
    QVERIFY(session->saveInBackground());
    QVERIFY(session->saving());
    QVERIFY(!session->saveInBackground());
    QVERIFY(!session->saveProblem().isEmpty());
    QVERIFY(!session->removePage(0, 0));
    QVERIFY(!session->rotatePage(0, 1, 1));
    QVERIFY(!session->movePage(0, 0, 1));
    QVERIFY(finished.wait(60000));
    QVERIFY(!session->saving());
    QCOMPARE(finished.first().at(1).toString(), QString());
    const auto records = finished.first().at(0).value<QList<MaterialScanRecord>>();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().pageCount, 2);
    auto pdf = m_repo->pdf(records.first().sha256);
    QVERIFY2(pdf, qPrintable(pdf.error()));
    QCOMPARE(test::pdfPageCount(pdf.value()), 2);
    QCOMPARE(m_repo->scansOf(m_case.caseId)->size(), 1);
    QVERIFY(session->removePage(0, 0)); // editable again
}

void TestMaterialScanSession::refusesToSaveUnfinishedPages() {
    auto session = makeSession();
    QVERIFY(!session->saveProblem().isEmpty()); // nothing to save
    session->addPage(QImage(4, 4, QImage::Format_RGB32), ScanOrigin::File);
    QVERIFY(!session->save()); // still processing
    QVERIFY(session->waitForIdle(30000));
    QVERIFY(!session->pages(0)[0].error.isEmpty());
    auto saved = session->save();
    QVERIFY(!saved);
    QVERIFY2(saved.error().contains(QStringLiteral("Page 1")), qPrintable(saved.error()));
    QCOMPARE(m_repo->scansOf(m_case.caseId)->size(), 0);
}

QTEST_MAIN(TestMaterialScanSession)
#include "tst_materialscansession.moc"
