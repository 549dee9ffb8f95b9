// The 5 x 5 median gives OpenCV's medianBlur pixels exactly: on noise of every spread (ties
// everywhere with two levels, none to speak of with 256), on a closed page-like image, at the
// vector width's edges (15, 16 and 17 columns), at the smallest size it takes itself, in
// colour, and through OpenCV for what it does not take.
#include "median5x5.h"

#include <opencv2/imgproc.hpp>

#include "noiseimage.h"

#include <QTest>

namespace {

// Paper shading with dark strokes, closed as the shading estimate closes it: wide plateaus.
cv::Mat closedPage(cv::Size size) {
    cv::Mat page(size, CV_8UC1);
    for (int y = 0; y < size.height; ++y)
        for (int x = 0; x < size.width; ++x)
            page.at<uchar>(y, x) =
                static_cast<uchar>(180 + 60 * (x + y) / (size.width + size.height));
    for (int y = 8; y < size.height - 4; y += 13)
        cv::line(page, {4, y}, {size.width - 5, y + 2}, cv::Scalar(40), 2);
    cv::morphologyEx(page, page, cv::MORPH_CLOSE,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(9, 9)));
    return page;
}

} // namespace

class TestMedian5x5 : public QObject {
    Q_OBJECT

private slots:
    void sameAsOpenCv_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("levels");
        QTest::addColumn<bool>("page");
        for (const int levels : {2, 5, 256}) {
            const QByteArray l = QByteArray::number(levels) + " levels";
            QTest::newRow("shading copy, " + l) << QSize(600, 424) << levels << false;
            QTest::newRow("15 columns, " + l) << QSize(15, 9) << levels << false;
            QTest::newRow("16 columns, " + l) << QSize(16, 7) << levels << false;
            QTest::newRow("17 columns, " + l) << QSize(17, 33) << levels << false;
            QTest::newRow("5 x 5, " + l) << QSize(5, 5) << levels << false;
            QTest::newRow("tall, " + l) << QSize(37, 301) << levels << false;
        }
        QTest::newRow("closed page") << QSize(585, 413) << 0 << true;
    }
    void colourSameAsOpenCv_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("channels");
        for (const int channels : {3, 4, 2}) {
            const QByteArray c = QByteArray::number(channels) + " channels";
            QTest::newRow("desk photo copy, " + c) << QSize(640, 480) << channels;
            QTest::newRow("5 x 5, " + c) << QSize(5, 5) << channels;
            QTest::newRow("odd width, " + c) << QSize(23, 11) << channels;
        }
    }
    void colourSameAsOpenCv() {
        QFETCH(QSize, size);
        QFETCH(int, channels);
        const cv::Mat image = uniformNoise({size.width(), size.height()}, 256, CV_8UC(channels));
        cv::Mat expected;
        cv::medianBlur(image, expected, 5);
        const cv::Mat filtered = ow::vision::scanimage::median5x5(image);
        QCOMPARE(filtered.type(), image.type());
        QCOMPARE(cv::norm(filtered.reshape(1), expected.reshape(1), cv::NORM_INF), 0.0);
    }
    void sameAsOpenCv() {
        QFETCH(QSize, size);
        QFETCH(int, levels);
        QFETCH(bool, page);
        const cv::Size cvSize(size.width(), size.height());
        const cv::Mat image = page ? closedPage(cvSize) : uniformNoise(cvSize, levels);
        cv::Mat expected;
        cv::medianBlur(image, expected, 5);
        const cv::Mat filtered = ow::vision::scanimage::median5x5(image);
        QCOMPARE(filtered.size(), expected.size());
        QCOMPARE(filtered.type(), CV_8UC1);
        QCOMPARE(cv::norm(filtered, expected, cv::NORM_INF), 0.0);
    }

    void aRegionOfALargerImage() {
        // Rows with a step wider than the row (a region of a page), and the input untouched.
        const cv::Mat whole = uniformNoise({300, 200}, 256);
        const cv::Mat region = whole(cv::Rect(13, 7, 201, 150));
        const cv::Mat before = region.clone();
        cv::Mat expected;
        cv::medianBlur(region, expected, 5);
        QCOMPARE(cv::norm(ow::vision::scanimage::median5x5(region), expected, cv::NORM_INF), 0.0);
        QCOMPARE(cv::norm(region, before, cv::NORM_INF), 0.0);
    }

    void otherImagesGoToOpenCv() {
        QVERIFY(ow::vision::scanimage::median5x5(cv::Mat()).empty());
        for (const cv::Mat &image : {uniformNoise({4, 9}, 256), uniformNoise({9, 4}, 256),
                                     uniformNoise({40, 30}, 256, CV_8UC3)}) {
            cv::Mat expected;
            cv::medianBlur(image, expected, 5);
            QCOMPARE(cv::norm(ow::vision::scanimage::median5x5(image), expected, cv::NORM_INF),
                     0.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestMedian5x5)
#include "tst_median5x5.moc"
