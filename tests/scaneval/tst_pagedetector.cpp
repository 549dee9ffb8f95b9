#include "desktexture.h"
#include "pagedetector.h"
#include "pagejaccard.h"
#include "scansetgenerator.h"
#include "scansynth.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace ow::scaneval;
using ow::vision::detectPage;
using ow::vision::PageQuad;
Q_DECLARE_METATYPE(ow::scaneval::PageKind)
Q_DECLARE_METATYPE(ow::scaneval::Desk)

namespace {

const std::pair<Desk, const char *> kDesks[] = {{Desk::Wood, "wood"},
                                                {Desk::Dark, "dark"},
                                                {Desk::Light, "light"},
                                                {Desk::Patterned, "patterned"}};

} // namespace

class TestPageDetector : public QObject {
    Q_OBJECT
private slots:
    void findsPage_data();
    void findsPage();
    void evaluationSetCases_data();
    void evaluationSetCases();
    void shadowCutsPage_data();
    void shadowCutsPage();
    void sheetFillsThePicture_data();
    void sheetFillsThePicture();
    void fingersHoldPage_data();
    void fingersHoldPage();
    void cornersStartTopLeftClockwise();
    void noPageOnBareDesk_data();
    void noPageOnBareDesk();
    void rectifiedAspect_data();
    void rectifiedAspect();
    void badInputsNeverCrash_data();
    void badInputsNeverCrash();
};

void TestPageDetector::findsPage_data() {
    QTest::addColumn<Desk>("desk");
    QTest::addColumn<PageKind>("page");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("width");
    const std::pair<PageKind, const char *> pages[] = {{PageKind::TextPage, "A4 text"},
                                                       {PageKind::TablePage, "A4 table"},
                                                       {PageKind::Licence, "licence"},
                                                       {PageKind::IdCard, "ID card"}};
    // Each index draws its own light, shadow, blur, noise, clutter and camera pose.
    for (const auto &[desk, deskName] : kDesks) {
        for (const auto &[page, pageName] : pages) {
            for (int index = 0; index < 2; ++index) {
                QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3")
                                             .arg(QLatin1String(deskName), QLatin1String(pageName))
                                             .arg(index)))
                    << desk << page << index << 1600;
            }
        }
        QTest::newRow(qPrintable(QStringLiteral("%1 8MP").arg(QLatin1String(deskName))))
            << desk << PageKind::TextPage << 9 << 3264;
    }
}

void TestPageDetector::findsPage() {
    QFETCH(Desk, desk);
    QFETCH(PageKind, page);
    QFETCH(int, index);
    QFETCH(int, width);
    const ScanSample s = ScanSetGenerator(101).photo(index * 16 + int(desk) * 4 + int(page), desk,
                                                     page, cv::Size(width, width * 3 / 4));
    QVERIFY(!s.image.empty());
    const auto quad = detectPage(s.image);
    QVERIFY2(quad.has_value(), "no page found");
    const double jaccard = pageJaccard(s, quad->corners);
    QVERIFY2(jaccard >= 0.95, qPrintable(QStringLiteral("Jaccard %1").arg(jaccard)));
    QVERIFY(quad->confidence > 0.0 && quad->confidence <= 1.0);
}

void TestPageDetector::evaluationSetCases_data() {
    QTest::addColumn<qulonglong>("seed");
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("minJaccard");
    // White ID cards on the light desk (bench_scan --seed 7): the card differs from the desk by
    // little more than the scorer's fixed threshold once lost a side to the printed guilloche.
    QTest::newRow("seed 7 photo 10 light ID card") << qulonglong(7) << 10 << 0.99;
    QTest::newRow("seed 7 photo 42 light ID card") << qulonglong(7) << 42 << 0.99;
    // The same desk, where a lower threshold let the card's drop-shadow outline win.
    QTest::newRow("seed 20260301 photo 38 shadowed ID card") << qulonglong(20260301) << 38 << 0.99;
    // A cast shadow's straight edge across a page on the light desk: the lit part alone is a
    // perfect quad (Jaccard 0.80) unless the shaded part is joined to it.
    QTest::newRow("seed 11 photo 26 page cut by a shadow") << qulonglong(11) << 26 << 0.99;
}

void TestPageDetector::evaluationSetCases() {
    QFETCH(qulonglong, seed);
    QFETCH(int, index);
    QFETCH(double, minJaccard);
    const ScanSample s = ScanSetGenerator(seed).photo(index);
    QVERIFY(!s.image.empty());
    const auto quad = detectPage(s.image);
    QVERIFY2(quad.has_value(), "no page found");
    const double jaccard = pageJaccard(s, quad->corners);
    QVERIFY2(jaccard >= minJaccard, qPrintable(QStringLiteral("Jaccard %1").arg(jaccard)));
}

void TestPageDetector::shadowCutsPage_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("from");  // where the shadow's edge crosses side 0->1, 0..1
    QTest::addColumn<double>("to");    // and where it crosses side 3->2
    QTest::addColumn<double>("shade"); // the shaded part's brightness, 1 = unshaded
    // The generator's cast shadows keep 55-85 % of the light.
    const struct {
        const char *name;
        double from;
        double to;
    } cuts[] = {{"a third, across", 0.35, 0.3},
                {"a third, slanted", 0.45, 0.15},
                {"half, slanted", 0.35, 0.6},
                {"a corner", 0.2, 0.3},
                {"two thirds", 0.7, 0.6}};
    int index = 0;
    for (const auto &cut : cuts) {
        for (const double shade : {0.55, 0.75}) {
            QTest::newRow(qPrintable(
                QStringLiteral("%1, %2 %").arg(QLatin1String(cut.name)).arg(shade * 100)))
                << index++ << cut.from << cut.to << shade;
        }
    }
}

// A shadow with a straight, sharp edge (an arm, the camera's post) across a page on the light
// desk, darkening the desk beyond the page too: the lit part is a clean quad of its own.
void TestPageDetector::shadowCutsPage() {
    QFETCH(int, index);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, shade);
    ScanSample s =
        ScanSetGenerator(31).photo(index, Desk::Light, PageKind::TextPage, cv::Size(2592, 1944));
    const auto &c = s.corners;
    const cv::Point2f top = c[0] + (c[1] - c[0]) * float(from);
    const cv::Point2f bottom = c[3] + (c[2] - c[3]) * float(to);
    // The half-plane on corner 0's side of the edge, carried far past the image.
    const cv::Point2f along = (bottom - top) * 20.f;
    const cv::Point2f away = (c[0] - top) * 20.f;
    const std::vector<cv::Point> shaded{top - along, bottom + along, bottom + along + away,
                                        top - along + away};
    cv::Mat mask(s.image.size(), CV_8U, cv::Scalar(0));
    cv::fillConvexPoly(mask, shaded, cv::Scalar(255));
    cv::Mat darker;
    s.image.convertTo(darker, -1, shade);
    darker.copyTo(s.image, mask);
    const auto quad = detectPage(s.image);
    QVERIFY2(quad.has_value(), "no page found");
    const double jaccard = pageJaccard(s, quad->corners);
    QVERIFY2(jaccard >= 0.98, qPrintable(QStringLiteral("Jaccard %1").arg(jaccard)));
}

void TestPageDetector::sheetFillsThePicture_data() {
    QTest::addColumn<PageKind>("page");
    QTest::addColumn<int>("seed");
    const std::pair<PageKind, const char *> pages[] = {{PageKind::Separator, "cover sheet"},
                                                       {PageKind::TextPage, "text"},
                                                       {PageKind::TablePage, "table"},
                                                       {PageKind::Licence, "licence"}};
    for (const auto &[page, name] : pages)
        for (int seed = 1; seed <= 3; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(name)).arg(seed)))
                << page << seed;
}

// A sheet laid on the camera's whole field (or a scan taken as a photo) shows no desk: whatever
// comes back must not be a piece of the sheet. Groups of a cover sheet's bars side by side,
// offered joined as a page cut by a shadow, once cut the sheet down to its barcode.
void TestPageDetector::sheetFillsThePicture() {
    QFETCH(PageKind, page);
    QFETCH(int, seed);
    std::mt19937_64 rng(quint64(seed) * 7919u + quint64(page));
    const ScanSample s = ScanSynth::compose(page, rng, 150.0);
    QVERIFY(!s.image.empty());
    const auto quad = detectPage(s.image);
    if (!quad)
        return; // the whole picture is the page
    const std::vector<cv::Point2f> outline(quad->corners.begin(), quad->corners.end());
    const double share = cv::contourArea(outline) / double(s.image.total());
    // A known limit (docs/scanning.md, "The twelfth session"): with the sheet's own edges cut
    // by the picture's, a printed table, a barcode or a bold title can be taken for the page.
    for (const char *tag : {"cover sheet 2", "text 2", "table 2", "table 3"})
        QEXPECT_FAIL(tag, "a printed block taken for the page", Continue);
    QVERIFY2(share > 0.6, qPrintable(QStringLiteral("a quad over %1 of the picture").arg(share)));
}

void TestPageDetector::fingersHoldPage_data() {
    QTest::addColumn<Desk>("desk");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("fingers"); // 1: one thumb on the left side, 2: a thumb on each side
    for (const auto &[desk, name] : kDesks) {
        for (int fingers = 1; fingers <= 2; ++fingers)
            for (int index = 0; index < 2; ++index)
                QTest::newRow(
                    qPrintable(QStringLiteral("%1, %2, %3")
                                   .arg(QLatin1String(name),
                                        QLatin1String(fingers == 1 ? "one thumb" : "two thumbs"))
                                   .arg(index)))
                    << desk << index << fingers;
    }
}

// At a document camera the clerk often holds a curled page flat with a thumb on its edge, the
// hand reaching in from outside the picture.
void TestPageDetector::fingersHoldPage() {
    QFETCH(Desk, desk);
    QFETCH(int, index);
    QFETCH(int, fingers);
    ScanSample s = ScanSetGenerator(43).photo(index + 4 * int(desk), desk, PageKind::TextPage,
                                              cv::Size(2592, 1944));
    const auto &c = s.corners;
    const double pageWidth = cv::norm(c[1] - c[0]);
    const cv::Scalar skin(120, 150, 205);
    const auto thumb = [&](cv::Point2f a, cv::Point2f b, cv::Point2f inward) {
        const cv::Point2f middle = (a + b) * 0.5f;
        const cv::Point2f along = (b - a) / float(cv::norm(b - a));
        const cv::Point2f n = inward / float(cv::norm(inward));
        const float width = float(0.09 * pageWidth);
        // The thumb's tip a third of its length onto the page, the hand out to the image's edge.
        const cv::Point2f tip = middle + n * (0.7f * width);
        const cv::Point2f wrist = middle - n * float(3 * s.image.cols);
        const float angle = float(std::atan2(n.y, n.x) * 180.0 / CV_PI);
        cv::ellipse(s.image, tip - n * width, cv::Size2f(2.2f * width, width), angle, 0, 360, skin,
                    cv::FILLED, cv::LINE_AA);
        const std::vector<cv::Point> arm{
            tip - n * width + along * (0.5f * width), tip - n * width - along * (0.5f * width),
            wrist - along * (1.2f * width), wrist + along * (1.2f * width)};
        cv::fillConvexPoly(s.image, arm, skin, cv::LINE_AA);
    };
    const cv::Point2f centre = (c[0] + c[1] + c[2] + c[3]) * 0.25f;
    thumb(c[3], c[0], centre - (c[3] + c[0]) * 0.5f);
    if (fingers == 2)
        thumb(c[1], c[2], centre - (c[1] + c[2]) * 0.5f);
    const auto quad = detectPage(s.image);
    QVERIFY2(quad.has_value(), "no page found");
    const double jaccard = pageJaccard(s, quad->corners);
    QVERIFY2(jaccard >= 0.97, qPrintable(QStringLiteral("Jaccard %1").arg(jaccard)));
}

void TestPageDetector::cornersStartTopLeftClockwise() {
    const ScanSample s =
        ScanSetGenerator(5).photo(2, Desk::Dark, PageKind::TextPage, cv::Size(1600, 1200));
    const auto quad = detectPage(s.image);
    QVERIFY(quad.has_value());
    const auto &c = quad->corners;
    for (size_t i = 1; i < 4; ++i)
        QVERIFY(c[0].x + c[0].y <= c[i].x + c[i].y);
    // Clockwise on screen (y down): positive signed area.
    double twice = 0;
    for (size_t i = 0; i < 4; ++i)
        twice += double(c[i].x) * c[(i + 1) % 4].y - double(c[(i + 1) % 4].x) * c[i].y;
    QVERIFY(twice > 0);
}

void TestPageDetector::noPageOnBareDesk_data() {
    QTest::addColumn<Desk>("desk");
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 3; ++seed) {
        QTest::newRow(qPrintable(QStringLiteral("wood %1").arg(seed))) << Desk::Wood << seed;
        QTest::newRow(qPrintable(QStringLiteral("dark %1").arg(seed))) << Desk::Dark << seed;
        QTest::newRow(qPrintable(QStringLiteral("light %1").arg(seed))) << Desk::Light << seed;
        QTest::newRow(qPrintable(QStringLiteral("patterned %1").arg(seed)))
            << Desk::Patterned << seed;
    }
}

void TestPageDetector::noPageOnBareDesk() {
    QFETCH(Desk, desk);
    QFETCH(int, seed);
    std::mt19937_64 rng{quint64(seed)};
    const cv::Mat bare = DeskTexture::make(desk, cv::Size(1600, 1200), rng);
    QVERIFY(!detectPage(bare).has_value());
}

void TestPageDetector::rectifiedAspect_data() {
    QTest::addColumn<PageKind>("page");
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("expected"); // short side / long side
    for (int i = 0; i < 4; ++i) {
        QTest::newRow(qPrintable(QStringLiteral("A4 %1").arg(i)))
            << PageKind::TextPage << i << 210.0 / 297.0;
        QTest::newRow(qPrintable(QStringLiteral("card %1").arg(i)))
            << PageKind::IdCard << i << 54.0 / 85.6;
    }
}

void TestPageDetector::rectifiedAspect() {
    QFETCH(PageKind, page);
    QFETCH(int, index);
    QFETCH(double, expected);
    const ScanSample s =
        ScanSetGenerator(77).photo(index, static_cast<Desk>(index % 4), page, cv::Size(2592, 1944));
    const auto quad = detectPage(s.image);
    QVERIFY(quad.has_value());
    const cv::Mat flat = ow::vision::rectifyPage(s.image, *quad);
    QVERIFY(!flat.empty());
    const double ratio = double(std::min(flat.cols, flat.rows)) / std::max(flat.cols, flat.rows);
    QVERIFY2(std::abs(ratio / expected - 1.0) <= 0.03,
             qPrintable(QStringLiteral("ratio %1, expected %2").arg(ratio).arg(expected)));
    // height/width as the corners run agrees with the rectified image.
    const double aspect = ow::vision::estimatePageAspect(*quad, s.image.size());
    QVERIFY(std::abs(aspect - double(flat.rows) / flat.cols) < 0.01);
}

void TestPageDetector::badInputsNeverCrash_data() {
    QTest::addColumn<int>("kind");
    for (int k = 0; k < 10; ++k)
        QTest::newRow(qPrintable(QStringLiteral("input %1").arg(k))) << k;
}

void TestPageDetector::badInputsNeverCrash() {
    QFETCH(int, kind);
    const ScanSample s =
        ScanSetGenerator(9).photo(1, Desk::Wood, PageKind::TextPage, cv::Size(640, 480));
    cv::Mat input;
    switch (kind) {
    case 0:
        break; // empty
    case 1:
        input = cv::Mat(1, 1, CV_8UC3, cv::Scalar(255, 255, 255));
        break;
    case 2:
        input = cv::Mat(20, 3000, CV_8UC3, cv::Scalar(10, 200, 30));
        break;
    case 3:
        cv::cvtColor(s.image, input, cv::COLOR_BGR2GRAY);
        break;
    case 4:
        cv::cvtColor(s.image, input, cv::COLOR_BGR2BGRA);
        break;
    case 5:
        s.image.convertTo(input, CV_16UC3, 257.0);
        break;
    case 6:
        s.image.convertTo(input, CV_32FC3, 1.0 / 255.0);
        break;
    case 7:
        input = cv::Mat(480, 640, CV_8UC3, cv::Scalar(255, 255, 255));
        break;
    case 8:
        input = cv::Mat(480, 640, CV_8UC2, cv::Scalar(0, 0));
        break;
    default:
        input = cv::Mat(480, 640, CV_8UC3, cv::Scalar(0, 0, 0));
        break;
    }
    const auto quad = detectPage(input);
    if (kind == 3 || kind == 4 || kind == 5) {
        QVERIFY2(quad.has_value(), "grey, BGRA and 16-bit photos are read too");
        QVERIFY(pageJaccard(s, quad->corners) > 0.9);
    }
    if (kind == 0 || kind == 1 || kind == 7 || kind == 8 || kind == 9)
        QVERIFY(!quad.has_value());
    PageQuad degenerate;
    QVERIFY(ow::vision::rectifyPage(input, degenerate).empty());
    QVERIFY(ow::vision::estimatePageAspect(degenerate, input.size()) >= 0.0);
}

QTEST_MAIN(TestPageDetector)
#include "tst_pagedetector.moc"
