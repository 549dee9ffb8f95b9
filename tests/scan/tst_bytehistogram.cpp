// The byte histogram counts what OpenCV's calcHist counts, and Otsu's level from it is the one
// cv::threshold(…, THRESH_OTSU) finds on the image: on noise of every spread, on two peaks of
// any balance, on one or two values only, and on the byte gradients the barcode search splits.
#include "bytehistogram.h"

#include <opencv2/imgproc.hpp>

#include "noiseimage.h"

#include <QTest>

namespace {

// Two noisy peaks, `darkShare` of the pixels around `dark`, the rest around `light`.
cv::Mat twoPeaks(cv::Size size, int dark, int light, double darkShare, double spread) {
    cv::Mat image(size, CV_8UC1);
    cv::RNG rng(static_cast<std::uint64_t>(dark * 1000 + light + size.area()));
    for (int y = 0; y < size.height; ++y)
        for (int x = 0; x < size.width; ++x) {
            const int centre = rng.uniform(0.0, 1.0) < darkShare ? dark : light;
            image.at<uchar>(y, x) = cv::saturate_cast<uchar>(centre + rng.gaussian(spread));
        }
    return image;
}

// Byte gradient strengths of a page with text lines and bars, as the barcode search makes them.
cv::Mat gradientStrengths() {
    cv::Mat page(480, 640, CV_8UC1, cv::Scalar(235));
    for (int y = 30; y < 300; y += 24)
        cv::putText(page, "OneWindow 0123456789", {20, y}, cv::FONT_HERSHEY_SIMPLEX, 0.7,
                    cv::Scalar(30), 2);
    for (int x = 100; x < 400; x += 7)
        cv::rectangle(page, {x, 340}, {x + 2 + x % 3, 440}, cv::Scalar(20), cv::FILLED);
    cv::Mat gx;
    cv::Scharr(page, gx, CV_16S, 1, 0);
    cv::convertScaleAbs(gx, gx, 1.0 / 16.0);
    cv::blur(gx, gx, cv::Size(7, 7));
    return gx;
}

} // namespace

class TestByteHistogram : public QObject {
    Q_OBJECT

private slots:
    void sameAsOpenCv_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("levels");
        for (const int levels : {2, 3, 17, 256})
            QTest::newRow(("noise, " + QByteArray::number(levels) + " levels").constData())
                << 0 << levels;
        QTest::newRow("two peaks, balanced") << 1 << 50;
        QTest::newRow("two peaks, few dark") << 1 << 3;
        QTest::newRow("two peaks, mostly dark") << 1 << 90;
        QTest::newRow("gradient strengths") << 2 << 0;
        QTest::newRow("one value") << 3 << 0;
        QTest::newRow("two values") << 4 << 0;
    }
    void sameAsOpenCv() {
        QFETCH(int, kind);
        QFETCH(int, levels);
        cv::Mat image;
        switch (kind) {
        case 0:
            image = uniformNoise({301, 211}, levels);
            break;
        case 1:
            image = twoPeaks({320, 240}, 60, 200, levels / 100.0, 18.0);
            break;
        case 2:
            image = gradientStrengths();
            break;
        case 3:
            image = cv::Mat(50, 70, CV_8UC1, cv::Scalar(131));
            break;
        default:
            image = cv::Mat(50, 70, CV_8UC1, cv::Scalar(12));
            image.colRange(0, 9).setTo(240);
            break;
        }
        const ow::vision::scanimage::ByteHistogram counts =
            ow::vision::scanimage::histogramOf(image);
        cv::Mat expected;
        const int channels[] = {0};
        const int bins[] = {256};
        const float range[] = {0.0f, 256.0f};
        const float *ranges[] = {range};
        cv::calcHist(&image, 1, channels, cv::Mat(), expected, 1, bins, ranges);
        for (int v = 0; v < 256; ++v)
            QCOMPARE(counts[static_cast<size_t>(v)], cvRound(expected.at<float>(v)));
        cv::Mat ignored;
        const double otsu =
            cv::threshold(image, ignored, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
        QCOMPARE(ow::vision::scanimage::otsuLevel(counts), static_cast<int>(otsu));
    }
    void otherImagesCountNothing() {
        const cv::Mat colour(8, 8, CV_8UC3, cv::Scalar(1, 2, 3));
        const auto counts = ow::vision::scanimage::histogramOf(colour);
        QVERIFY(std::all_of(counts.begin(), counts.end(), [](int c) { return c == 0; }));
        QCOMPARE(ow::vision::scanimage::histogramOf(cv::Mat())[0], 0);
    }
};

QTEST_GUILESS_MAIN(TestByteHistogram)
#include "tst_bytehistogram.moc"
