// Our perspective warp gives cv::warpPerspective's pixels exactly (bilinear, replicated
// border): pages inside the image, quads reaching past its edges, outputs narrower than one
// block and shorter than one block row, widths that are not a multiple of four, grey and BGR,
// and through OpenCV for the types it does not take.
#include "perspectivewarp.h"

#include <opencv2/imgproc.hpp>

#include "noiseimage.h"

#include <QTest>

Q_DECLARE_METATYPE(cv::Size)

namespace {

// A page's quad in a size x size image, pulled in (or pushed out, negative) by `inset` of each
// side and tilted by `tilt` of the width: a photo's perspective.
std::array<cv::Point2f, 4> quadIn(cv::Size image, float inset, float tilt) {
    const auto w = static_cast<float>(image.width), h = static_cast<float>(image.height);
    return {cv::Point2f(w * inset, h * inset + tilt * w), cv::Point2f(w * (1 - inset), h * inset),
            cv::Point2f(w * (1 - inset) - tilt * w, h * (1 - inset)),
            cv::Point2f(w * inset + tilt * w, h * (1 - inset) - tilt * h)};
}

cv::Matx33d onto(const std::array<cv::Point2f, 4> &quad, cv::Size out) {
    const cv::Point2f to[4] = {
        {-0.5f, -0.5f},
        {static_cast<float>(out.width) - 0.5f, -0.5f},
        {static_cast<float>(out.width) - 0.5f, static_cast<float>(out.height) - 0.5f},
        {-0.5f, static_cast<float>(out.height) - 0.5f}};
    return cv::Matx33d(cv::getPerspectiveTransform(quad.data(), to));
}

// What ours must match.
cv::Mat openCvWarp(const cv::Mat &src, const cv::Matx33d &h, cv::Size out) {
    cv::Mat warped;
    cv::warpPerspective(src, warped, h, out, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return warped;
}

int differing(const cv::Mat &a, const cv::Mat &b) {
    cv::Mat diff;
    cv::absdiff(a, b, diff);
    return cv::countNonZero(diff.reshape(1));
}

} // namespace

class TestPerspectiveWarp : public QObject {
    Q_OBJECT

private slots:
    void sameAsOpenCv_data() {
        QTest::addColumn<cv::Size>("image");
        QTest::addColumn<cv::Size>("out");
        QTest::addColumn<float>("inset");
        QTest::addColumn<float>("tilt");
        QTest::addColumn<int>("type");
        for (const int type : {CV_8UC1, CV_8UC3}) {
            const QByteArray t = type == CV_8UC1 ? ", grey" : ", BGR";
            QTest::newRow("page inside" + t)
                << cv::Size(900, 700) << cv::Size(501, 703) << 0.12f << 0.03f << type;
            QTest::newRow("quad past the edges" + t)
                << cv::Size(640, 480) << cv::Size(610, 455) << -0.15f << 0.05f << type;
            QTest::newRow("enlarged" + t)
                << cv::Size(200, 150) << cv::Size(830, 611) << 0.2f << 0.02f << type;
            QTest::newRow("narrower than a block" + t)
                << cv::Size(300, 300) << cv::Size(37, 400) << 0.1f << 0.04f << type;
            QTest::newRow("shorter than a block row" + t)
                << cv::Size(300, 300) << cv::Size(299, 9) << 0.1f << 0.04f << type;
            QTest::newRow("one pixel" + t)
                << cv::Size(50, 40) << cv::Size(1, 1) << 0.1f << 0.0f << type;
            QTest::newRow("three columns" + t)
                << cv::Size(50, 40) << cv::Size(3, 70) << -0.3f << 0.1f << type;
            QTest::newRow("two-pixel source" + t)
                << cv::Size(2, 2) << cv::Size(9, 11) << 0.0f << 0.0f << type;
        }
    }
    void sameAsOpenCv() {
        QFETCH(cv::Size, image);
        QFETCH(cv::Size, out);
        QFETCH(float, inset);
        QFETCH(float, tilt);
        QFETCH(int, type);
        const cv::Mat src = uniformNoise(image, 256, type);
        const cv::Matx33d h = onto(quadIn(image, inset, tilt), out);
        const cv::Mat expected = openCvWarp(src, h, out);
        const cv::Mat ours = ow::vision::warpPerspectiveLinear(src, h, out);
        QCOMPARE(ours.size(), expected.size());
        QCOMPARE(ours.type(), expected.type());
        QCOMPARE(differing(ours, expected), 0);
    }

    void manyRandomQuadsSameAsOpenCv() {
        cv::RNG rng(20261129);
        for (int i = 0; i < 60; ++i) {
            const cv::Size image(rng.uniform(20, 700), rng.uniform(20, 700));
            const cv::Mat src = uniformNoise(image, 1 + i * 4, i % 3 ? CV_8UC1 : CV_8UC3);
            std::array<cv::Point2f, 4> quad = quadIn(image, rng.uniform(-0.3f, 0.3f), 0.0f);
            for (cv::Point2f &p : quad)
                p += cv::Point2f(rng.uniform(-0.1f, 0.1f) * image.width,
                                 rng.uniform(-0.1f, 0.1f) * image.height);
            const cv::Size out(rng.uniform(1, 600), rng.uniform(1, 600));
            const cv::Matx33d h = onto(quad, out);
            QVERIFY2(differing(ow::vision::warpPerspectiveLinear(src, h, out),
                               openCvWarp(src, h, out)) == 0,
                     qPrintable(QStringLiteral("quad %1").arg(i)));
        }
    }

    void otherTypesGoThroughOpenCv_data() {
        QTest::addColumn<int>("type");
        QTest::newRow("BGRA") << CV_8UC4;
        QTest::newRow("16-bit grey") << CV_16UC1;
        QTest::newRow("float") << CV_32FC1;
    }
    void otherTypesGoThroughOpenCv() {
        QFETCH(int, type);
        const cv::Size image(120, 90), out(70, 95);
        cv::Mat src(image, type);
        cv::randu(src, 0, 200);
        const cv::Matx33d h = onto(quadIn(image, 0.1f, 0.05f), out);
        QCOMPARE(differing(ow::vision::warpPerspectiveLinear(src, h, out), openCvWarp(src, h, out)),
                 0);
    }

    void singularMatrixLikeOpenCv() {
        const cv::Mat src = uniformNoise({40, 30}, 256);
        const cv::Matx33d singular(1, 2, 3, 2, 4, 6, 0, 0, 0);
        QCOMPARE(differing(ow::vision::warpPerspectiveLinear(src, singular, {13, 7}),
                           openCvWarp(src, singular, {13, 7})),
                 0);
    }
};

QTEST_APPLESS_MAIN(TestPerspectiveWarp)
#include "tst_perspectivewarp.moc"
