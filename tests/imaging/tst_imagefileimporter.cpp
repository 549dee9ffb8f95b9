// ImageFileImporter: image formats, multi-page TIFF, PDFs, and refusal of broken files with a
// message that names the file (and page), never a crash.
#include "imagefileimporter.h"

#include <QBuffer>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <atomic>
#include <memory>

using namespace ow;

namespace {

QImage testPage(int width, int height, int shade) {
    QImage image(width, height, QImage::Format_RGB888);
    image.fill(QColor(shade, shade, shade));
    QPainter painter(&image);
    painter.fillRect(width / 4, height / 4, width / 2, height / 8, Qt::black);
    return image;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A baseline uncompressed grey TIFF with one directory per page (Qt writes single pages only).
// Each page is its directory (9 entries) followed by its pixels.
QByteArray multiPageTiff(const QList<QSize> &sizes) {
    constexpr quint32 kDirectoryBytes = 2 + 9 * 12 + 4;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("II", 2);
    out << quint16(42) << quint32(8);
    for (int page = 0; page < sizes.size(); ++page) {
        const QSize size = sizes[page];
        const quint32 directory = quint32(bytes.size());
        const quint32 dataOffset = directory + kDirectoryBytes;
        const quint32 dataBytes = quint32(size.width() * size.height());
        const auto entry = [&out](quint16 tag, quint16 type, quint32 value) {
            out << tag << type << quint32(1);
            if (type == 3)
                out << quint16(value) << quint16(0);
            else
                out << value;
        };
        out << quint16(9);
        entry(256, 4, quint32(size.width()));
        entry(257, 4, quint32(size.height()));
        entry(258, 3, 8);
        entry(259, 3, 1);
        entry(262, 3, 1);
        entry(273, 4, dataOffset);
        entry(277, 3, 1);
        entry(278, 4, quint32(size.height()));
        entry(279, 4, dataBytes);
        const bool last = page == sizes.size() - 1;
        out << quint32(last ? 0 : dataOffset + dataBytes);
        for (quint32 i = 0; i < dataBytes; ++i)
            out << quint8((i / quint32(size.width())) % 200 + 30);
    }
    return bytes;
}

// CRC-32 (ISO 3309, as PNG uses it), bit by bit: the test needs only a few short chunks.
quint32 crc32Of(const QByteArray &bytes) {
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xffffffffu;
}

QByteArray pngChunk(const char *type, const QByteArray &data) {
    QByteArray chunk;
    QDataStream out(&chunk, QIODevice::WriteOnly);
    out << quint32(data.size());
    const QByteArray body = QByteArray(type, 4) + data;
    out.writeRawData(body.constData(), int(body.size()));
    out << crc32Of(body);
    return chunk;
}

// A PNG whose header claims 100000 × 100000 pixels but holds no pixel data.
QByteArray hugePngHeader() {
    QByteArray ihdr;
    QDataStream out(&ihdr, QIODevice::WriteOnly);
    out << quint32(100000) << quint32(100000) << quint8(8) << quint8(0) << quint8(0) << quint8(0)
        << quint8(0);
    const QByteArray someData = qCompress(QByteArray(16, '\0')).mid(4); // zlib stream, no Qt prefix
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) +
           pngChunk("IDAT", someData) + pngChunk("IEND", {});
}

QByteArray encoded(const QImage &image, const char *format) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// A JPEG carrying a small JPEG (thumbnail) in an APP1 segment, as cameras write them: the
// thumbnail's own end marker sits near the start of the file.
QByteArray jpegWithThumbnail(const QByteArray &main, const QByteArray &thumbnail) {
    const QByteArray payload = QByteArray("Exif\0\0", 6) + thumbnail;
    QByteArray app1("\xff\xe1", 2);
    app1 += char((payload.size() + 2) >> 8);
    app1 += char((payload.size() + 2) & 0xff);
    return main.left(2) + app1 + payload + main.mid(2);
}

// A one-object-per-line PDF with a correct cross-reference table, for page trees Qt's writer
// would never produce (absurd sizes, no pages).
QByteArray handMadePdf(const QByteArray &pagesObject, const QByteArray &pageObject) {
    QList<QByteArray> objects = {"<< /Type /Catalog /Pages 2 0 R >>", pagesObject};
    if (!pageObject.isEmpty())
        objects << pageObject;
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

class TestImageFileImporter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QImage page = testPage(200, 300, 230);
        QVERIFY(writeFile(path("page.png"), encoded(page, "png")));
        QVERIFY(writeFile(path("page.jpg"), encoded(page, "jpg")));
        QVERIFY(writeFile(path("pages.tif"),
                          multiPageTiff({QSize(120, 160), QSize(160, 120), QSize(100, 100)})));
        const QByteArray png = encoded(page, "png");
        QVERIFY(writeFile(path("cut.png"), png.left(png.size() / 2)));
        const QByteArray jpg = encoded(page, "jpg");
        QVERIFY(writeFile(path("cut.jpg"), jpg.left(jpg.size() / 2)));
        const QByteArray withThumbnail =
            jpegWithThumbnail(jpg, encoded(testPage(40, 60, 200), "jpg"));
        QVERIFY(writeFile(path("thumb.jpg"), withThumbnail));
        {
            QImageWriter progressive(path("progressive.jpg"), "jpg");
            progressive.setProgressiveScanWrite(true);
            QVERIFY(progressive.write(page));
        }
        QVERIFY(writeFile(path("cut-thumb.jpg"), withThumbnail.left(withThumbnail.size() * 3 / 4)));
        QVERIFY(writeFile(path("empty.png"), {}));
        QVERIFY(writeFile(path("tiny.png"), encoded(testPage(1, 1, 255), "png")));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.png")));
        QVERIFY(writeFile(path("notes.jpg"), "This is a text file, not a photo.\n"));
        QVERIFY(writeFile(path("huge.png"), hugePngHeader()));
        QVERIFY(writeFile(path("empty.pdf"), {}));
        QVERIFY(writeFile(path("corrupt.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage"));
        QVERIFY(writeFile(path("png-named.pdf"), png)); // content decides, not the name
        QVERIFY(
            writeFile(path("giant-page.pdf"),
                      handMadePdf("<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] >>")));
        QVERIFY(writeFile(path("no-pages.pdf"),
                          handMadePdf("<< /Type /Pages /Kids [] /Count 0 >>", {})));
        writePdf(path("two.pdf"));
    }

    void imports_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QSize>("firstSize");
        QTest::newRow("png") << "page.png" << 1 << QSize(200, 300);
        QTest::newRow("jpeg") << "page.jpg" << 1 << QSize(200, 300);
        QTest::newRow("jpeg with a thumbnail") << "thumb.jpg" << 1 << QSize(200, 300);
        QTest::newRow("progressive jpeg") << "progressive.jpg" << 1 << QSize(200, 300);
        QTest::newRow("multi-page tiff") << "pages.tif" << 3 << QSize(120, 160);
        QTest::newRow("pdf at 100 dpi") << "two.pdf" << 2 << QSize(826, 1169); // A4 (595 × 842 pt)
        QTest::newRow("png named .pdf") << "png-named.pdf" << 1 << QSize(200, 300);
    }
    void imports() {
        QFETCH(QString, file);
        QFETCH(int, pages);
        QFETCH(QSize, firstSize);
        if (file.endsWith(u".tif") && !QImageReader::supportedImageFormats().contains("tiff"))
            QSKIP("Qt's TIFF plugin is not installed (qt6-image-formats-plugins)");
        ImportLimits limits;
        limits.pdfDpi = 100;
        QList<QImage> images;
        QList<int> progress;
        const ImportResult result = ImageFileImporter(limits).importFile(
            path(file),
            [&](const QImage &page, int number, int count) {
                images << page;
                QCOMPARE(number, images.size());
                QCOMPARE(count, pages);
            },
            [&](int done, int) { progress << done; });
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.pages, pages);
        QCOMPARE(images.size(), pages);
        QCOMPARE(images.first().size(), firstSize);
        QCOMPARE(progress.last(), pages);
        for (const QImage &image : images)
            QVERIFY(image.dotsPerMeterX() > 0);
        if (file.endsWith(u".pdf") && file.startsWith(u"two")) {
            QCOMPARE(images.first().dotsPerMeterX(), qRound(100 / 0.0254));
            // White paper with the black bar drawn by writePdf.
            QCOMPARE(qGray(images.first().pixel(5, 5)), 255);
            QCOMPARE(qGray(images.first().pixel(firstSize.width() / 2, firstSize.height() / 2)), 0);
        }
        if (file.endsWith(u".tif"))
            QCOMPARE(images.at(1).size(), QSize(160, 120));
    }

    void refuses_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("words");
        QTest::newRow("missing") << "nothing-here.png"
                                 << "does not exist";
        QTest::newRow("empty image") << "empty.png"
                                     << "\"empty.png\" is empty";
        QTest::newRow("truncated png") << "cut.png"
                                       << "\"cut.png\" is cut off";
        QTest::newRow("truncated jpeg") << "cut.jpg"
                                        << "\"cut.jpg\" is cut off";
        QTest::newRow("truncated jpeg with a thumbnail") << "cut-thumb.jpg"
                                                         << "\"cut-thumb.jpg\" is cut off";
        QTest::newRow("text named .jpg") << "notes.jpg"
                                         << "\"notes.jpg\" is neither an image";
        QTest::newRow("tiny png") << "tiny.png"
                                  << "only 1 × 1 pixels";
        QTest::newRow("a folder") << "folder.png"
                                  << "\"folder.png\" cannot be opened";
        QTest::newRow("huge png header") << "huge.png"
                                         << "100000 × 100000 pixels";
        QTest::newRow("zero-byte pdf") << "empty.pdf"
                                       << "\"empty.pdf\" is empty";
        QTest::newRow("pdf with a 5 m page") << "giant-page.pdf"
                                             << "5080 × 5080 mm, too large";
        QTest::newRow("pdf without pages") << "no-pages.pdf"
                                           << "\"no-pages.pdf\" has no pages";
        QTest::newRow("corrupt pdf") << "corrupt.pdf"
                                     << "PDF \"corrupt.pdf\" is damaged";
    }
    void refuses() {
        QFETCH(QString, file);
        QFETCH(QString, words);
        int delivered = 0;
        const ImportResult result = ImageFileImporter().importFile(
            path(file), [&](const QImage &, int, int) { ++delivered; });
        QCOMPARE(result.outcome, ImportResult::Outcome::Failed);
        QCOMPARE(result.pages, 0);
        QCOMPARE(delivered, 0);
        QVERIFY2(result.message.contains(words), qPrintable(result.message));
    }

    void pdfLimits() {
        ImportLimits tooFewPages;
        tooFewPages.maxPages = 1;
        ImportResult result = ImageFileImporter(tooFewPages)
                                  .importFile(path("two.pdf"), [](const QImage &, int, int) {});
        QCOMPARE(result.outcome, ImportResult::Outcome::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("2 pages")), qPrintable(result.message));

        ImportLimits smallPages;
        smallPages.maxPdfPageInches = 5; // A4 is 11.7 in tall
        result =
            ImageFileImporter(smallPages).importFile(path("two.pdf"), [](const QImage &, int, int) {
            });
        QCOMPARE(result.outcome, ImportResult::Outcome::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("Page 1 of PDF \"two.pdf\"")),
                 qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("210 × 297 mm")),
                 qPrintable(result.message));
    }

    void cancelAfterTheFirstPage() {
        ImportLimits limits;
        limits.pdfDpi = 50;
        std::atomic_bool cancel{false};
        int delivered = 0;
        const ImportResult result = ImageFileImporter(limits).importFile(
            path("two.pdf"),
            [&](const QImage &, int, int) {
                ++delivered;
                cancel = true;
            },
            {}, &cancel);
        QCOMPARE(result.outcome, ImportResult::Outcome::Cancelled);
        QCOMPARE(result.pages, 1);
        QCOMPARE(delivered, 1);
    }

    void importsOnAWorkerThread() {
        // The workflows import off the GUI thread; Qt PDF and the image plugins must cope.
        ImportResult result;
        int pages = 0;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            ImportLimits limits;
            limits.pdfDpi = 72;
            result = ImageFileImporter(limits).importFile(
                path("two.pdf"), [&](const QImage &, int, int) { ++pages; });
        }));
        thread->start();
        QVERIFY(thread->wait(30000));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(pages, 2);
    }

    void nameFiltersIncludePdf() {
        const QStringList filters = ImageFileImporter::nameFilters();
        QVERIFY(filters.contains(QStringLiteral("*.pdf")));
        QVERIFY(filters.contains(QStringLiteral("*.png")));
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return path(QString::fromLatin1(name)); }

    void writePdf(const QString &file) {
        QPdfWriter writer(file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        QPainter painter(&writer);
        const QRect page = painter.viewport();
        painter.fillRect(
            QRect(page.width() / 4, page.height() * 3 / 8, page.width() / 2, page.height() / 4),
            Qt::black);
        writer.newPage();
        painter.fillRect(QRect(100, 100, 300, 300), Qt::black);
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestImageFileImporter)
#include "tst_imagefileimporter.moc"
