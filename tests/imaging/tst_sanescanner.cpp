// SaneScanner and ScannerWorker against SANE's "test" backend (platform-notes.md §9): feeder
// batches, a jam, an empty feeder, cancellation, device faults and a bad device name.
#include "sanescanner.h"
#include "scannerworker.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>

using namespace ow;

namespace {

using Options = QList<QPair<QByteArray, QString>>;

ScanSettings feederSettings(ScanColourMode mode = ScanColourMode::Grey, int dpi = 100,
                            Options extra = {}) {
    ScanSettings settings;
    settings.device = QStringLiteral("test:0");
    settings.source = ScanSource::Feeder;
    settings.mode = mode;
    settings.dpi = dpi;
    settings.extraOptions = std::move(extra);
    return settings;
}

// The test backend's page: 80 × 100 mm at the chosen resolution, truncated like the backend.
QSize testPageSize(int dpi) {
    return {int(dpi * 80 / 25.4), int(dpi * 100 / 25.4)};
}

} // namespace

class TestSaneScanner : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (!QFile::exists(QStringLiteral("/etc/sane.d/test.conf")))
            QSKIP("SANE's test backend configuration (/etc/sane.d/test.conf) is not installed");
        QVERIFY(m_config.isValid());
        QFile dll(m_config.filePath(QStringLiteral("dll.conf")));
        QVERIFY(dll.open(QIODevice::WriteOnly));
        dll.write("test\n");
        dll.close();
        QVERIFY(QFile::copy(QStringLiteral("/etc/sane.d/test.conf"),
                            m_config.filePath(QStringLiteral("test.conf"))));
        // Read by sane_init, which runs when the first scanner object is created.
        qputenv("SANE_CONFIG_DIR", QFile::encodeName(m_config.path()));
        // QtTest catches SIGPIPE itself; give it back its default, as in the application, so
        // that SaneLibrary's handling is what a jam or cancel mid-page meets.
        std::signal(SIGPIPE, SIG_DFL);
    }

    void brokenPipesDoNotEndTheProgram() {
        SaneScanner scanner;
        struct sigaction action {};
        QCOMPARE(sigaction(SIGPIPE, nullptr, &action), 0);
        QVERIFY(action.sa_handler == SIG_IGN);
    }

    void listsTheTestDevices() {
        SaneScanner scanner;
        const Result<QList<ScannerDevice>> devices = scanner.listDevices();
        QVERIFY2(devices.ok(), qPrintable(devices.error()));
        QStringList names;
        for (const ScannerDevice &device : *devices)
            names << device.name;
        QVERIFY2(names.contains(QStringLiteral("test:0")), qPrintable(names.join(u',')));
        QVERIFY(!devices->first().displayName().isEmpty());
    }

    void capabilitiesOfTheTestDevice() {
        SaneScanner scanner;
        const Result<ScannerCapabilities> caps = scanner.capabilities(QStringLiteral("test:0"));
        QVERIFY2(caps.ok(), qPrintable(caps.error()));
        QVERIFY(caps->flatbed);
        QVERIFY(caps->feeder);
        QVERIFY(caps->colour);
        QVERIFY(caps->grey);
        QVERIFY(caps->blackWhite); // by thresholding grey: the test device has no line-art mode
        QCOMPARE(caps->minDpi, 1);
        QCOMPARE(caps->maxDpi, 1200);
        const Result<ScannerCapabilities> none = scanner.capabilities(QStringLiteral("nosuch:0"));
        QVERIFY(!none.ok());
        QVERIFY2(none.error().contains(QStringLiteral("nosuch:0")), qPrintable(none.error()));
    }

    void feederBatch_data() {
        QTest::addColumn<ScanColourMode>("mode");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<Options>("extra");
        QTest::addColumn<QImage::Format>("format");
        const Options grid{{"test-picture", QStringLiteral("Grid")}};
        QTest::newRow("grey 100 dpi")
            << ScanColourMode::Grey << 100 << grid << QImage::Format_Grayscale8;
        QTest::newRow("colour 75 dpi")
            << ScanColourMode::Colour << 75 << grid << QImage::Format_RGB888;
        QTest::newRow("black and white 100 dpi")
            << ScanColourMode::BlackWhite << 100 << grid << QImage::Format_Grayscale8;
        QTest::newRow("grey 16 bit")
            << ScanColourMode::Grey << 50 << Options{{"depth", QStringLiteral("16")}}
            << QImage::Format_Grayscale8;
        QTest::newRow("colour three-pass")
            << ScanColourMode::Colour << 50 << Options{{"three-pass", QStringLiteral("yes")}}
            << QImage::Format_RGB888;
        QTest::newRow("line-art 1 bit")
            << ScanColourMode::Grey << 60 << Options{{"depth", QStringLiteral("1")}}
            << QImage::Format_Grayscale8;
    }
    void feederBatch() {
        QFETCH(ScanColourMode, mode);
        QFETCH(int, dpi);
        QFETCH(Options, extra);
        QFETCH(QImage::Format, format);
        SaneScanner scanner;
        QList<QImage> pages;
        QList<int> numbers;
        int lastPercent = -1;
        const ScanBatchResult result = scanner.scan(
            feederSettings(mode, dpi, extra),
            [&](const QImage &page, int number) {
                pages << page;
                numbers << number;
            },
            [&](int, int percent) { lastPercent = percent; });
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.pages, 10); // the test feeder holds 10 sheets
        QCOMPARE(pages.size(), 10);
        QCOMPARE(numbers.first(), 1);
        QCOMPARE(numbers.last(), 10);
        QCOMPARE(lastPercent, 100);
        for (const QImage &page : pages) {
            QCOMPARE(page.size(), testPageSize(dpi));
            QCOMPARE(page.format(), format);
            QCOMPARE(page.dotsPerMeterX(), qRound(dpi / 0.0254));
        }
    }

    void pixelsComeThrough_data() {
        QTest::addColumn<QString>("picture");
        QTest::addColumn<int>("grey");
        QTest::newRow("white") << QStringLiteral("Solid white") << 255;
        QTest::newRow("black") << QStringLiteral("Solid black") << 0;
    }
    void pixelsComeThrough() {
        QFETCH(QString, picture);
        QFETCH(int, grey);
        SaneScanner scanner;
        ScanSettings settings =
            feederSettings(ScanColourMode::Grey, 50, {{"test-picture", picture}});
        settings.source = ScanSource::Flatbed;
        QImage page;
        const ScanBatchResult result =
            scanner.scan(settings, [&](const QImage &image, int) { page = image; });
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.pages, 1); // a flatbed scan is one page
        QCOMPARE(qGray(page.pixel(page.width() / 2, page.height() / 2)), grey);
    }

    void handScannerWithUnknownHeight() {
        SaneScanner scanner;
        ScanSettings settings =
            feederSettings(ScanColourMode::Grey, 50, {{"hand-scanner", QStringLiteral("yes")}});
        settings.source = ScanSource::Flatbed;
        QImage page;
        const ScanBatchResult result =
            scanner.scan(settings, [&](const QImage &image, int) { page = image; });
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(page.height(), int(50 * 170 / 25.4)); // 170 mm, learnt only at the end
    }

    void stopsAfterMaxPages() {
        SaneScanner scanner;
        ScanSettings settings = feederSettings();
        settings.maxPages = 3;
        int pages = 0;
        const ScanBatchResult result =
            scanner.scan(settings, [&](const QImage &, int) { ++pages; });
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(pages, 3);
    }

    void jamMidBatchKeepsThePagesSoFar() {
        SaneScanner scanner;
        QList<QImage> pages;
        const ScanBatchResult result =
            scanner.scan(feederSettings(), [&](const QImage &page, int number) {
                pages << page;
                if (number == 3) // the fourth sheet jams
                    QVERIFY(scanner.setOption("read-return-value",
                                              QStringLiteral("SANE_STATUS_JAMMED")));
            });
        QCOMPARE(result.outcome, ScanOutcome::Jammed);
        QCOMPARE(result.pages, 3);
        QCOMPARE(pages.size(), 3);
        QVERIFY2(result.message.contains(QStringLiteral("Paper jam")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("page 4")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("kept")), qPrintable(result.message));
    }

    void deviceFaults_data() {
        QTest::addColumn<QString>("status");
        QTest::addColumn<ScanOutcome>("outcome");
        QTest::addColumn<QString>("words");
        QTest::newRow("jam") << QStringLiteral("SANE_STATUS_JAMMED") << ScanOutcome::Jammed
                             << QStringLiteral("Paper jam");
        QTest::newRow("empty feeder")
            << QStringLiteral("SANE_STATUS_NO_DOCS") << ScanOutcome::FeederEmpty
            << QStringLiteral("feeder of \"test:0\" is empty");
        QTest::newRow("cover open") << QStringLiteral("SANE_STATUS_COVER_OPEN")
                                    << ScanOutcome::CoverOpen << QStringLiteral("cover");
        QTest::newRow("busy") << QStringLiteral("SANE_STATUS_DEVICE_BUSY")
                              << ScanOutcome::DeviceBusy << QStringLiteral("busy");
        QTest::newRow("I/O error") << QStringLiteral("SANE_STATUS_IO_ERROR") << ScanOutcome::IoError
                                   << QStringLiteral("input/output");
        QTest::newRow("access denied") << QStringLiteral("SANE_STATUS_ACCESS_DENIED")
                                       << ScanOutcome::Failed << QStringLiteral("failed");
    }
    void deviceFaults() {
        QFETCH(QString, status);
        QFETCH(ScanOutcome, outcome);
        QFETCH(QString, words);
        SaneScanner scanner;
        int pages = 0;
        const ScanBatchResult result =
            scanner.scan(feederSettings(ScanColourMode::Grey, 100, {{"read-return-value", status}}),
                         [&](const QImage &, int) { ++pages; });
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.pages, 0);
        QCOMPARE(pages, 0);
        QVERIFY2(result.message.contains(words), qPrintable(result.message));
    }

    void cancelFromThePageCallback() {
        SaneScanner scanner;
        std::atomic_bool cancel{false};
        int pages = 0;
        const ScanBatchResult result = scanner.scan(
            feederSettings(),
            [&](const QImage &, int number) {
                pages = number;
                if (number == 2)
                    cancel = true;
            },
            {}, &cancel);
        QCOMPARE(result.outcome, ScanOutcome::Cancelled);
        QCOMPARE(result.pages, 2);
        QCOMPARE(pages, 2);
    }

    void cancelInTheMiddleOfAPage() {
        SaneScanner scanner;
        std::atomic_bool cancel{false};
        int pages = 0;
        int lastPercent = 0;
        // Small, slow reads so that the page is still coming when the clerk cancels.
        const ScanBatchResult result = scanner.scan(
            feederSettings(ScanColourMode::Grey, 200,
                           {{"read-limit", QStringLiteral("yes")},
                            {"read-limit-size", QStringLiteral("4096")},
                            {"read-delay", QStringLiteral("yes")},
                            {"read-delay-duration", QStringLiteral("1000")}}),
            [&](const QImage &, int) { ++pages; },
            [&](int, int percent) {
                lastPercent = percent;
                if (percent >= 30)
                    cancel = true;
            },
            &cancel);
        QCOMPARE(result.outcome, ScanOutcome::Cancelled);
        QCOMPARE(result.pages, 0);
        QCOMPARE(pages, 0); // the half-read page is dropped
        QVERIFY(lastPercent >= 30 && lastPercent < 100);
        // The device is usable again at once.
        ScanSettings again = feederSettings();
        again.maxPages = 1;
        const ScanBatchResult next = scanner.scan(again, [&](const QImage &, int) { ++pages; });
        QVERIFY2(next.ok(), qPrintable(next.message));
        QCOMPARE(pages, 1);
    }

    void workerOnAThreadCancelsMidBatch() {
        QThread thread;
        auto *worker = new ScannerWorker;
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
        // Direct connection: runs on the worker thread as each page arrives, like a clerk's click
        // landing between two sheets.
        connect(
            worker, &ScannerWorker::pageScanned, worker,
            [worker](const QImage &, int number) {
                if (number == 4)
                    worker->requestCancel();
            },
            Qt::DirectConnection);
        QSignalSpy pages(worker, &ScannerWorker::pageScanned);
        QSignalSpy progress(worker, &ScannerWorker::progress);
        QSignalSpy finished(worker, &ScannerWorker::finished);
        QMetaObject::invokeMethod(worker, "scan", Qt::QueuedConnection,
                                  Q_ARG(ow::ScanSettings, feederSettings()));
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().first().value<ScanBatchResult>();
        QCOMPARE(result.outcome, ScanOutcome::Cancelled);
        QCOMPARE(result.pages, 4);
        QCOMPARE(pages.size(), 4);
        QVERIFY(!progress.isEmpty());
        QVERIFY(result.message.contains(QStringLiteral("cancelled")));
        thread.quit();
        QVERIFY(thread.wait(5000));
    }

    void workerListsDevices() {
        ScannerWorker worker;
        QSignalSpy listed(&worker, &ScannerWorker::devicesListed);
        worker.listDevices();
        QCOMPARE(listed.size(), 1);
        QVERIFY(listed.first().at(1).toString().isEmpty());
        QVERIFY(!listed.first().at(0).value<QList<ScannerDevice>>().isEmpty());
        QSignalSpy read(&worker, &ScannerWorker::capabilitiesRead);
        worker.readCapabilities(QStringLiteral("test:1"));
        QCOMPARE(read.size(), 1);
        QVERIFY(read.first().at(1).value<ScannerCapabilities>().feeder);
    }

    void deviceInUseIsBusy() {
        SaneScanner first;
        SaneScanner second;
        ScanBatchResult secondResult;
        ScanSettings settings = feederSettings();
        settings.maxPages = 1;
        const ScanBatchResult firstResult = first.scan(settings, [&](const QImage &, int) {
            // test:0 is open in the first scanner right now.
            secondResult = second.scan(settings, [](const QImage &, int) {});
        });
        QVERIFY2(firstResult.ok(), qPrintable(firstResult.message));
        QCOMPARE(secondResult.outcome, ScanOutcome::DeviceBusy);
        QVERIFY2(secondResult.message.contains(QStringLiteral("busy")),
                 qPrintable(secondResult.message));
    }

    void badDeviceNameIsAClearError() {
        SaneScanner scanner;
        ScanSettings settings = feederSettings();
        settings.device = QStringLiteral("nosuch:0");
        const ScanBatchResult result = scanner.scan(settings, [](const QImage &, int) {});
        QCOMPARE(result.outcome, ScanOutcome::Failed);
        QCOMPARE(result.pages, 0);
        QVERIFY2(result.message.contains(QStringLiteral("\"nosuch:0\"")),
                 qPrintable(result.message));
    }

    void unknownOptionIsAClearError() {
        SaneScanner scanner;
        const ScanBatchResult result = scanner.scan(
            feederSettings(ScanColourMode::Grey, 100, {{"no-such-option", QStringLiteral("1")}}),
            [](const QImage &, int) {});
        QCOMPARE(result.outcome, ScanOutcome::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("no-such-option")),
                 qPrintable(result.message));
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestSaneScanner)
#include "tst_sanescanner.moc"
