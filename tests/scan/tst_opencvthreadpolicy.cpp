// OpenCV's thread policy: parallel loops started inside a SerialOpenCvScope run on the calling
// thread alone; outside one they still reach OpenCV's TBB pool (the face check's two threads).
#include "opencvthreadpolicy.h"
#include "pageprocessor.h"

#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>

Q_DECLARE_METATYPE(cv::Mat)

using namespace ow::vision;

namespace {

// Records which threads ran the stripes of one cv::parallel_for_, and what OpenCV said their
// index was. Each stripe waits up to `waitForCompany` for a second thread to join, so that a
// pool that can run two threads is seen doing so even on a busy machine.
struct StripeLog {
    std::mutex mutex;
    std::set<std::thread::id> threads;
    std::set<int> indices;
    std::atomic_int stripes{0};
};

void runLoop(StripeLog &log, int stripes, std::chrono::milliseconds waitForCompany) {
    cv::parallel_for_(
        cv::Range(0, stripes),
        [&](const cv::Range &range) {
            for (int i = range.start; i < range.end; ++i) {
                {
                    const std::lock_guard<std::mutex> lock(log.mutex);
                    log.threads.insert(std::this_thread::get_id());
                    log.indices.insert(cv::getThreadNum());
                }
                ++log.stripes;
                const auto until = std::chrono::steady_clock::now() + waitForCompany;
                while (std::chrono::steady_clock::now() < until) {
                    {
                        const std::lock_guard<std::mutex> lock(log.mutex);
                        if (log.threads.size() > 1)
                            break;
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                }
            }
        },
        stripes);
}

} // namespace

class TestOpenCvThreadPolicy : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Before this suite runs any OpenCV call, as main() does.
        QVERIFY(installOpenCvThreadPolicy());
        QVERIFY(openCvThreadPolicyInstalled());
        QVERIFY(installOpenCvThreadPolicy()); // a second call changes nothing
    }

    void scopesNest_data() {
        QTest::addColumn<int>("depth");
        QTest::newRow("one") << 1;
        QTest::newRow("two") << 2;
        QTest::newRow("five") << 5;
    }
    void scopesNest() {
        QFETCH(int, depth);
        QVERIFY(!SerialOpenCvScope::active());
        {
            std::vector<std::unique_ptr<SerialOpenCvScope>> scopes;
            for (int i = 0; i < depth; ++i) {
                scopes.push_back(std::make_unique<SerialOpenCvScope>());
                QVERIFY(SerialOpenCvScope::active());
            }
            while (!scopes.empty()) {
                QVERIFY(SerialOpenCvScope::active());
                scopes.pop_back();
            }
        }
        QVERIFY(!SerialOpenCvScope::active());
    }

    void scopeIsPerThread() {
        const SerialOpenCvScope serial;
        bool activeElsewhere = true;
        std::thread other([&] { activeElsewhere = SerialOpenCvScope::active(); });
        other.join();
        QVERIFY(SerialOpenCvScope::active());
        QVERIFY(!activeElsewhere);
    }

    void loopInsideScopeStaysOnCaller_data() {
        QTest::addColumn<int>("stripes");
        QTest::newRow("2 stripes") << 2;
        QTest::newRow("64 stripes") << 64;
    }
    void loopInsideScopeStaysOnCaller() {
        QFETCH(int, stripes);
        StripeLog log;
        {
            const SerialOpenCvScope serial;
            // Time enough for a pool's second thread to take a stripe, were there one.
            runLoop(log, stripes, std::chrono::milliseconds(stripes > 2 ? 5 : 300));
        }
        QCOMPARE(log.stripes.load(), stripes);
        QCOMPARE(log.threads.size(), size_t(1));
        QCOMPARE(*log.threads.begin(), std::this_thread::get_id());
        QCOMPARE(log.indices, std::set<int>{0});
    }

    void loopOutsideScopeUsesThePool() {
        if (cv::getNumThreads() < 2)
            QSKIP("OpenCV has one thread on this machine: there is no pool to reach");
        StripeLog log;
        runLoop(log, 2, std::chrono::seconds(5));
        QCOMPARE(log.stripes.load(), 2);
        QCOMPARE(log.threads.size(), size_t(2));
    }

    // processPage runs inside a scope of its own, on every way out of it.
    void pageProcessingLeavesNoScope_data() {
        QTest::addColumn<cv::Mat>("image");
        cv::Mat page(1200, 850, CV_8UC3, cv::Scalar(245, 245, 245));
        for (int y = 150; y < 1000; y += 40)
            cv::putText(page, "The quick brown fox jumps over the lazy dog", {60, y},
                        cv::FONT_HERSHEY_SIMPLEX, 0.9, cv::Scalar(20, 20, 20), 2);
        QTest::newRow("text page") << page;
        QTest::newRow("empty image") << cv::Mat();
        QTest::newRow("8 x 8 pixels") << cv::Mat(8, 8, CV_8UC1, cv::Scalar(0));
    }
    void pageProcessingLeavesNoScope() {
        QFETCH(cv::Mat, image);
        PageOptions options;
        options.source = PageSource::Scanner;
        options.dpi = 100;
        const ProcessedPage page = processPage(image, options);
        QCOMPARE(page.page.empty(), image.rows < 100);
        QVERIFY(!SerialOpenCvScope::active());
    }
};

QTEST_GUILESS_MAIN(TestOpenCvThreadPolicy)
#include "tst_opencvthreadpolicy.moc"
