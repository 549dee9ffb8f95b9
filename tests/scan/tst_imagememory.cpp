// keepImageBuffersInProcess: a page image freed and allocated again is served from memory the
// process already has, not from fresh pages the kernel must fault in.
#include "imagememory.h"

#include <QTest>

#include <opencv2/core.hpp>

#include <sys/resource.h>

#include <vector>

namespace {

long minorFaults() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

// What a page holds at once: its input, a grey copy and working copies of the input's size, all
// written and then freed together, as processPage does.
void processOnePage(int width, int height, int type, int copies) {
    std::vector<cv::Mat> images;
    images.emplace_back(height, width, type);
    images.back().setTo(cv::Scalar::all(200));
    for (int i = 0; i < copies; ++i) {
        images.emplace_back(height, width, CV_8UC1);
        images.back().setTo(cv::Scalar::all(100));
    }
}

} // namespace

class TestImageMemory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
#if defined(__GLIBC__)
        QVERIFY(ow::vision::keepImageBuffersInProcess());
#else
        QSKIP("not glibc: the allocator keeps its own settings");
#endif
    }

    void freedPageIsReused_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("type");
        QTest::newRow("300-dpi A4, grey") << 2480 << 3508 << CV_8UC1;
        QTest::newRow("300-dpi A4, colour (26 MB)") << 2480 << 3508 << CV_8UC3;
        QTest::newRow("8 MP photo, colour") << 3264 << 2448 << CV_8UC3;
    }
    void freedPageIsReused() {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, type);
        constexpr int kCopies = 6;
        const long pages =
            static_cast<long>(width) * height * (CV_ELEM_SIZE(type) + kCopies) / 4096;
        processOnePage(width, height, type, kCopies); // the first page gets the memory
        const long before = minorFaults();
        for (int i = 0; i < 5; ++i)
            processOnePage(width, height, type, kCopies);
        const long faults = minorFaults() - before;
        // With glibc's defaults the freed heap is trimmed after each page and the next one
        // faults most of it in again.
        QVERIFY2(faults < pages / 10, qPrintable(QStringLiteral("%1 page faults for 5 pages of "
                                                                "%2 memory pages each")
                                                     .arg(faults)
                                                     .arg(pages)));
    }
};

QTEST_GUILESS_MAIN(TestImageMemory)
#include "tst_imagememory.moc"
