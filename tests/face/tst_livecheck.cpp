// LiveCheck: the multi-frame live check fed with synthetic frame sequences (no models). Each
// row is a script, one letter per frame, 100 ms apart:
//   o = person A, eyes open, frontal      c = person A, both eyes closed
//   l = person A, only the left eye closed d = person A, too dark (not collectable)
//   s = person B in the same place        j = person A, box jumped elsewhere
//   n = no face                            t = person A, head turned (yaw 25)
//   h = person A, yaw 10 (half way back)
#include "livecheck.h"

#include <QTest>

#include <cmath>

using ow::vision::ChallengeKind;
using ow::vision::FaceFrameAnalysis;
using ow::vision::FaceQualityIssue;
using ow::vision::LiveCheck;
using ow::vision::LiveCheckConfig;
using ow::vision::LiveCheckPhase;

Q_DECLARE_METATYPE(ow::vision::ChallengeKind)
Q_DECLARE_METATYPE(ow::vision::LiveCheckPhase)

namespace {

// A unit vector for a person: A and B are orthogonal, with a little per-frame jitter.
std::vector<float> personEmbedding(bool personB, int frame) {
    std::vector<float> v(512, 0.0F);
    v[personB ? 1 : 0] = 1.0F;
    v[2 + frame % 7] = 0.05F;
    double norm = 0;
    for (const float x : v)
        norm += static_cast<double>(x) * x;
    for (float &x : v)
        x = static_cast<float>(x / std::sqrt(norm));
    return v;
}

FaceFrameAnalysis frameFor(QChar step, int index) {
    FaceFrameAnalysis f;
    if (step == QLatin1Char('n'))
        return f;
    f.hasFace = true;
    f.faceCount = 1;
    f.quality = FaceQualityIssue::None;
    // A face that drifts a little from frame to frame.
    f.face.box = cv::Rect2f(200.0F + static_cast<float>(index % 3), 120.0F, 180.0F, 180.0F);
    f.embedding = personEmbedding(step == QLatin1Char('s'), index);
    f.liveness = 0.9;
    f.leftEyeClosed = 0.1;
    f.rightEyeClosed = 0.15;
    f.poseComputed = true;
    switch (step.toLatin1()) {
    case 'c':
        f.leftEyeClosed = 0.9;
        f.rightEyeClosed = 0.85;
        break;
    case 'l':
        f.leftEyeClosed = 0.9;
        break;
    case 'd':
        f.quality = FaceQualityIssue::TooDark;
        break;
    case 'j':
        f.face.box = cv::Rect2f(420.0F, 250.0F, 180.0F, 180.0F);
        break;
    case 't':
        f.yaw = 25.0;
        break;
    case 'h':
        f.yaw = 10.0;
        break;
    default:
        break;
    }
    return f;
}

} // namespace

class TestLiveCheck : public QObject {
    Q_OBJECT

private slots:
    void sequences_data() {
        QTest::addColumn<ChallengeKind>("challenge");
        QTest::addColumn<QString>("script");
        QTest::addColumn<LiveCheckPhase>("phase");
        QTest::addColumn<QString>("failure");
        QTest::addColumn<bool>("challengePassed");
        QTest::addColumn<bool>("consistent");

        const QString seventyOpen = QString(70, QLatin1Char('o'));
        QTest::newRow("blink passes") << ChallengeKind::Blink
                                      << QStringLiteral("ooooo"
                                                        "oocco")
                                      << LiveCheckPhase::Done << QString() << true << true;
        QTest::newRow("no blink times out")
            << ChallengeKind::Blink << QStringLiteral("ooooo") + seventyOpen
            << LiveCheckPhase::Failed << QStringLiteral("challenge-timeout") << false << true;
        QTest::newRow("one eye is not a blink")
            << ChallengeKind::Blink
            << QStringLiteral("ooooo") + QStringLiteral("olllo") + seventyOpen
            << LiveCheckPhase::Failed << QStringLiteral("challenge-timeout") << false << true;
        QTest::newRow("closed but never reopened")
            << ChallengeKind::Blink
            << QStringLiteral("ooooo"
                              "occcc")
            << LiveCheckPhase::Challenge << QString() << false << true;
        QTest::newRow("face swapped mid-challenge")
            << ChallengeKind::Blink
            << QStringLiteral("ooooo"
                              "oscco")
            << LiveCheckPhase::Failed << QStringLiteral("face-swapped") << false << false;
        QTest::newRow("head turn passes") << ChallengeKind::TurnHead
                                          << QStringLiteral("ooooo"
                                                            "ohttho")
                                          << LiveCheckPhase::Done << QString() << true << true;
        QTest::newRow("head turned but not back")
            << ChallengeKind::TurnHead
            << QStringLiteral("ooooo"
                              "ohttt")
            << LiveCheckPhase::Challenge << QString() << false << true;
        QTest::newRow("lost track (box jumped)")
            << ChallengeKind::Blink
            << QStringLiteral("ooooo"
                              "ojcco")
            << LiveCheckPhase::Failed << QStringLiteral("face-lost") << false << false;
        QTest::newRow("lost face too long")
            << ChallengeKind::TurnHead
            << QStringLiteral("ooooo"
                              "onnnnnnnnttho")
            << LiveCheckPhase::Failed << QStringLiteral("face-lost") << false << false;
        QTest::newRow("short gap tolerated") << ChallengeKind::TurnHead
                                             << QStringLiteral("ooooo"
                                                               "onnttho")
                                             << LiveCheckPhase::Done << QString() << true << true;
        QTest::newRow("dark frames are not collected")
            << ChallengeKind::None << QStringLiteral("ooddddoo") << LiveCheckPhase::Collecting
            << QString() << false << false;
        QTest::newRow("no challenge: done after collecting")
            << ChallengeKind::None << QStringLiteral("ooddddooo") << LiveCheckPhase::Done
            << QString() << true << true;
        QTest::newRow("swap while collecting restarts")
            << ChallengeKind::None << QStringLiteral("ooosssss") << LiveCheckPhase::Done
            << QString() << true << true;
    }

    void sequences() {
        QFETCH(ChallengeKind, challenge);
        QFETCH(QString, script);
        QFETCH(LiveCheckPhase, phase);
        QFETCH(QString, failure);
        QFETCH(bool, challengePassed);
        QFETCH(bool, consistent);
        LiveCheckConfig config;
        config.challenge = challenge;
        LiveCheck check(config);
        for (int i = 0; i < script.size() && !check.finished(); ++i)
            check.feed(frameFor(script.at(i), i), 1000 + 100LL * i);
        QCOMPARE(check.status().phase, phase);
        QCOMPARE(check.status().failure, failure);
        const auto outcome = check.outcome();
        QCOMPARE(outcome.challengePassed, challengePassed);
        QCOMPARE(outcome.consistent, consistent);
        QCOMPARE(check.finished(),
                 phase == LiveCheckPhase::Done || phase == LiveCheckPhase::Failed);
    }

    void outcomeOfACompleteCheck() {
        LiveCheck check;
        const QString script = QStringLiteral("ooooooocco");
        for (int i = 0; i < script.size(); ++i)
            check.feed(frameFor(script.at(i), i), 100LL * i);
        QVERIFY(check.finished());
        const auto outcome = check.outcome();
        QCOMPARE(outcome.framesUsed, 5);
        QCOMPARE(outcome.embedding.size(), size_t(512));
        double norm = 0;
        for (const float x : outcome.embedding)
            norm += static_cast<double>(x) * x;
        QVERIFY(std::abs(norm - 1.0) < 1e-5);
        QVERIFY(outcome.embedding[0] > 0.99F); // person A
        QVERIFY(std::abs(outcome.liveness - 0.9) < 1e-9);
        // Frames after the end change nothing.
        check.feed(frameFor(QLatin1Char('s'), 20), 5000);
        QCOMPARE(check.status().phase, LiveCheckPhase::Done);
    }

    void guidanceAndCounting() {
        LiveCheck check;
        auto status = check.feed(frameFor(QLatin1Char('n'), 0), 0);
        QCOMPARE(status.phase, LiveCheckPhase::WaitingForFace);
        QCOMPARE(status.guidance, FaceQualityIssue::NoFace);
        status = check.feed(frameFor(QLatin1Char('d'), 1), 100);
        QCOMPARE(status.guidance, FaceQualityIssue::TooDark);
        QCOMPARE(status.framesCollected, 0);
        status = check.feed(frameFor(QLatin1Char('o'), 2), 200);
        QCOMPARE(status.phase, LiveCheckPhase::Collecting);
        QCOMPARE(status.guidance, FaceQualityIssue::None);
        QCOMPARE(status.framesCollected, 1);
        // Losing the face before the challenge starts the collection again.
        status = check.feed(frameFor(QLatin1Char('n'), 3), 300);
        QCOMPARE(status.framesCollected, 0);
        QCOMPARE(status.phase, LiveCheckPhase::WaitingForFace);
    }

    void optionsFollowTheChallenge() {
        LiveCheckConfig blink;
        blink.challenge = ChallengeKind::Blink;
        QVERIFY(LiveCheck(blink).optionsForNextFrame().eyes);
        QVERIFY(!LiveCheck(blink).optionsForNextFrame().pose);
        LiveCheckConfig turn;
        turn.challenge = ChallengeKind::TurnHead;
        QVERIFY(LiveCheck(turn).optionsForNextFrame().pose);
        QVERIFY(!LiveCheck(turn).optionsForNextFrame().eyes);
        LiveCheckConfig none;
        none.challenge = ChallengeKind::None;
        const auto options = LiveCheck(none).optionsForNextFrame();
        QVERIFY(!options.eyes && !options.pose && options.embedding && options.liveness);
    }

    void resetStartsOver() {
        LiveCheck check;
        const QString script = QStringLiteral("ooooooj");
        for (int i = 0; i < script.size(); ++i)
            check.feed(frameFor(script.at(i), i), 100LL * i);
        QCOMPARE(check.status().phase, LiveCheckPhase::Failed);
        check.reset();
        QCOMPARE(check.status().phase, LiveCheckPhase::WaitingForFace);
        QVERIFY(check.status().failure.isEmpty());
        QVERIFY(!check.finished());
        QVERIFY(check.outcome().embedding.empty());
    }
};

QTEST_APPLESS_MAIN(TestLiveCheck)
#include "tst_livecheck.moc"
