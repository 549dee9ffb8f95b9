// scanimage's shrinking: both ways give the size and factor the callers map coordinates with,
// and the fast way (halving first) stays within rounding of the one-step average. Component
// labelling gives OpenCV's labels, boxes and areas.
#include "scanimage.h"

#include <opencv2/imgproc.hpp>

#include <QTest>

using ow::vision::scanimage::Shrink;

namespace {

// A page-like test image: paper with text-sized dark strokes and a soft shading.
cv::Mat pageLike(const cv::Size &size, int channels) {
    cv::Mat grey(size, CV_8UC1);
    for (int y = 0; y < size.height; ++y)
        for (int x = 0; x < size.width; ++x)
            grey.at<uchar>(y, x) = static_cast<uchar>(200 + 40 * x / std::max(1, size.width));
    for (int y = size.height / 20; y < size.height - 10; y += std::max(8, size.height / 30))
        cv::line(grey, {size.width / 10, y}, {size.width * 9 / 10, y}, cv::Scalar(30),
                 std::max(1, size.height / 300));
    if (channels == 1)
        return grey;
    cv::Mat bgr;
    cv::cvtColor(grey, bgr, cv::COLOR_GRAY2BGR);
    return bgr;
}

// The longest run of pixels below 128, read pixel by pixel: what hasDarkRun must agree with.
int longestDarkRun(const uchar *row, int cols) {
    int run = 0, longest = 0;
    for (int x = 0; x < cols; ++x) {
        run = row[x] < 128 ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

} // namespace

class TestScanImage : public QObject {
    Q_OBJECT

private slots:
    void shrinkTo_data() {
        QTest::addColumn<QSize>("input");
        QTest::addColumn<int>("maxSide");
        QTest::addColumn<int>("channels");
        QTest::newRow("300-dpi A4 to 1000") << QSize(2480, 3508) << 1000 << 1;
        QTest::newRow("300-dpi A4 to 800, colour") << QSize(2480, 3508) << 800 << 3;
        QTest::newRow("odd sides to 600") << QSize(2481, 3507) << 600 << 1;
        QTest::newRow("less than twice: one step") << QSize(2480, 3508) << 2400 << 1;
        QTest::newRow("exactly half") << QSize(2000, 3000) << 1500 << 1;
        QTest::newRow("landscape to 1000") << QSize(4000, 3000) << 1000 << 3;
        QTest::newRow("already small") << QSize(500, 700) << 1000 << 1;
    }
    void shrinkTo() {
        QFETCH(QSize, input);
        QFETCH(int, maxSide);
        QFETCH(int, channels);
        const cv::Mat page = pageLike({input.width(), input.height()}, channels);
        cv::Mat fast, exact;
        const double fastFactor = ow::vision::scanimage::shrinkTo(page, fast, maxSide);
        const double exactFactor =
            ow::vision::scanimage::shrinkTo(page, exact, maxSide, Shrink::Exact);
        QCOMPARE(fastFactor, exactFactor);
        QCOMPARE(fast.type(), page.type());
        if (std::max(page.cols, page.rows) <= maxSide) {
            QCOMPARE(fastFactor, 1.0);
            QCOMPARE(fast.data, page.data); // shared, not copied
            QCOMPARE(exact.data, page.data);
            return;
        }
        QCOMPARE(std::max(exact.cols, exact.rows), maxSide);
        // The fast copy may lose the last pixel at an edge (odd sides are cropped before each
        // halving), never more.
        QVERIFY(exact.cols - fast.cols >= 0 && exact.cols - fast.cols <= 1);
        QVERIFY(exact.rows - fast.rows >= 0 && exact.rows - fast.rows <= 1);
        // Averaged over half pixels, stroke edges round differently, but strokes stay where the
        // returned factor puts them: the ink's centre in the far half matches (a copy whose scale
        // drifted by rounding its size would be off by a third of a pixel there).
        const cv::Rect farHalf(fast.cols / 2, fast.rows / 2, fast.cols / 2 - 1, fast.rows / 2 - 1);
        const auto inkCentre = [&farHalf](const cv::Mat &image) {
            cv::Mat grey = image;
            if (image.channels() == 3)
                cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
            cv::Mat ink;
            cv::subtract(cv::Scalar(255), grey(farHalf), ink);
            const cv::Moments m = cv::moments(ink);
            return cv::Point2d(m.m10 / m.m00, m.m01 / m.m00);
        };
        const cv::Point2d shift = inkCentre(fast) - inkCentre(exact);
        QVERIFY2(
            std::abs(shift.x) < 0.1 && std::abs(shift.y) < 0.1,
            qPrintable(QStringLiteral("ink centre moved by %1, %2").arg(shift.x).arg(shift.y)));
        QVERIFY(std::abs(cv::mean(fast)[0] - cv::mean(exact)[0]) < 0.5);
    }

    void flattenBackground_data() {
        QTest::addColumn<QSize>("input");
        // Sizes the pipeline flattens: a whole scan, its archive page, the skew's fine and
        // coarse copies, the orientation view, the blank check's copy, one already small.
        QTest::newRow("300-dpi A4") << QSize(2480, 3508);
        QTest::newRow("archive page") << QSize(1653, 2339);
        QTest::newRow("fine copy") << QSize(1697, 2400);
        QTest::newRow("view") << QSize(990, 1400);
        QTest::newRow("blank check") << QSize(707, 1000);
        QTest::newRow("coarse copy") << QSize(566, 800);
        QTest::newRow("odd and small") << QSize(301, 427);
    }

    void flattenBackground() {
        QFETCH(QSize, input);
        // Paper shaded from 200 on the left to 240 on the right, dark rules across it.
        const cv::Mat page = pageLike({input.width(), input.height()}, 1);
        const cv::Mat flat = ow::vision::scanimage::flattenBackground(page);
        QCOMPARE(flat.size(), page.size());
        QCOMPARE(flat.type(), CV_8UC1);
        const cv::Mat paper = page > 150;
        cv::Mat ink = page < 60;
        // The rules' outermost pixels mix with the paper in the background copy: their cores.
        cv::erode(ink, ink, cv::Mat());
        double darkest = 0.0, brightest = 0.0;
        cv::minMaxLoc(flat, &darkest, nullptr, nullptr, nullptr, paper);
        // The shading is gone everywhere on the paper, edges and corners included.
        QVERIFY2(darkest > 240.0, qPrintable(QStringLiteral("paper at %1").arg(darkest)));
        if (cv::countNonZero(ink) > 0) {
            cv::minMaxLoc(flat, nullptr, &brightest, nullptr, nullptr, ink);
            QVERIFY2(brightest < 60.0, qPrintable(QStringLiteral("ink at %1").arg(brightest)));
        }
    }

    void inkBelowAsFlattened_data() {
        QTest::addColumn<QSize>("input");
        QTest::addColumn<int>("level");
        for (const int level : {128, 150, 185}) {
            QTest::addRow("fine copy, %d", level) << QSize(1697, 2400) << level;
            QTest::addRow("coarse copy, %d", level) << QSize(566, 800) << level;
            QTest::addRow("odd and small, %d", level) << QSize(301, 427) << level;
        }
    }

    void inkBelowAsFlattened() {
        QFETCH(QSize, input);
        QFETCH(int, level);
        // Shaded paper with rules of every grey from 60 to 230: many pixels near the threshold.
        cv::Mat page = pageLike({input.width(), input.height()}, 1);
        for (int i = 0; i < 60; ++i) {
            const int x = input.width() * (i + 1) / 62;
            cv::line(page, {x, 0}, {x, input.height() - 1}, cv::Scalar(60 + 170 * i / 59), 2);
        }
        const cv::Mat flat = ow::vision::scanimage::flattenBackground(page);
        const cv::Mat expected = flat < level;
        const cv::Mat ink = ow::vision::scanimage::inkBelow(page, level);
        QCOMPARE(ink.size(), page.size());
        QCOMPARE(ink.type(), CV_8UC1);
        cv::Mat differ = ink != expected;
        // Only pixels within a grey level or two of the threshold may go the other way.
        cv::Mat nearThreshold = (flat >= level - 2) & (flat <= level + 1);
        const int outside = cv::countNonZero(differ & ~nearThreshold);
        QVERIFY2(outside == 0, qPrintable(QStringLiteral("%1 pixels off").arg(outside)));
        QVERIFY(cv::countNonZero(differ) <= cv::countNonZero(expected) / 50 + 10);
        QVERIFY(ow::vision::scanimage::inkBelow(cv::Mat(), level).empty());
    }

    void twoThirds_data() {
        QTest::addColumn<QSize>("input");
        QTest::addColumn<int>("channels");
        QTest::newRow("300-dpi A4 grey") << QSize(2480, 3508) << 1;
        QTest::newRow("300-dpi A4 colour") << QSize(2480, 3508) << 3;
        QTest::newRow("whole blocks") << QSize(300, 600) << 1;
        QTest::newRow("one over") << QSize(301, 601) << 3;
        QTest::newRow("two over") << QSize(302, 602) << 1;
        QTest::newRow("tiny") << QSize(2, 1) << 1;
    }
    void twoThirds() {
        // Equal to OpenCV's area average by 2/3 within a grey level, on noise (every pixel
        // different) and on a page, sizes and edges included.
        QFETCH(QSize, input);
        QFETCH(int, channels);
        cv::Mat noise(input.height(), input.width(), CV_8UC(channels));
        cv::randu(noise, 0, 256);
        for (const cv::Mat &image : {noise, pageLike({input.width(), input.height()}, channels)}) {
            cv::Mat expected;
            cv::resize(image, expected, cv::Size(), 2.0 / 3.0, 2.0 / 3.0, cv::INTER_AREA);
            const cv::Mat scaled = ow::vision::scanimage::twoThirds(image);
            QCOMPARE(scaled.size(), expected.size());
            QCOMPARE(scaled.type(), image.type());
            cv::Mat difference;
            cv::absdiff(scaled, expected, difference);
            double worst = 0.0;
            cv::minMaxLoc(difference.reshape(1), nullptr, &worst);
            QVERIFY2(worst <= 1.0, qPrintable(QString::number(worst)));
        }
        QVERIFY(ow::vision::scanimage::twoThirds(cv::Mat()).empty());
        QCOMPARE(ow::vision::scanimage::twoThirds(cv::Mat(1, 1, CV_8UC1, cv::Scalar(7))).total(),
                 size_t(1)); // round(2/3) = 1
        QVERIFY(ow::vision::scanimage::twoThirds(cv::Mat(30, 30, CV_32F)).empty());
    }

    void twoThirdsWeights_data() { twoThirds_data(); }
    void twoThirdsWeights() {
        // Exactly the 4-2-1 weights of each 3 x 3 block over nine, rounded, the edges repeated
        // to whole blocks: written out pixel by pixel here.
        QFETCH(QSize, input);
        QFETCH(int, channels);
        cv::Mat image(input.height(), input.width(), CV_8UC(channels));
        cv::randu(image, 0, 256);
        cv::Mat padded;
        cv::copyMakeBorder(image, padded, 0, (3 - image.rows % 3) % 3, 0, (3 - image.cols % 3) % 3,
                           cv::BORDER_REPLICATE);
        const int weights[2][3] = {{2, 1, 0}, {0, 1, 2}};
        cv::Mat expected(padded.rows / 3 * 2, padded.cols / 3 * 2, image.type());
        for (int y = 0; y < expected.rows; ++y)
            for (int x = 0; x < expected.cols; ++x)
                for (int c = 0; c < channels; ++c) {
                    int sum = 0;
                    for (int j = 0; j < 3; ++j)
                        for (int i = 0; i < 3; ++i)
                            sum += weights[y % 2][j] * weights[x % 2][i] *
                                   padded.ptr<uchar>(y / 2 * 3 + j)[(x / 2 * 3 + i) * channels + c];
                    expected.ptr<uchar>(y)[x * channels + c] = static_cast<uchar>((sum + 4) / 9);
                }
        const cv::Mat scaled = ow::vision::scanimage::twoThirds(image);
        QCOMPARE(scaled.type(), image.type());
        const cv::Mat wanted = expected(cv::Rect(0, 0, scaled.cols, scaled.rows));
        QCOMPARE(cv::norm(scaled, wanted, cv::NORM_INF), 0.0);
    }

    void thirded_data() {
        QTest::addColumn<QSize>("input");
        QTest::newRow("skew copy of a 300-dpi A4") << QSize(1697, 2400);
        QTest::newRow("whole blocks") << QSize(300, 600);
        QTest::newRow("one over") << QSize(301, 601);
        QTest::newRow("two over") << QSize(302, 602);
        QTest::newRow("one block") << QSize(3, 3);
    }
    void thirded() {
        // Bit for bit OpenCV's area average of the whole blocks, on noise and on a page.
        QFETCH(QSize, input);
        cv::Mat noise(input.height(), input.width(), CV_8UC1);
        cv::randu(noise, 0, 256);
        for (const cv::Mat &image : {noise, pageLike({input.width(), input.height()}, 1)}) {
            const cv::Rect blocks(0, 0, image.cols / 3 * 3, image.rows / 3 * 3);
            cv::Mat expected;
            cv::resize(image(blocks), expected, cv::Size(blocks.width / 3, blocks.height / 3), 0, 0,
                       cv::INTER_AREA);
            const cv::Mat scaled = ow::vision::scanimage::thirded(image);
            QCOMPARE(scaled.size(), expected.size());
            QCOMPARE(scaled.type(), CV_8UC1);
            QCOMPARE(cv::norm(scaled, expected, cv::NORM_INF), 0.0);
        }
        QVERIFY(ow::vision::scanimage::thirded(cv::Mat()).empty());
        QVERIFY(ow::vision::scanimage::thirded(cv::Mat(2, 9, CV_8UC1)).empty());
        QVERIFY(ow::vision::scanimage::thirded(cv::Mat(9, 9, CV_8UC3)).empty());
    }

    // The sampled search against reading every pixel: runs at the row's ends, exactly as long
    // as asked and a pixel shorter, across and between samples, noise, and degenerate lengths.
    void hasDarkRun_data() {
        QTest::addColumn<int>("cols");
        QTest::addColumn<int>("minRun");
        QTest::addColumn<QList<int>>("runs"); // start, length, start, length, ...
        QTest::newRow("empty row") << 0 << 5 << QList<int>{};
        QTest::newRow("paper only") << 200 << 12 << QList<int>{};
        QTest::newRow("exact run at the start") << 200 << 12 << QList<int>{0, 12};
        QTest::newRow("exact run at the end") << 200 << 12 << QList<int>{188, 12};
        QTest::newRow("one short, at the end") << 200 << 12 << QList<int>{189, 11};
        QTest::newRow("one short, over a sample") << 200 << 12 << QList<int>{5, 11};
        QTest::newRow("exact, over a sample") << 200 << 12 << QList<int>{5, 12};
        QTest::newRow("short runs close together") << 200 << 12 << QList<int>{10, 6, 17, 6, 24, 11};
        QTest::newRow("short, then long") << 200 << 12 << QList<int>{10, 11, 22, 13};
        QTest::newRow("whole row") << 30 << 30 << QList<int>{0, 30};
        QTest::newRow("longer than the row") << 30 << 31 << QList<int>{0, 30};
        QTest::newRow("length one, one pixel") << 50 << 1 << QList<int>{49, 1};
        QTest::newRow("length one, paper") << 50 << 1 << QList<int>{};
        QTest::newRow("length zero") << 50 << 0 << QList<int>{};
    }
    void hasDarkRun() {
        QFETCH(int, cols);
        QFETCH(int, minRun);
        QFETCH(QList<int>, runs);
        std::vector<uchar> row(static_cast<size_t>(cols) + 1, 230);
        for (int i = 0; i + 1 < runs.size(); i += 2)
            std::fill_n(row.begin() + runs[i], runs[i + 1], uchar(40));
        row.back() = 0; // past the row's end: must not be read as part of it
        QCOMPARE(ow::vision::scanimage::hasDarkRun(row.data(), cols, minRun, 128),
                 cols > 0 && longestDarkRun(row.data(), cols) >= minRun);
    }
    void hasDarkRunOnNoise() {
        cv::RNG rng(20261129);
        for (int trial = 0; trial < 2000; ++trial) {
            const int cols = rng.uniform(1, 300);
            const int minRun = rng.uniform(1, 40);
            cv::Mat row(1, cols, CV_8U);
            // Mostly paper with dark stretches of random length.
            for (int x = 0; x < cols;) {
                const int length = rng.uniform(1, 2 * minRun + 2);
                const uchar value = rng.uniform(0, 3) == 0 ? 30 : 220;
                for (int i = 0; i < length && x < cols; ++i, ++x)
                    row.at<uchar>(0, x) = value;
            }
            QCOMPARE(ow::vision::scanimage::hasDarkRun(row.ptr<uchar>(), cols, minRun, 128),
                     longestDarkRun(row.ptr<uchar>(), cols) >= minRun);
        }
    }

    void labelComponentsAsOpenCv_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("connectivity");
        for (const int connectivity : {8, 4}) {
            const QByteArray c = QByteArray::number(connectivity);
            QTest::newRow("noise, " + c) << QStringLiteral("noise") << connectivity;
            QTest::newRow("text-like page, " + c) << QStringLiteral("page") << connectivity;
            QTest::newRow("frame and discs, " + c) << QStringLiteral("frame") << connectivity;
            QTest::newRow("empty, " + c) << QStringLiteral("empty") << connectivity;
            QTest::newRow("full, " + c) << QStringLiteral("full") << connectivity;
        }
    }
    void labelComponentsAsOpenCv() {
        QFETCH(QString, pattern);
        QFETCH(int, connectivity);
        cv::Mat mask(173, 211, CV_8U, cv::Scalar(0));
        if (pattern == QLatin1String("noise")) {
            cv::RNG rng(7);
            rng.fill(mask, cv::RNG::UNIFORM, 0, 256);
            mask = mask > 150;
        } else if (pattern == QLatin1String("page")) {
            mask = pageLike(mask.size(), 1) < 128;
        } else if (pattern == QLatin1String("frame")) {
            cv::rectangle(mask, cv::Rect(0, 0, mask.cols, mask.rows), cv::Scalar(255), 9);
            for (int i = 0; i < 6; ++i)
                cv::circle(mask, {30 + 25 * i, 40 + 15 * i}, 3 + i, cv::Scalar(255), cv::FILLED);
            // A diagonal chain: one component under 8-connectivity, many under 4.
            for (int i = 0; i < 30; ++i)
                mask.at<uchar>(120 + i / 2, 20 + i) = 255;
        } else if (pattern == QLatin1String("full")) {
            mask.setTo(255);
        }
        cv::Mat expectedLabels, expectedStats, centroids, labels, stats;
        const int expected = cv::connectedComponentsWithStats(mask, expectedLabels, expectedStats,
                                                              centroids, connectivity, CV_32S);
        const int count = ow::vision::scanimage::labelComponents(mask, labels, stats, connectivity);
        QCOMPARE(count, expected);
        QCOMPARE(labels.type(), CV_32S);
        QCOMPARE(cv::countNonZero(labels != expectedLabels), 0);
        QCOMPARE(stats.rows, count);
        for (int i = 1; i < count; ++i)
            for (const int column : {cv::CC_STAT_LEFT, cv::CC_STAT_TOP, cv::CC_STAT_WIDTH,
                                     cv::CC_STAT_HEIGHT, cv::CC_STAT_AREA})
                QCOMPARE(stats.at<int>(i, column), expectedStats.at<int>(i, column));
        for (int column = 0; column < cv::CC_STAT_MAX; ++column)
            QCOMPARE(stats.at<int>(0, column), 0); // no background row

        // Every other component kept, pixel by pixel (the mask skips paper four labels at once).
        std::vector<uchar> keep(static_cast<size_t>(count), 0);
        for (int i = 1; i < count; i += 2)
            keep[static_cast<size_t>(i)] = 1;
        const cv::Mat kept = ow::vision::scanimage::maskOfLabels(labels, keep);
        QCOMPARE(kept.size(), mask.size());
        for (int y = 0; y < labels.rows; ++y)
            for (int x = 0; x < labels.cols; ++x)
                QCOMPARE(kept.at<uchar>(y, x),
                         uchar(keep[static_cast<size_t>(labels.at<int>(y, x))] ? 255 : 0));
    }
};

QTEST_APPLESS_MAIN(TestScanImage)
#include "tst_scanimage.moc"
