// Orientation: text pages turned by 0/90/180/270 degrees (Latin and Chinese, with and without a
// small skew) are recognised and turned back upright.
#include "deskew.h"
#include "orientation.h"
#include "pagerenderer.h"
#include "scantestpages.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

#include <random>

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
