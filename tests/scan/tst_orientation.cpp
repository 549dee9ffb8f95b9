// Orientation: text pages turned by 0/90/180/270 degrees (Latin and Chinese, with and without a
// small skew) are recognised and turned back upright.
#include "deskew.h"
#include "orientation.h"
#include "pagerenderer.h"
#include "scantestpages.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <random>
#include <vector>

namespace {

// The page's content turned counter-clockwise by quarterDeg (exact).
cv::Mat turned(const cv::Mat &page, int quarterDeg) {
    cv::Mat out;
    switch (quarterDeg) {
    case 90:
        cv::rotate(page, out, cv::ROTATE_90_COUNTERCLOCKWISE);
        return out;
    case 180:
        cv::rotate(page, out, cv::ROTATE_180);
        return out;
    case 270:
        cv::rotate(page, out, cv::ROTATE_90_CLOCKWISE);
        return out;
    default:
        return page;
    }
}

cv::Mat chinesePage(ow::scaneval::PageKind kind, unsigned seed) {
    std::mt19937_64 rng(seed);
    return ow::scaneval::PageRenderer::render(kind, 150, rng).bgr;
}

} // namespace

class TestOrientation : public QObject {
    Q_OBJECT

private slots:
    void textPages_data();
    void textPages();
    void fewLines_data();
    void fewLines();
    void placement_data();
    void placement();
    void turnUprightUndoesTheTurn();
    void blankPageStaysAsItIs();

private:
};

void TestOrientation::textPages_data() {
    QTest::addColumn<int>("kind"); // 0 Latin, 1 Chinese text, 2 Chinese table
    QTest::addColumn<int>("quarter");
    QTest::addColumn<unsigned>("seed");
    for (const int quarter : {0, 90, 180, 270}) {
        QTest::addRow("latin %d", quarter) << 0 << quarter << 5u;
        QTest::addRow("chinese text %d", quarter) << 1 << quarter << 21u;
        QTest::addRow("chinese text b %d", quarter) << 1 << quarter << 22u;
        QTest::addRow("chinese table %d", quarter) << 2 << quarter << 23u;
    }
}

void TestOrientation::textPages() {
    QFETCH(int, kind);
    QFETCH(int, quarter);
    QFETCH(unsigned, seed);
    const cv::Mat page = kind == 0 ? ow::scantest::latinTextPage(ow::scantest::a4(150), 25, seed)
                                   : chinesePage(kind == 1 ? ow::scaneval::PageKind::TextPage
                                                           : ow::scaneval::PageKind::TablePage,
                                                 seed);
    const ow::vision::OrientationEstimate found =
        ow::vision::estimateOrientation(turned(page, quarter));
    QVERIFY(found.measured);
    QCOMPARE(found.quarterDeg, quarter);
}

// The page processor's path: lines found on a small copy, read from the full-resolution page
// through the view's mapping. A page of only three lines still reads right in every turn.
void TestOrientation::fewLines_data() {
    QTest::addColumn<int>("quarter");
    QTest::addColumn<int>("lines");
    for (const int quarter : {0, 90, 180, 270}) {
        QTest::addRow("three lines %d", quarter) << quarter << 3;
        QTest::addRow("full page %d", quarter) << quarter << 25;
    }
}

void TestOrientation::fewLines() {
    QFETCH(int, quarter);
    QFETCH(int, lines);
    const cv::Mat page = ow::scantest::latinTextPage(ow::scantest::a4(300), lines, 7);
    cv::Mat source;
    cv::cvtColor(turned(page, quarter), source, cv::COLOR_BGR2GRAY);
    ow::vision::OrientationView view;
    view.source = source;
    const double f = 0.4;
    cv::resize(source, view.grey, cv::Size(), f, f, cv::INTER_AREA);
    view.toSource = cv::Matx23d(1 / f, 0, 0, 0, 1 / f, 0);
    const ow::vision::SkewEstimate lines0 = ow::vision::estimateSkew(view.grey, 2.0);
    QVERIFY(lines0.measured);
    const ow::vision::OrientationEstimate found = ow::vision::estimateOrientation(view, lines0);
    QVERIFY(found.measured);
    QCOMPARE(found.quarterDeg, quarter);
}

// Too little to read: a page number at the foot, or a signature low on the right, tells the way
// up by where it sits on the portrait sheet.
void TestOrientation::placement_data() {
    QTest::addColumn<int>("quarter");
    QTest::addColumn<bool>("signature");
    for (const int quarter : {0, 90, 180, 270}) {
        QTest::addRow("page number %d", quarter) << quarter << false;
        QTest::addRow("signature %d", quarter) << quarter << true;
    }
}

void TestOrientation::placement() {
    QFETCH(int, quarter);
    QFETCH(bool, signature);
    cv::Mat page(ow::scantest::a4(100), CV_8UC1, cv::Scalar(245));
    if (signature) {
        std::vector<cv::Point> stroke;
        for (int i = 0; i <= 40; ++i)
            stroke.emplace_back(480 + i * 5, 960 + static_cast<int>(15 * std::sin(i * 0.7)));
        cv::polylines(page, stroke, false, cv::Scalar(30), 2, cv::LINE_AA);
    } else {
        cv::putText(page, "- 12 -", cv::Point(380, 1110), cv::FONT_HERSHEY_SIMPLEX, 0.6,
                    cv::Scalar(20), 2, cv::LINE_AA);
    }
    const ow::vision::OrientationEstimate found =
        ow::vision::orientationFromPlacement(turned(page, quarter));
    QVERIFY(found.measured);
    QCOMPARE(found.quarterDeg, quarter);
    const cv::Mat white(1169, 827, CV_8UC1, cv::Scalar(250));
    QVERIFY(!ow::vision::orientationFromPlacement(white).measured);
}

void TestOrientation::turnUprightUndoesTheTurn() {
    const cv::Mat page = ow::scantest::latinTextPage(ow::scantest::a4(100), 10, 1);
    for (const int quarter : {0, 90, 180, 270}) {
        const cv::Mat back = ow::vision::turnUpright(turned(page, quarter), quarter);
        QCOMPARE(back.size(), page.size());
        QCOMPARE(cv::norm(back, page, cv::NORM_INF), 0.0);
    }
}

void TestOrientation::blankPageStaysAsItIs() {
    const cv::Mat white(1000, 700, CV_8UC3, cv::Scalar(250, 250, 250));
    const ow::vision::OrientationEstimate found = ow::vision::estimateOrientation(white);
    QCOMPARE(found.quarterDeg, 0);
    QVERIFY(!found.measured);
    QCOMPARE(ow::vision::estimateOrientation(cv::Mat()).quarterDeg, 0);
}

QTEST_MAIN(TestOrientation)
#include "tst_orientation.moc"
