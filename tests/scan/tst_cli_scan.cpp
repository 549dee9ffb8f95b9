// onewindow-cli scan, run as a separate process: the one JSON object of --json (exact keys and
// types), --out writing pages and material PDFs split at a separator sheet, and bad files
// (empty, tiny, huge, truncated, not an image, missing) refused with exit 2 and the file named.
#include "scansetgenerator.h"
#include "scantestpages.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

void writeBytes(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A PNG header promising 100000 x 100000 pixels (a decompression bomb), without the pixels.
QByteArray hugePngHeader() {
    QByteArray png("\x89PNG\r\n\x1A\n", 8);
    const auto be32 = [&png](quint32 v) {
        for (int shift = 24; shift >= 0; shift -= 8)
            png.append(static_cast<char>((v >> shift) & 0xFF));
    };
    be32(13);
    png.append("IHDR");
    be32(100000);
    be32(100000);
    png.append(QByteArray("\x08\x02\x00\x00\x00", 5));
    be32(0); // CRC, never read: the size is refused first
    be32(0);
    png.append("IEND");
    be32(0xAE426082);
    return png;
}

} // namespace

class TestCliScan : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonForAScan();
    void jsonForAPhoto();
    void outWritesPagesAndMaterials();
    void badFiles_data();
    void badFiles();
    void usage();

private:
    Run run(const QStringList &args) const;
    static void checkJsonShape(const QJsonObject &json);
    QString m_cli;
    QTemporaryDir m_dir;
    QString m_scan;
    QString m_blank;
    QString m_separator;
    QString m_photo;
};

Run TestCliScan::run(const QStringList &args) const {
    QProcess process;
    process.start(m_cli, QStringList{QStringLiteral("scan")} + args);
    Run result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result; // a crash shows as exit code -1
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCliScan::initTestCase() {
    m_cli = QCoreApplication::applicationDirPath() + QStringLiteral("/onewindow-cli");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli + QStringLiteral(" not built")));
    QVERIFY(m_dir.isValid());
    // A scanned page: Latin text turned by 2 degrees, with a QR code.
    cv::Mat page = ow::scantest::latinTextPage(ow::scantest::a4(150), 25, 4);
    ow::scantest::paste(
        page,
        ow::scantest::barcodeImage(QStringLiteral("QRCode"), QStringLiteral("CASE-2026-0001"), 5),
        cv::Point(900, 1450));
    m_scan = m_dir.filePath(QStringLiteral("scan.png"));
    QVERIFY(cv::imwrite(m_scan.toStdString(), ow::scantest::rotated(page, 2.0)));
    m_blank = m_dir.filePath(QStringLiteral("blank.jpg"));
    QVERIFY(cv::imwrite(m_blank.toStdString(),
                        cv::Mat(ow::scantest::a4(150), CV_8UC3, cv::Scalar(245, 245, 245))));
    cv::Mat cover(ow::scantest::a4(150), CV_8UC3, cv::Scalar(255, 255, 255));
    ow::scantest::paste(
        cover,
        ow::scantest::barcodeImage(QStringLiteral("Code128"), QStringLiteral("SEP-000042"), 3),
        cv::Point(300, 500));
    m_separator = m_dir.filePath(QStringLiteral("separator.png"));
    QVERIFY(cv::imwrite(m_separator.toStdString(), cover));
    m_photo = m_dir.filePath(QStringLiteral("photo.jpg"));
    QVERIFY(cv::imwrite(m_photo.toStdString(),
                        ow::scaneval::ScanSetGenerator(3)
                            .photo(0, ow::scaneval::Desk::Dark, ow::scaneval::PageKind::TextPage,
                                   cv::Size(1600, 1200))
                            .image));
}

void TestCliScan::checkJsonShape(const QJsonObject &json) {
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("angle_deg"), QStringLiteral("barcodes"),
                                QStringLiteral("blank"), QStringLiteral("corners"),
                                QStringLiteral("time_ms")}));
    QVERIFY(json.value(QStringLiteral("angle_deg")).isDouble());
    QVERIFY(json.value(QStringLiteral("blank")).isBool());
    QVERIFY(json.value(QStringLiteral("time_ms")).isDouble());
    QVERIFY(json.value(QStringLiteral("time_ms")).toDouble() > 0.0);
    const QJsonValue corners = json.value(QStringLiteral("corners"));
    QVERIFY(corners.isNull() || corners.isArray());
    if (corners.isArray()) {
        QCOMPARE(corners.toArray().size(), 4);
        for (const QJsonValue &corner : corners.toArray()) {
            QCOMPARE(corner.toArray().size(), 2);
            QVERIFY(corner.toArray().at(0).isDouble() && corner.toArray().at(1).isDouble());
        }
    }
    QVERIFY(json.value(QStringLiteral("barcodes")).isArray());
    for (const QJsonValue &code : json.value(QStringLiteral("barcodes")).toArray()) {
        QStringList codeKeys = code.toObject().keys();
        codeKeys.sort();
        QCOMPARE(codeKeys, (QStringList{QStringLiteral("format"), QStringLiteral("text")}));
        QVERIFY(code.toObject().value(QStringLiteral("format")).isString());
        QVERIFY(code.toObject().value(QStringLiteral("text")).isString());
    }
}

void TestCliScan::jsonForAScan() {
    const Run result = run({QStringLiteral("--json"), m_scan});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1); // exactly one JSON object
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(lines.first().toUtf8(), &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    const QJsonObject json = doc.object();
    checkJsonShape(json);
    QVERIFY(json.value(QStringLiteral("corners")).isNull()); // a scan: no page to find
    QVERIFY(std::abs(json.value(QStringLiteral("angle_deg")).toDouble() - 2.0) < 0.05);
    QCOMPARE(json.value(QStringLiteral("blank")).toBool(), false);
    const QJsonArray codes = json.value(QStringLiteral("barcodes")).toArray();
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first()[QStringLiteral("format")].toString(), QStringLiteral("QRCode"));
    QCOMPARE(codes.first()[QStringLiteral("text")].toString(), QStringLiteral("CASE-2026-0001"));

    const Run blank = run({QStringLiteral("--json"), m_blank});
    QCOMPARE(blank.exitCode, 0);
    const QJsonObject blankJson = QJsonDocument::fromJson(blank.out.toUtf8()).object();
    checkJsonShape(blankJson);
    QCOMPARE(blankJson.value(QStringLiteral("blank")).toBool(), true);
}

void TestCliScan::jsonForAPhoto() {
    const Run result = run({QStringLiteral("--json"), m_photo});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    checkJsonShape(json);
    QVERIFY2(json.value(QStringLiteral("corners")).isArray(), qPrintable(result.out));
}

void TestCliScan::outWritesPagesAndMaterials() {
    const QString out = m_dir.filePath(QStringLiteral("out"));
    const Run result = run({QStringLiteral("--out"), out, QStringLiteral("--mode"),
                            QStringLiteral("bw"), m_scan, m_blank, m_separator, m_scan});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QDir dir(out);
    for (const char *name : {"page-001.png", "page-002.png", "page-003.png", "page-004.png",
                             "material-01.pdf", "material-02.pdf"})
        QVERIFY2(dir.exists(QString::fromLatin1(name)), qPrintable(result.out));
    QVERIFY(!dir.exists(QStringLiteral("material-03.pdf")));
    QVERIFY(result.out.contains(QLatin1String("separator SEP-000042")));
    QVERIFY(result.out.contains(QLatin1String("blank")));
    // The printed SHA-256 is the file's.
    QFile pdf(dir.filePath(QStringLiteral("material-01.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray sha = QCryptographicHash::hash(pdf.readAll(), QCryptographicHash::Sha256);
    QVERIFY(result.out.contains(QString::fromLatin1("sha256 " + sha.toHex())));
    QVERIFY(pdf.size() < 100 * 1024); // one black-and-white page
}

void TestCliScan::badFiles_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QFile png(m_scan);
    QVERIFY(png.open(QIODevice::ReadOnly));
    const QByteArray scanBytes = png.readAll();
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", ow::scantest::latinTextPage(cv::Size(600, 800), 10, 1), jpeg);
    const QByteArray jpegBytes(reinterpret_cast<const char *>(jpeg.data()),
                               static_cast<qsizetype>(jpeg.size()));
    std::vector<uchar> tiny;
    cv::imencode(".png", cv::Mat(8, 8, CV_8UC1, cv::Scalar(255)), tiny);

    QTest::newRow("empty") << QStringLiteral("empty.png") << QByteArray()
                           << QStringLiteral("empty");
    QTest::newRow("tiny") << QStringLiteral("tiny.png")
                          << QByteArray(reinterpret_cast<const char *>(tiny.data()),
                                        static_cast<qsizetype>(tiny.size()))
                          << QStringLiteral("too small");
    QTest::newRow("huge") << QStringLiteral("huge.png") << hugePngHeader()
                          << QStringLiteral("too large");
    QTest::newRow("truncated jpeg")
        << QStringLiteral("cut.jpg") << jpegBytes.left(jpegBytes.size() / 2)
        << QStringLiteral("truncated");
    QTest::newRow("truncated png")
        << QStringLiteral("cut.png") << scanBytes.left(scanBytes.size() / 3)
        << QStringLiteral("truncated");
    QTest::newRow("not an image") << QStringLiteral("notes.jpg")
                                  << QByteArray("these are notes, not a picture\n")
                                  << QStringLiteral("not an image");
    QByteArray corrupt = scanBytes;
    corrupt.replace(200, 3000, QByteArray(3000, 'x')); // header and end intact, data broken
    QTest::newRow("png corrupt") << QStringLiteral("corrupt.png") << corrupt
                                 << QStringLiteral("cannot be decoded");
}

void TestCliScan::badFiles() {
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(name);
    writeBytes(path, bytes);

    const Run json = run({QStringLiteral("--json"), path});
    QCOMPARE(json.exitCode, 2);
    QVERIFY(json.out.isEmpty());
    QVERIFY2(json.err.contains(path) && json.err.contains(message), qPrintable(json.err));

    // In a batch the bad file stops everything before anything is written.
    const QString out = m_dir.filePath(QStringLiteral("bad-") + name);
    const Run batch = run({QStringLiteral("--out"), out, m_scan, path});
    QCOMPARE(batch.exitCode, 2);
    QVERIFY2(batch.err.contains(path), qPrintable(batch.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliScan::usage() {
    QCOMPARE(run({}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("--json")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("--json"), m_scan, m_blank}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x")),
                  QStringLiteral("--mode"), QStringLiteral("sepia"), m_scan})
                 .exitCode,
             2);
    const Run missing = run({QStringLiteral("--json"), m_dir.filePath(QStringLiteral("no.png"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(m_dir.filePath(QStringLiteral("no.png"))));
}

QTEST_MAIN(TestCliScan)
#include "tst_cli_scan.moc"
