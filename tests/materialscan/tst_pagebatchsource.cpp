// PageBatchSource's worker: pages and the end of a batch arrive in order on the source's
// thread, a second batch waits for the first, and a worker stuck in its device (a scanner
// driver hanging in its stop) neither freezes the source's destruction nor reaches the source
// afterwards.
#include "pagebatchsource.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ow;

namespace {

QImage sheet(int dotsPerMetre) {
    QImage image(40, 60, QImage::Format_Grayscale8);
    image.fill(255);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    return image;
}

} // namespace

class TestPageBatchSource : public QObject {
    Q_OBJECT

private slots:
    void pagesThenTheEnd_data() {
        QTest::addColumn<int>("pages");
        QTest::addColumn<QString>("failure");
        QTest::newRow("three pages") << 3 << QString();
        QTest::newRow("none") << 0 << QString();
        QTest::newRow("jam after two") << 2 << QStringLiteral("Paper jam");
    }
    void pagesThenTheEnd() {
        QFETCH(int, pages);
        QFETCH(QString, failure);
        PageBatchSource source;
        QSignalSpy arrived(&source, &PageBatchSource::pageArrived);
        QSignalSpy finished(&source, &PageBatchSource::finished);
        QVERIFY(source.start(
            [pages, failure](PageBatchSource::Sink &sink, const std::atomic_bool &) {
                for (int i = 0; i < pages; ++i)
                    sink.page(sheet(11811), ScanOrigin::Scanner); // 300 dpi
                return failure;
            },
            7));
        QVERIFY(source.running());
        QVERIFY(finished.wait(5000));
        QCOMPARE(arrived.size(), pages);
        for (const auto &signal : arrived) {
            QCOMPARE(signal.at(1).value<ScanOrigin>(), ScanOrigin::Scanner);
            QCOMPARE(qRound(signal.at(2).toDouble()), 300);
            QCOMPARE(signal.at(3).toInt(), 7);
        }
        QCOMPARE(finished.first().at(0).toString(), failure);
        QCOMPARE(finished.first().at(1).toBool(), !failure.isEmpty());
        QCOMPARE(finished.first().at(2).toInt(), 7);
        QVERIFY(!source.running());
    }

    void oneBatchAtATime() {
        PageBatchSource source;
        QSemaphore release;
        QSignalSpy finished(&source, &PageBatchSource::finished);
        QVERIFY(source.start(
            [&release](PageBatchSource::Sink &, const std::atomic_bool &) {
                release.acquire();
                return QString();
            },
            1));
        const auto nothing = [](PageBatchSource::Sink &, const std::atomic_bool &) {
            return QString();
        };
        QVERIFY(!source.start(nothing, 2));
        QVERIFY(!source.importFiles({}, 2));
        release.release();
        QVERIFY(finished.wait(5000));
        QVERIFY(source.start(nothing, 3));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().at(2).toInt(), 3);
    }

    void cancelReachesTheJob() {
        PageBatchSource source;
        QSignalSpy finished(&source, &PageBatchSource::finished);
        QVERIFY(source.start(
            [](PageBatchSource::Sink &sink, const std::atomic_bool &cancel) {
                while (!cancel)
                    QThread::yieldCurrentThread();
                sink.page(sheet(0), ScanOrigin::Scanner);
                return QString();
            },
            1));
        source.cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY(source.cancelled());
    }

    // The driver ignores the stop and only returns when the test lets it, long after the
    // source is gone; what it delivers then goes nowhere.
    void stuckWorkerIsLeftBehind() {
        auto released = std::make_shared<QSemaphore>();
        auto returned = std::make_shared<QSemaphore>();
        {
            PageBatchSource source(nullptr, 200);
            QSignalSpy arrived(&source, &PageBatchSource::pageArrived);
            QVERIFY(source.start(
                [released, returned](PageBatchSource::Sink &sink, const std::atomic_bool &) {
                    sink.page(sheet(0), ScanOrigin::Scanner);
                    released->acquire(); // stuck until the test says so
                    sink.page(sheet(0), ScanOrigin::Scanner);
                    sink.scannerChosen(QStringLiteral("test:0"));
                    returned->release();
                    return QStringLiteral("too late");
                },
                1));
            QVERIFY(arrived.wait(5000));
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("did not stop within 200")));
        } // returns after ~200 ms although the worker still runs
        released->release();
        QVERIFY(returned->tryAcquire(1, 5000));
        // Anything the worker queued to the deleted source is dropped, not delivered.
        QCoreApplication::processEvents();
    }
};

QTEST_GUILESS_MAIN(TestPageBatchSource)
#include "tst_pagebatchsource.moc"
