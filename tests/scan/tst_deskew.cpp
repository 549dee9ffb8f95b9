// Deskew: the skew of text pages turned by known angles, -7..+7 degrees including fractions,
// must come back within 0.05 degrees, on Latin and Chinese pages; blank and noise pages give 0.
#include "deskew.h"
#include "pagerenderer.h"
#include "pagetextsource.h"
#include "scantestpages.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <random>

class TestDeskew : public QObject {
    Q_OBJECT

private slots:
    void latinPage_data();
    void latinPage();
    void chinesePage_data();
    void chinesePage();
    void fewCharacters_data();
    void fewCharacters();
    void oneLine_data();
    void oneLine();
    void solidBlock_data();
    void solidBlock();
    void quarterTurnedPageIsVertical();
    void nothingToMeasure();
    void writtenMarks_data();
    void writtenMarks();

private:
    static void angles();
};

void TestDeskew::angles() {
    QTest::addColumn<double>("angle");
    for (const double a : {-7.0, -6.4, -5.0, -3.75, -2.2, -1.0, -0.45, -0.1, 0.0, 0.08, 0.3, 0.95,
                           1.5, 2.65, 4.0, 5.33, 6.1, 7.0})
        QTest::newRow(qPrintable(QString::number(a))) << a;
}

void TestDeskew::latinPage_data() {
    angles();
}

void TestDeskew::latinPage() {
    QFETCH(double, angle);
    const cv::Mat page = ow::scantest::latinTextPage(ow::scantest::a4(200), 30, 7);
    const double found = ow::vision::estimateSkewDeg(ow::scantest::rotated(page, angle));
    QVERIFY2(std::abs(found - angle) < 0.05,
             qPrintable(QStringLiteral("found %1 for %2").arg(found).arg(angle)));
}

void TestDeskew::chinesePage_data() {
    QTest::addColumn<double>("angle");
    for (const double a : {-6.8, -2.35, -0.6, 0.2, 1.15, 3.9, 7.0})
        QTest::newRow(qPrintable(QString::number(a))) << a;
}

void TestDeskew::chinesePage() {
    QFETCH(double, angle);
    std::mt19937_64 rng(11);
    const ow::scaneval::RenderedPage page =
        ow::scaneval::PageRenderer::render(ow::scaneval::PageKind::TextPage, 200, rng);
    const double found = ow::vision::estimateSkewDeg(ow::scantest::rotated(page.bgr, angle));
    QVERIFY2(std::abs(found - angle) < 0.05,
             qPrintable(QStringLiteral("found %1 for %2").arg(found).arg(angle)));
}

void TestDeskew::fewCharacters_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("angle");
    for (const double a : {-4.3, 0.6, 2.6, 6.4}) {
        QTest::addRow("patch T %g", a) << int(ow::scaneval::PageKind::PatchT) << a;
        QTest::addRow("separator %g", a) << int(ow::scaneval::PageKind::Separator) << a;
    }
}

void TestDeskew::fewCharacters() {
    // Separator sheets: a title, a caption and long bars (a barcode, the patch code).
    QFETCH(int, kind);
    QFETCH(double, angle);
    std::mt19937_64 rng(3);
    const ow::scaneval::RenderedPage page =
        ow::scaneval::PageRenderer::render(static_cast<ow::scaneval::PageKind>(kind), 300, rng);
    const double found = ow::vision::estimateSkewDeg(ow::scantest::rotated(page.bgr, angle));
    QVERIFY2(std::abs(found - angle) < 0.1,
             qPrintable(QStringLiteral("found %1 for %2").arg(found).arg(angle)));
}

void TestDeskew::oneLine_data() {
    QTest::addColumn<int>("seed");
    QTest::addColumn<double>("angle");
    for (const int seed : {1, 2, 3, 4, 5, 6})
        for (const double a : {-6.48, -0.78, 0.37, 2.9, 5.55})
            QTest::addRow("sentence %d at %g", seed, a) << seed << a;
}

void TestDeskew::oneLine() {
    // A near-blank sheet: one line of Chinese, as in a notice's single sentence, on a 300-dpi
    // page (the fine copy is sampled down). One line's profile has no second line to sharpen
    // it; its score must still change smoothly with the angle.
    QFETCH(int, seed);
    QFETCH(double, angle);
    std::mt19937_64 rng(static_cast<unsigned>(seed));
    const cv::Size size = ow::scantest::a4(300);
    const double ppm = size.height / 297.0;
    QImage sheet(size.width, size.height, QImage::Format_RGB888);
    sheet.fill(Qt::white);
    {
        QPainter painter(&sheet);
        painter.setPen(QColor(20, 20, 20));
        painter.setFont(ow::scaneval::PageTextSource::font(4 * ppm));
        painter.drawText(QRectF(25 * ppm, 30 * ppm, 160 * ppm, 8 * ppm), Qt::AlignLeft,
                         ow::scaneval::PageTextSource::paragraph(rng, 1).left(26));
    }
    const cv::Mat rgb(sheet.height(), sheet.width(), CV_8UC3, sheet.bits(),
                      static_cast<size_t>(sheet.bytesPerLine()));
    cv::Mat page;
    cv::cvtColor(rgb, page, cv::COLOR_RGB2BGR);
    const ow::vision::SkewEstimate skew =
        ow::vision::estimateSkew(ow::scantest::rotated(page, angle), 15.0);
    QVERIFY(skew.measured);
    QVERIFY2(std::abs(skew.angleDeg - angle) < 0.1,
             qPrintable(QStringLiteral("found %1 for %2").arg(skew.angleDeg).arg(angle)));
}

void TestDeskew::solidBlock_data() {
    QTest::addColumn<double>("angle");
    for (const double a : {-5.2, -0.35, 1.7, 6.6})
        QTest::newRow(qPrintable(QString::number(a))) << a;
}

void TestDeskew::solidBlock() {
    // A 300-dpi page (the fine copy is sampled down) with a dark photo stuck on a degree
    // crooked, a tenth of the page: the path where solid marks are labelled and left out.
    QFETCH(double, angle);
    cv::Mat page = ow::scantest::latinTextPage(ow::scantest::a4(300), 24, 5);
    cv::Point2f corners[4];
    cv::RotatedRect(cv::Point2f(900, 2400), cv::Size2f(1100, 800), 1.0f).points(corners);
    std::vector<cv::Point> photo(corners, corners + 4);
    cv::fillConvexPoly(page, photo, cv::Scalar(20, 20, 20));
    const double found = ow::vision::estimateSkewDeg(ow::scantest::rotated(page, angle));
    QVERIFY2(std::abs(found - angle) < 0.05,
             qPrintable(QStringLiteral("found %1 for %2").arg(found).arg(angle)));
}

void TestDeskew::quarterTurnedPageIsVertical() {
    const cv::Mat page = ow::scantest::latinTextPage(ow::scantest::a4(150), 30, 3);
    cv::Mat turned;
    cv::rotate(ow::scantest::rotated(page, 2.5), turned, cv::ROTATE_90_COUNTERCLOCKWISE);
    const ow::vision::SkewEstimate skew = ow::vision::estimateSkew(turned);
    QVERIFY(skew.measured);
    QVERIFY(skew.vertical);
    QVERIFY2(std::abs(skew.angleDeg - 2.5) < 0.05, qPrintable(QString::number(skew.angleDeg)));
}

void TestDeskew::nothingToMeasure() {
    const cv::Mat white(800, 600, CV_8UC3, cv::Scalar(255, 255, 255));
    QCOMPARE(ow::vision::estimateSkewDeg(white), 0.0);
    QVERIFY(!ow::vision::estimateSkew(white).measured);
    QCOMPARE(ow::vision::estimateSkewDeg(cv::Mat()), 0.0);
    cv::Mat noise(700, 500, CV_8UC1);
    cv::randu(noise, 0, 256);
    const double found = ow::vision::estimateSkewDeg(noise); // any value; must not throw
    QVERIFY(std::abs(found) <= 15.0);
    QVERIFY(ow::vision::rotateImage(cv::Mat(), 3.0, cv::Scalar()).empty());
}

void TestDeskew::writtenMarks_data() {
    QTest::addColumn<int>("content");
    QTest::addColumn<int>("fewest");
    QTest::addColumn<int>("most");
    // Far from kSurelyWrittenMarks (blankpage.h) on either side.
    QTest::newRow("white") << 0 << 0 << 0;
    QTest::newRow("specks, holes, a border") << 1 << 0 << 4;
    QTest::newRow("a page number") << 2 << 0 << 4;
    QTest::newRow("a written page") << 3 << 150 << 100000;
}

void TestDeskew::writtenMarks() {
    QFETCH(int, content);
    QFETCH(int, fewest);
    QFETCH(int, most);
    const cv::Size size = ow::scantest::a4(200);
    cv::Mat page(size, CV_8UC3, cv::Scalar(250, 250, 250));
    if (content == 1) {
        std::mt19937 rng(5);
        std::uniform_int_distribution<int> x(0, size.width - 3), y(0, size.height - 3);
        for (int i = 0; i < 3000; ++i)
            cv::rectangle(page, cv::Rect(x(rng), y(rng), 2, 2), cv::Scalar(40, 40, 40), -1);
        for (const int holeY : {size.height / 3, 2 * size.height / 3})
            cv::circle(page, cv::Point(95, holeY), 24, cv::Scalar(30, 30, 30), -1);
        cv::rectangle(page, cv::Rect(0, 0, size.width, 30), cv::Scalar(20, 20, 20), -1);
    } else if (content == 2) {
        cv::putText(page, "12", cv::Point(size.width / 2, size.height - 120),
                    cv::FONT_HERSHEY_SIMPLEX, 1.0, cv::Scalar(0, 0, 0), 2);
    } else if (content == 3) {
        page = ow::scantest::latinTextPage(size, 30, 7);
    }
    const int written = ow::vision::estimateSkew(ow::scantest::rotated(page, 1.3)).writtenMarks;
    QVERIFY2(written >= fewest && written <= most, qPrintable(QString::number(written)));
}

QTEST_MAIN(TestDeskew)
#include "tst_deskew.moc"
