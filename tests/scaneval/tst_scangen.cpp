#include "barcodepainter.h"
#include "pagejaccard.h"
#include "pagerenderer.h"
#include "scansetgenerator.h"
#include "truthjson.h"

#include <QTest>

#include <ZXing/ReadBarcode.h>

#include <opencv2/imgproc.hpp>

using namespace ow::scaneval;
Q_DECLARE_METATYPE(ow::scaneval::PageKind)

class TestScanGen : public QObject {
    Q_OBJECT
private slots:
    void photoTruth_data();
    void photoTruth();
    void scanTruth_data();
    void scanTruth();
    void codesDecodeFromCleanPage_data();
    void codesDecodeFromCleanPage();
    void sameSeedSameImage();
    void jaccardOfTruthIsOne();
    void truthJsonRoundTrip();
    void ean13CheckDigit();
};

void TestScanGen::photoTruth_data() {
    QTest::addColumn<int>("index");
    for (int i = 0; i < 8; ++i)
        QTest::newRow(qPrintable(QStringLiteral("photo %1").arg(i))) << i;
}

void TestScanGen::photoTruth() {
    QFETCH(int, index);
    const ScanSetGenerator generator(7);
    const ScanSample s =
        generator.photo(index, static_cast<Desk>(index % 4),
                        ScanSetGenerator::photoPageFor(quint64(index) * 3), cv::Size(1600, 1200));
    QVERIFY(!s.image.empty());
    QCOMPARE(s.image.type(), CV_8UC3);
    for (const auto &p : s.corners) {
        QVERIFY2(p.x >= 0 && p.y >= 0 && p.x < s.image.cols && p.y < s.image.rows,
                 "corner outside the photo");
    }
    const std::vector<cv::Point2f> quad(s.corners.begin(), s.corners.end());
    QVERIFY(cv::contourArea(quad) > 0.02 * s.image.total());
    QVERIFY(cv::isContourConvex(quad));
    QVERIFY(s.angleDeg > -180.0 && s.angleDeg <= 180.0);
    QVERIFY(std::abs(s.skewDeg) <= 45.0);
    QVERIFY(s.desk == static_cast<Desk>(index % 4));
}

void TestScanGen::scanTruth_data() {
    QTest::addColumn<PageKind>("page");
    QTest::newRow("text") << PageKind::TextPage;
    QTest::newRow("blank") << PageKind::Blank;
    QTest::newRow("patch T") << PageKind::PatchT;
}

void TestScanGen::scanTruth() {
    QFETCH(PageKind, page);
    const ScanSample s = ScanSetGenerator(11).scan(int(page), page);
    QVERIFY(s.image.cols == 2480 || s.image.cols == 3508);
    QCOMPARE(s.image.cols * s.image.rows, 2480 * 3508);
    QVERIFY(std::abs(s.skewDeg) <= 7.0);
    QCOMPARE(s.orientation % 90, 0);
    QVERIFY(std::abs(std::remainder(s.angleDeg - s.orientation - s.skewDeg, 360.0)) < 1e-9);
    QCOMPARE(s.blank, page == PageKind::Blank);
    QCOMPARE(s.separator, page == PageKind::PatchT);
    // The page's centre is near the scan's centre and its top edge points along the angle.
    const cv::Point2f top = s.corners[1] - s.corners[0];
    const double seen = std::atan2(-top.y, top.x) * 180 / M_PI;
    QVERIFY(std::abs(std::remainder(seen - s.angleDeg, 360.0)) < 0.01);
}

void TestScanGen::codesDecodeFromCleanPage_data() {
    QTest::addColumn<PageKind>("page");
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 6; ++seed) {
        QTest::newRow(qPrintable(QStringLiteral("text %1").arg(seed)))
            << PageKind::TextPage << seed;
        QTest::newRow(qPrintable(QStringLiteral("table %1").arg(seed)))
            << PageKind::TablePage << seed;
    }
    QTest::newRow("licence") << PageKind::Licence << 1;
    QTest::newRow("separator") << PageKind::Separator << 1;
}

void TestScanGen::codesDecodeFromCleanPage() {
    QFETCH(PageKind, page);
    QFETCH(int, seed);
    std::mt19937_64 rng{quint64(seed)};
    const RenderedPage rendered = PageRenderer::render(page, 200, rng);
    cv::Mat grey;
    cv::cvtColor(rendered.bgr, grey, cv::COLOR_BGR2GRAY);
    const ZXing::ImageView view(grey.data, grey.cols, grey.rows, ZXing::ImageFormat::Lum,
                                int(grey.step));
    // ZXing 1.4 aborts in its own duplicate merge when it also reads a downscaled copy.
    const auto results =
        ZXing::ReadBarcodes(view, ZXing::DecodeHints().setTryHarder(true).setTryDownscale(false));
    for (const auto &code : rendered.codes) {
        bool found = false;
        for (const auto &r : results)
            found = found || (QString::fromStdString(ZXing::ToString(r.format())) == code.format &&
                              QString::fromStdString(r.text()) == code.text);
        QVERIFY2(found, qPrintable(code.format + QStringLiteral(" ") + code.text));
    }
    if (page == PageKind::Licence || page == PageKind::Separator)
        QCOMPARE(rendered.codes.size(), size_t(1));
}

void TestScanGen::sameSeedSameImage() {
    const ScanSetGenerator a(5);
    const ScanSetGenerator b(5);
    const cv::Size size(800, 600);
    const ScanSample x = a.photo(3, Desk::Wood, PageKind::TextPage, size);
    const ScanSample y = b.photo(3, Desk::Wood, PageKind::TextPage, size);
    QCOMPARE(cv::norm(x.image, y.image, cv::NORM_INF), 0.0);
    const ScanSample z = a.photo(4, Desk::Wood, PageKind::TextPage, size);
    QVERIFY(cv::norm(x.image, z.image, cv::NORM_INF) > 0.0);
}

void TestScanGen::jaccardOfTruthIsOne() {
    const ScanSample s =
        ScanSetGenerator(3).photo(1, Desk::Dark, PageKind::TextPage, cv::Size(800, 600));
    QVERIFY(std::abs(pageJaccard(s, s.corners) - 1.0) < 1e-6);
    // Any corner order is the same quad.
    const std::array<cv::Point2f, 4> rotated = {s.corners[2], s.corners[3], s.corners[0],
                                                s.corners[1]};
    QVERIFY(std::abs(pageJaccard(s, rotated) - 1.0) < 1e-6);
    auto shrunk = s.corners;
    cv::Point2f centre = (s.corners[0] + s.corners[2]) * 0.5f;
    for (auto &p : shrunk)
        p = centre + (p - centre) * 0.9f;
    const double j = pageJaccard(s, shrunk);
    QVERIFY(j > 0.7 && j < 0.9);
}

void TestScanGen::truthJsonRoundTrip() {
    const ScanSample s = ScanSetGenerator(3).scan(2, PageKind::Licence);
    const QJsonObject json = TruthJson::toJson(s, QStringLiteral("scan_0002.jpg"));
    ScanSample back;
    QString file;
    QVERIFY(TruthJson::fromJson(json, back, &file));
    QCOMPARE(file, QStringLiteral("scan_0002.jpg"));
    QVERIFY(back.page == PageKind::Licence);
    QVERIFY(back.kind == SampleKind::Scan);
    QCOMPARE(back.codes.size(), s.codes.size());
    QVERIFY(std::abs(back.angleDeg - s.angleDeg) < 1e-3);
    QVERIFY(cv::norm(back.corners[2] - s.corners[2]) < 0.01);
}

void TestScanGen::ean13CheckDigit() {
    QCOMPARE(BarcodePainter::ean13(QStringLiteral("400638133393")),
             QStringLiteral("4006381333931"));
}

QTEST_MAIN(TestScanGen)
#include "tst_scangen.moc"
