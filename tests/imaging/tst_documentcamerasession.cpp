// Document camera auto-capture: a page is captured once when it has been placed and stayed
// still; the empty desk, hands and the same page again are not captured.
#include "documentcamerasession.h"
#include "framesource.h"
#include "imagesequenceframesource.h"
#include "stillnessdetector.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace ow;

namespace {

// Emits frames when told to, with the timestamps the test chooses.
class ScriptedFrameSource : public FrameSource {
public:
    using FrameSource::FrameSource;
    void start() override { m_active = true; }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    QString description() const override { return QStringLiteral("scripted frames"); }
    void send(const QImage &frame, qint64 ms) { emit frameReady(frame, ms); }
    void fail(const QString &message) { emit failed(message); }

private:
    bool m_active = false;
};

enum class Page { None, First, Second };

// A 640 × 480 camera view of a dark desk with sensor noise, optionally a page (white with
// dark text bars, two different layouts) and a hand (a skin-coloured blob) at handX.
QImage scene(Page page, int handX = -1, int pageShift = 0, quint32 seed = 1, int brightness = 0) {
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(70, 60, 50));
    QPainter painter(&image);
    if (page != Page::None) {
        const QRect sheet(170 + pageShift, 60, 300, 380);
        painter.fillRect(sheet, QColor(245, 245, 240));
        const int lines = page == Page::First ? 12 : 5;
        for (int i = 0; i < lines; ++i)
            painter.fillRect(sheet.x() + 30, sheet.y() + 30 + i * (page == Page::First ? 25 : 60),
                             page == Page::First ? 240 : 120 + 20 * i, 10, QColor(30, 30, 30));
    }
    if (handX >= 0) {
        painter.setBrush(QColor(200, 150, 120));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPoint(handX, 400), 90, 120);
    }
    painter.end();
    if (brightness != 0) // the camera re-exposed
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x)
                line[x] = qRgb(qBound(0, qRed(line[x]) + brightness, 255),
                               qBound(0, qGreen(line[x]) + brightness, 255),
                               qBound(0, qBlue(line[x]) + brightness, 255));
        }
    QRandomGenerator noise(seed);
    for (int y = 0; y < image.height(); y += 3) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); x += 3) {
            const int d = int(noise.bounded(13)) - 6;
            const QRgb p = line[x];
            line[x] = qRgb(qBound(0, qRed(p) + d, 255), qBound(0, qGreen(p) + d, 255),
                           qBound(0, qBlue(p) + d, 255));
        }
    }
    return image;
}

struct Step {
    Page page;
    int handX; // -1: no hand
    int pageShift;
    int frames;
};

// The clerk's routine: empty desk, a page placed by hand, the hand leaves, the page lies
// still; the hand straightens it; the page is taken away; a second page is placed.
QList<Step> routine() {
    return {
        {Page::None, -1, 0, 30},   // empty desk: settles, not captured
        {Page::None, 0, 0, 8},     // hand comes in
        {Page::First, 200, 40, 6}, // page placed, still moving
        {Page::First, 500, 0, 6},  // hand leaves
        {Page::First, -1, 0, 30},  // still page: capture 1
        {Page::First, 320, 0, 6},  // hand passes over the page
        {Page::First, -1, 0, 30},  // same page again: no capture
        {Page::None, 300, 0, 6},   // page taken away
        {Page::None, -1, 0, 30},   // empty desk again: no capture
        {Page::Second, 250, 0, 6}, // second page placed
        {Page::Second, -1, 0, 30}, // capture 2
    };
}

} // namespace

class TestDocumentCameraSession : public QObject {
    Q_OBJECT

private slots:
    void capturesEachNewStillPageOnce() {
        ScriptedFrameSource source;
        DocumentCameraSession session(&source); // default: still for 800 ms
        QSignalSpy captured(&session, &DocumentCameraSession::pageCaptured);
        QSignalSpy previews(&session, &DocumentCameraSession::previewFrame);
        QSignalSpy states(&session, &DocumentCameraSession::stateChanged);
        session.start();
        QVERIFY(source.isActive());
        qint64 ms = 0;
        int frames = 0;
        QList<int> captureFrames;
        for (const Step &step : routine())
            for (int i = 0; i < step.frames; ++i) {
                const int hand = step.handX < 0 ? -1 : step.handX + 15 * i;
                source.send(scene(step.page, hand, step.pageShift - 5 * i * (step.pageShift > 0),
                                  quint32(frames + 1)),
                            ms);
                ms += 40; // 25 frames a second
                ++frames;
                if (captured.size() > captureFrames.size())
                    captureFrames << frames;
            }
        QCOMPARE(previews.size(), frames);
        QCOMPARE(captured.size(), 2);
        for (const QList<QVariant> &capture : captured) {
            QVERIFY(capture.at(2).toBool()); // automatic
            const QImage page = capture.at(0).value<QImage>();
            QVERIFY(qGray(page.pixel(200, 80)) > 200);  // the sheet is there
            QVERIFY(qGray(page.pixel(320, 420)) > 200); // and no hand over it
        }
        // Captured after 800 ms of stillness: 21 frames into each still stretch.
        const qint64 firstMs = captured.at(0).at(1).toLongLong();
        QCOMPARE(firstMs, qint64((30 + 8 + 6 + 6 + 20) * 40));
        QVERIFY(states.size() > 4);
        QCOMPARE(session.state(), DocumentCameraSession::State::WaitingForPage);
    }

    void exposureChangesAreNotNewPages() {
        ScriptedFrameSource source;
        DocumentCameraSession session(&source);
        QSignalSpy captured(&session, &DocumentCameraSession::pageCaptured);
        session.start();
        qint64 ms = 0;
        const auto play = [&](Page page, int hand, int brightness, int frames) {
            for (int i = 0; i < frames; ++i)
                source.send(scene(page, hand < 0 ? -1 : hand + 15 * i, 0, quint32(i), brightness),
                            ms += 40);
        };
        play(Page::None, -1, 0, 30);
        play(Page::First, 200, 0, 6);
        play(Page::First, -1, 0, 30);
        QCOMPARE(captured.size(), 1);
        play(Page::First, 300, -20, 6); // a hand passes; the camera darkens the view
        play(Page::First, -1, -30, 30); // same page, darker: not a new page
        play(Page::None, 300, 0, 6);    // page taken away
        play(Page::None, -1, 25, 30);   // brighter empty desk: not a page
        QCOMPARE(captured.size(), 1);
        play(Page::Second, 250, 25, 6);
        play(Page::Second, -1, 25, 30);
        QCOMPARE(captured.size(), 2);
    }

    void slowDriftIsNotStill() {
        StillnessSettings settings;
        settings.stillMs = 400;
        StillnessDetector detector(settings);
        qint64 ms = 0;
        for (int i = 0; i < 15; ++i, ms += 40)
            detector.feed(scene(Page::None), ms);
        // The page slides 2 px a frame: small between frames, large over the still period.
        for (int i = 0; i < 40; ++i, ms += 40)
            QVERIFY(detector.feed(scene(Page::First, -1, 2 * i), ms) !=
                    StillnessDetector::Event::NewPage);
        StillnessDetector::Event last = StillnessDetector::Event::None;
        for (int i = 0; i < 15 && last != StillnessDetector::Event::NewPage; ++i, ms += 40)
            last = detector.feed(scene(Page::First, -1, 80), ms);
        QCOMPARE(last, StillnessDetector::Event::NewPage);
    }

    void manualCaptureIsNotRepeatedAutomatically() {
        ScriptedFrameSource source;
        DocumentCameraSession session(&source);
        QSignalSpy captured(&session, &DocumentCameraSession::pageCaptured);
        session.start();
        session.captureNow(); // no frame yet: takes the next one
        qint64 ms = 0;
        source.send(scene(Page::None), ms);
        QCOMPARE(captured.size(), 1);
        QVERIFY(!captured.first().at(2).toBool());
        for (int i = 0; i < 30; ++i)
            source.send(scene(Page::None, -1, 0, quint32(i)), ms += 40);
        for (int i = 0; i < 5; ++i)
            source.send(scene(Page::First, 100 + 40 * i), ms += 40);
        source.send(scene(Page::First), ms += 40);
        session.captureNow(); // the clerk is quicker than the 800 ms
        QCOMPARE(captured.size(), 2);
        for (int i = 0; i < 40; ++i)
            source.send(scene(Page::First, -1, 0, quint32(i)), ms += 40);
        QCOMPARE(captured.size(), 2); // settled on the page already taken
    }

    void autoCaptureOff() {
        ScriptedFrameSource source;
        DocumentCameraSession session(&source);
        session.setAutoCapture(false);
        QSignalSpy captured(&session, &DocumentCameraSession::pageCaptured);
        session.start();
        qint64 ms = 0;
        for (const Step &step : routine())
            for (int i = 0; i < step.frames; ++i)
                source.send(scene(step.page, step.handX < 0 ? -1 : step.handX + 15 * i), ms += 40);
        QCOMPARE(captured.size(), 0);
    }

    void stoppedSessionIgnoresFrames() {
        ScriptedFrameSource source;
        DocumentCameraSession session(&source);
        QSignalSpy previews(&session, &DocumentCameraSession::previewFrame);
        session.start();
        session.stop();
        QVERIFY(!source.isActive());
        source.send(scene(Page::First), 0);
        source.send(QImage(), 40); // and an empty frame never hurts
        QCOMPARE(previews.size(), 0);
        QCOMPARE(session.state(), DocumentCameraSession::State::Stopped);
    }

    void sourceFailureStopsTheSession() {
        ScriptedFrameSource source;
        DocumentCameraSession session(&source);
        QSignalSpy failed(&session, &DocumentCameraSession::failed);
        session.start();
        source.fail(QStringLiteral("Camera \"USB Document Camera\" was unplugged."));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("unplugged")));
        QCOMPARE(session.state(), DocumentCameraSession::State::Stopped);
    }

    void oddFramesDoNotCrash() {
        StillnessDetector detector;
        QCOMPARE(detector.feed(QImage(), 0), StillnessDetector::Event::None);
        QImage tiny(1, 1, QImage::Format_Mono);
        tiny.fill(0);
        detector.feed(tiny, 40);
        QImage strip(4000, 3, QImage::Format_RGB888);
        strip.fill(Qt::gray);
        detector.feed(strip, 80); // new size: starts over
        detector.feed(scene(Page::First), 120);
        detector.feed(scene(Page::First), 60); // clock went back: starts over
    }

    void withTheImageSequenceStandIn() {
        // f2's timer-driven stand-in: 10 ms frames, 200 ms stillness.
        QList<QImage> frames;
        for (int i = 0; i < 25; ++i)
            frames << scene(Page::None, -1, 0, quint32(i));
        for (int i = 0; i < 6; ++i)
            frames << scene(Page::First, 150 + 60 * i);
        for (int i = 0; i < 25; ++i)
            frames << scene(Page::First, -1, 0, quint32(i));
        ImageSequenceFrameSource source(frames, 10);
        source.setLooping(false);
        StillnessSettings settings;
        settings.stillMs = 200;
        DocumentCameraSession session(&source, settings);
        QSignalSpy captured(&session, &DocumentCameraSession::pageCaptured);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(source.framesSent(), int(frames.size()), 10000);
        QCOMPARE(captured.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDocumentCameraSession)
#include "tst_documentcamerasession.moc"
