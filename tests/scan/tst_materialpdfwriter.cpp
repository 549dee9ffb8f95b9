// Material PDFs: one page per image at the image's physical size (A4 at 300 dpi is A4), the
// SHA-256 of the file, the size per page in each mode within its budget (docs/scanning.md),
// 1-bit storage for black-and-white, and pdftoppm renders every page.
#include "enhance.h"
#include "imageconversion.h"
#include "materialpdfwriter.h"
#include "pagerenderer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <random>

namespace {

// Generated A4 text pages (Chinese text, seal, codes) at 300 dpi, archived in the mode.
QList<ow::MaterialPage> material(ow::vision::EnhanceMode mode, int pages) {
    QList<ow::MaterialPage> out;
    std::mt19937_64 rng(17);
    for (int i = 0; i < pages; ++i) {
        const auto page =
            ow::scaneval::PageRenderer::render(ow::scaneval::PageKind::TextPage, 300, rng);
        double dpi = 0;
        const cv::Mat archived = ow::vision::scaleForArchive(page.bgr, 300, mode, dpi);
        out.append({ow::toArchiveImage(ow::vision::enhancePage(archived, mode),
                                       mode == ow::vision::EnhanceMode::BlackWhite),
                    dpi});
    }
    return out;
}

QString run(const QString &program, const QStringList &args) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestMaterialPdfWriter : public QObject {
    Q_OBJECT

private slots:
    void sizePerPage_data();
    void sizePerPage();
    void landscapePage();
    void badInput();

private:
    QTemporaryDir m_dir;
};

void TestMaterialPdfWriter::sizePerPage_data() {
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("budgetKb"); // per A4 page of generated text
    QTest::addColumn<QString>("encoding");
    QTest::newRow("bw 300 dpi") << int(ow::vision::EnhanceMode::BlackWhite) << 80
                                << QStringLiteral("image"); // 1 bit, Flate
    QTest::newRow("grey 200 dpi") << int(ow::vision::EnhanceMode::Greyscale) << 500
                                  << QStringLiteral("jpeg");
    QTest::newRow("colour 200 dpi")
        << int(ow::vision::EnhanceMode::Colour) << 550 << QStringLiteral("jpeg");
}

void TestMaterialPdfWriter::sizePerPage() {
    QFETCH(int, mode);
    QFETCH(int, budgetKb);
    QFETCH(QString, encoding);
    const auto enhance = static_cast<ow::vision::EnhanceMode>(mode);
    const QList<ow::MaterialPage> pages = material(enhance, 3);
    const QString path = m_dir.filePath(QStringLiteral("m%1.pdf").arg(mode));
    const ow::Result<QString> sha = ow::MaterialPdfWriter::write(path, pages, QStringLiteral("t"));
    QVERIFY2(sha.ok(), qPrintable(sha.error()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(*sha,
             QString::fromLatin1(
                 QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    const qint64 perPage = QFileInfo(path).size() / pages.size();
    qInfo("mode %d: %lld KB per page (budget %d KB)", mode, perPage / 1024, budgetKb);
    QVERIFY2(perPage <= budgetKb * 1024,
             qPrintable(QStringLiteral("%1 KB per page").arg(perPage / 1024)));

    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("poppler-utils (pdfinfo, pdfimages, pdftoppm) not installed");
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(QLatin1String("Pages:           3")), qPrintable(info));
    QVERIFY2(info.contains(QLatin1String("(A4)")), qPrintable(info));
    const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    const QStringList rows = images.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QCOMPARE(rows.size(), 3);
    for (const QString &row : rows) {
        const QStringList cells = row.simplified().split(u' ');
        QCOMPARE(cells.value(8), encoding);
        if (enhance == ow::vision::EnhanceMode::BlackWhite)
            QCOMPARE(cells.value(7), QStringLiteral("1")); // bits per component
    }
    // pdftoppm renders every page, A4 at 50 dpi = 413 x 585 px.
    const QString prefix = m_dir.filePath(QStringLiteral("r%1").arg(mode));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), path, prefix});
    for (int page = 1; page <= 3; ++page) {
        const QImage rendered(prefix + QStringLiteral("-%1.png").arg(page));
        QVERIFY(!rendered.isNull());
        QVERIFY(std::abs(rendered.width() - 413) <= 1 && std::abs(rendered.height() - 585) <= 1);
        // The page is mostly paper, with ink on it (not a blank or black page).
        const QImage grey = rendered.convertToFormat(QImage::Format_Grayscale8);
        qint64 dark = 0;
        for (int y = 0; y < grey.height(); ++y)
            for (int x = 0; x < grey.width(); ++x)
                dark += grey.constScanLine(y)[x] < 128;
        QVERIFY(dark > 200 && dark < grey.width() * grey.height() / 4);
    }
}

void TestMaterialPdfWriter::landscapePage() {
    QImage image(3508, 2480, QImage::Format_Grayscale8);
    image.fill(255);
    const QString path = m_dir.filePath(QStringLiteral("landscape.pdf"));
    QVERIFY(ow::MaterialPdfWriter::write(path, {{image, 300}}).ok());
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("poppler-utils not installed");
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(QLatin1String("841.89 x 595.28 pts (A4)")) ||
                 info.contains(QLatin1String("842 x 595 pts (A4)")),
             qPrintable(info));
}

void TestMaterialPdfWriter::badInput() {
    const QString path = m_dir.filePath(QStringLiteral("bad.pdf"));
    const auto none = ow::MaterialPdfWriter::write(path, {});
    QVERIFY(!none.ok());
    QVERIFY(none.error().contains(path));
    QVERIFY(!ow::MaterialPdfWriter::write(path, {{QImage(), 300}}).ok());
    QVERIFY(!QFileInfo::exists(path));
    QImage image(100, 100, QImage::Format_Grayscale8);
    image.fill(255);
    const QString unwritable = QStringLiteral("/nonexistent-folder/x.pdf");
    const auto failed = ow::MaterialPdfWriter::write(unwritable, {{image, 300}});
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().contains(unwritable));
}

QTEST_MAIN(TestMaterialPdfWriter)
#include "tst_materialpdfwriter.moc"
