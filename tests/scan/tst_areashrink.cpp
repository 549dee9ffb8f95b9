// The area shrink gives OpenCV's INTER_AREA pixels exactly: on noise and on a page-like image,
// by the factors the pipeline uses (an 1100 px copy to 800, a page to 2000, barely shrunk) and
// odd ones, one that rounds to the same size (a copy), at widths around the vector's, on
// regions of a larger image; and what it does not take itself (whole-number cells, colour,
// enlargements) goes to OpenCV.
#include "areashrink.h"

#include <opencv2/imgproc.hpp>

#include "noiseimage.h"

#include <QTest>

namespace {

// Paper with lines of dark strokes, as a skew copy sees it.
cv::Mat page(cv::Size size) {
    cv::Mat image(size, CV_8UC1, cv::Scalar(235));
    for (int y = 20; y < size.height - 20; y += 23)
        for (int x = 15; x < size.width - 40; x += 31)
            cv::rectangle(image, {x, y}, {x + 19, y + 13}, cv::Scalar(30 + x % 50), 2);
    return image;
}

cv::Mat opencv(const cv::Mat &image, double factor) {
    cv::Mat out;
    cv::resize(image, out, cv::Size(), factor, factor, cv::INTER_AREA);
    return out;
}

} // namespace

class TestAreaShrink : public QObject {
    Q_OBJECT

private slots:
    void sameAsOpenCv_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("levels");
        QTest::addColumn<double>("factor");
        QTest::newRow("photo copy 1100 to 800") << 1100 << 780 << 256 << 800.0 / 1100.0;
        QTest::newRow("page to 2000") << 1700 << 2350 << 256 << 2000.0 / 2350.0;
        QTest::newRow("barely") << 401 << 399 << 256 << 0.97;
        QTest::newRow("rounds to the same size") << 566 << 800 << 256 << 0.99937539038101186;
        QTest::newRow("just over a half") << 333 << 257 << 256 << 0.51;
        QTest::newRow("two levels") << 150 << 120 << 2 << 0.7;
        QTest::newRow("width 15") << 15 << 40 << 256 << 0.8;
        QTest::newRow("width 17") << 17 << 40 << 256 << 0.6;
        QTest::newRow("tiny") << 3 << 3 << 256 << 0.7;
        QTest::newRow("third of a third") << 90 << 61 << 256 << 1.0 / 2.7;
    }
    void sameAsOpenCv() {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, levels);
        QFETCH(double, factor);
        const cv::Mat image = uniformNoise({width, height}, levels);
        const cv::Mat ours = ow::vision::scanimage::areaShrunk(image, factor);
        const cv::Mat theirs = opencv(image, factor);
        QCOMPARE(ours.size(), theirs.size());
        QCOMPARE(cv::norm(ours, theirs, cv::NORM_INF), 0.0);
    }

    void pageLikeAndRegions() {
        const cv::Mat image = page({1290, 1010});
        for (const double factor : {800.0 / 1290.0, 0.55, 0.9}) {
            const cv::Mat ours = ow::vision::scanimage::areaShrunk(image, factor);
            QCOMPARE(cv::norm(ours, opencv(image, factor), cv::NORM_INF), 0.0);
        }
        // A region: rows that do not follow one another in memory.
        const cv::Mat region = image(cv::Rect(37, 11, 701, 603));
        QCOMPARE(cv::norm(ow::vision::scanimage::areaShrunk(region, 0.66), opencv(region, 0.66),
                          cv::NORM_INF),
                 0.0);
    }

    void restGoesToOpenCv_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("factor");
        QTest::newRow("whole cell") << int(CV_8UC1) << 0.5;
        QTest::newRow("colour") << int(CV_8UC3) << 0.7;
        QTest::newRow("enlargement") << int(CV_8UC1) << 1.5;
        QTest::newRow("16 bit") << int(CV_16UC1) << 0.7;
    }
    void restGoesToOpenCv() {
        QFETCH(int, type);
        QFETCH(double, factor);
        const cv::Mat image = uniformNoise({120, 90}, 256, type);
        QCOMPARE(cv::norm(ow::vision::scanimage::areaShrunk(image, factor), opencv(image, factor),
                          cv::NORM_INF),
                 0.0);
    }

    void emptyStaysEmpty() { QVERIFY(ow::vision::scanimage::areaShrunk(cv::Mat(), 0.5).empty()); }
};

QTEST_APPLESS_MAIN(TestAreaShrink)
#include "tst_areashrink.moc"
