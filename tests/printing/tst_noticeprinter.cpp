// Prints every kind of document to PDF and reads it back the way an archive would: the text
// layer (pdftotext), the embedded fonts (pdffonts), the rendered page (pdftoppm) and its QR code.
#include "noticeprinter.h"
#include "pdftools.h"
#include "sampledocuments.h"

#include <QFile>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using ow::NoticeDocument;
using ow::NoticePrinter;
using ow::test::PdfTools;

namespace {

// pdftotext -layout pads and wraps; comparisons ignore all white space.
QString squeezed(QString text) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

QString kangxiAndRadicals(const QString &text) {
    QString found;
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            found.append(c);
    }
    return found;
}

QStringList expectedTexts(const NoticeDocument &d) {
    QStringList texts = {d.title, d.number, QStringLiteral("2026年3月2日")};
    if (!d.issuer.isEmpty())
        texts << d.issuer << QStringLiteral("（印章）");
    for (const NoticeDocument::Field &field : d.fields)
        texts << field.label + QStringLiteral("：") + field.value;
    texts << d.paragraphs << d.closingParagraphs;
    for (const NoticeDocument::Table &table : d.tables) {
        texts << table.caption << table.headers;
        for (const QStringList &row : table.rows)
            texts << row;
    }
    for (const NoticeDocument::Signature &signature : d.signatures)
        texts << signature.label + QStringLiteral("：") << signature.name;
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestNoticePrinter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void documentPdf_data();
    void documentPdf();
    void longTableRepeatsItsHeader();
    void pdfBytesCarryMetadata();
    void printsOnAHighResolutionPrinter();
    void badInput_data();
    void badInput();

private:
    QString pdfPath(const QString &name) const {
        return m_dir.filePath(name + QStringLiteral(".pdf"));
    }
    QTemporaryDir m_dir;
};

void TestNoticePrinter::initTestCase() {
    const QString missing = PdfTools::missingProgram();
    if (!missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("needs %1").arg(missing)));
    QVERIFY(m_dir.isValid());
}

void TestNoticePrinter::documentPdf_data() {
    QTest::addColumn<int>("kind");
    for (const NoticeDocument::Kind kind : ow::test::allDocumentKinds())
        QTest::newRow(ow::test::kindName(kind)) << static_cast<int>(kind);
}

void TestNoticePrinter::documentPdf() {
    QFETCH(int, kind);
    const NoticeDocument d = ow::test::sampleDocument(static_cast<NoticeDocument::Kind>(kind));
    const QString path = pdfPath(QLatin1String(ow::test::kindName(d.kind)));
    const ow::Status written = NoticePrinter::writePdf(d, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    QString error;
    const QString text = PdfTools::text(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(kangxiAndRadicals(text), QString());
    const QString flat = squeezed(text);
    for (const QString &expected : expectedTexts(d))
        QVERIFY2(flat.contains(squeezed(expected)),
                 qPrintable(QStringLiteral("missing: ") + expected));

    // Page numbers and copy labels: one full set per copy, numbered within the copy.
    const int pages = PdfTools::pageCount(path, &error);
    QVERIFY2(pages >= d.copies, qPrintable(error));
    QCOMPARE(pages % d.copies, 0);
    const int perCopy = pages / d.copies;
    const QStringList pageTexts = text.split(QLatin1Char('\f'));
    for (int p = 0; p < pages; ++p) {
        const QString page = squeezed(pageTexts.value(p));
        QVERIFY2(page.contains(QStringLiteral("第%1页共%2页").arg(p % perCopy + 1).arg(perCopy)),
                 qPrintable(QStringLiteral("page %1: no page number").arg(p + 1)));
        const QString label = d.copyLabels.value(p / perCopy);
        if (!label.isEmpty())
            QVERIFY2(page.contains(label),
                     qPrintable(QStringLiteral("page %1 lacks %2").arg(p + 1).arg(label)));
        for (const QString &other : d.copyLabels) {
            if (other != label)
                QVERIFY2(!page.contains(other),
                         qPrintable(QStringLiteral("page %1 has %2").arg(p + 1).arg(other)));
        }
    }

    const QString fonts = PdfTools::fonts(path, &error);
    QVERIFY2(fonts.contains(QStringLiteral("WenQuanYi")), qPrintable(fonts));
    for (const QString &line : fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2)) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 5 && columns.at(columns.size() - 5) == QStringLiteral("yes"),
                 qPrintable(QStringLiteral("font not embedded: ") + line));
    }

    const QImage firstPage = PdfTools::renderPage(path, 1, 100, &error);
    QVERIFY2(!firstPage.isNull(), qPrintable(error));
    QCOMPARE(firstPage.width(), 827); // A4 at 100 dpi
    const double ink = PdfTools::inkCoverage(firstPage);
    QVERIFY2(ink > 0.005 && ink < 0.4, qPrintable(QString::number(ink)));
    if (!d.qrText.isEmpty())
        QCOMPARE(PdfTools::decodeQrCode(firstPage), d.qrText);
}

void TestNoticePrinter::longTableRepeatsItsHeader() {
    const NoticeDocument d = ow::test::longReceipt(80);
    const QString path = pdfPath(QStringLiteral("long"));
    const ow::Status written = NoticePrinter::writePdf(d, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QString error;
    const int pages = PdfTools::pageCount(path, &error);
    QVERIFY2(pages >= 3, qPrintable(QStringLiteral("%1 pages %2").arg(pages).arg(error)));
    const QStringList pageTexts = PdfTools::text(path, &error).split(QLatin1Char('\f'));
    QString all;
    for (int p = 0; p < pages; ++p) {
        const QString page = squeezed(pageTexts.value(p));
        const bool hasRows = page.contains(QStringLiteral("项申请材料"));
        if (hasRows)
            QVERIFY2(page.contains(QStringLiteral("序号材料名称原件/复印件份数")),
                     qPrintable(QStringLiteral("page %1 has rows but no header").arg(p + 1)));
        all += page;
    }
    qsizetype at = 0;
    for (int row = 1; row <= 80; ++row) {
        const QString cell = QStringLiteral("第%1项申请材料").arg(row);
        const qsizetype found = all.indexOf(cell, at);
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("row %1 missing or out of order").arg(row)));
        QCOMPARE(all.count(cell), 1);
        at = found;
    }
}

void TestNoticePrinter::pdfBytesCarryMetadata() {
    const NoticeDocument d = ow::test::sampleDocument(NoticeDocument::Kind::AcceptanceNotice);
    const ow::Result<QByteArray> bytes = NoticePrinter::pdf(d);
    QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
    QVERIFY(bytes->startsWith("%PDF-"));
    QFile file(pdfPath(QStringLiteral("bytes")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*bytes);
    file.close();
    QString error;
    const QString info = PdfTools::run(QStringLiteral("pdfinfo"), {file.fileName()}, &error);
    const auto line = [&info](const QString &pattern) {
        return QRegularExpression(pattern, QRegularExpression::MultilineOption)
            .match(info)
            .hasMatch();
    };
    QVERIFY2(line(QStringLiteral("^Title:\\s+受理通知书 乌海政务受〔2026〕0012号$")),
             qPrintable(info));
    QVERIFY2(line(QStringLiteral("^Creator:\\s+OneWindow")), qPrintable(info));
    QVERIFY2(line(QStringLiteral("^Page size:.*\\(A4\\)$")), qPrintable(info));
    QVERIFY2(line(QStringLiteral("^Pages:\\s+2$")), qPrintable(info)); // two copies, one page each
}

void TestNoticePrinter::printsOnAHighResolutionPrinter() {
    // A printer with its own margins and resolution (what QPrintPreviewDialog hands over).
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = pdfPath(QStringLiteral("printer"));
    printer.setOutputFileName(path);
    printer.setPageMargins(QMarginsF(12, 15, 12, 15), QPageLayout::Millimeter);
    const NoticeDocument d = ow::test::sampleDocument(NoticeDocument::Kind::RefusalNotice);
    const ow::Status printed = NoticePrinter::print(d, &printer);
    QVERIFY2(printed.ok(), qPrintable(printed.error()));
    QString error;
    const QString flat = squeezed(PdfTools::text(path, &error));
    QVERIFY2(flat.contains(d.title) && flat.contains(d.number), qPrintable(error + flat));
    // Same place on the paper as the 300 dpi PDF: the title is centred near the top.
    const QImage page = PdfTools::renderPage(path, 1, 100, &error);
    QVERIFY2(!page.isNull(), qPrintable(error));
    const QImage titleBand = page.copy(0, 118, page.width(), 40); // 30-40 mm from the top
    QVERIFY(PdfTools::inkCoverage(titleBand) > 0.01);
    QCOMPARE(PdfTools::inkCoverage(page.copy(0, 0, page.width(), 100)), 0.0);
}

void TestNoticePrinter::badInput_data() {
    QTest::addColumn<int>("damage");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty document")
        << 0 << QStringLiteral("empty.pdf") << QStringLiteral("no title");
    QTest::newRow("no date") << 1 << QStringLiteral("nodate.pdf")
                             << QStringLiteral("no valid date");
    QTest::newRow("short table row")
        << 2 << QStringLiteral("row.pdf") << QStringLiteral("table 1 row 2 has 2 cells");
    QTest::newRow("no copies") << 3 << QStringLiteral("copies.pdf")
                               << QStringLiteral("copies must be between");
    QTest::newRow("unwritable path")
        << 4 << QStringLiteral("blocker/x.pdf") << QStringLiteral("cannot write the PDF to");
    QTest::newRow("empty path") << 4 << QString() << QStringLiteral("no file name");
}

void TestNoticePrinter::badInput() {
    QFETCH(int, damage);
    QFETCH(QString, fileName);
    QFETCH(QString, message);
    NoticeDocument d = ow::test::sampleDocument(NoticeDocument::Kind::MaterialsReceipt);
    switch (damage) {
    case 0:
        d = NoticeDocument{};
        break;
    case 1:
        d.date = QDate();
        break;
    case 2:
        d.tables[0].rows[1] = {QStringLiteral("2"), QStringLiteral("营业执照")};
        break;
    case 3:
        d.copies = 0;
        break;
    default:
        break;
    }
    // "blocker" is a plain file, so nothing can be created beneath it.
    QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = fileName.isEmpty() ? QString() : m_dir.filePath(fileName);
    const ow::Status status = NoticePrinter::writePdf(d, path);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(message), qPrintable(status.error()));
    if (!path.isEmpty())
        QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestNoticePrinter)
#include "tst_noticeprinter.moc"
