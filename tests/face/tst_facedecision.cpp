// ow::decideFace: the score bands (pass / review / fail) and the conditions that fail whatever
// the score (missing face, not live, failed challenge, inconsistent track).
#include "facedecision.h"

#include <QTest>

using ow::FaceDecision;

class TestFaceDecision : public QObject {
    Q_OBJECT

private slots:
    void bands_data() {
        QTest::addColumn<bool>("cardFace");
        QTest::addColumn<bool>("liveFace");
        QTest::addColumn<double>("score");
        QTest::addColumn<double>("liveness");
        QTest::addColumn<bool>("challenge");
        QTest::addColumn<bool>("consistent");
        QTest::addColumn<int>("decision");
        QTest::addColumn<QString>("reason");

        const int pass = static_cast<int>(FaceDecision::Pass);
        const int review = static_cast<int>(FaceDecision::Review);
        const int fail = static_cast<int>(FaceDecision::Fail);
        QTest::newRow("high score")
            << true << true << 0.80 << 0.99 << true << true << pass << QString();
        QTest::newRow("exactly pass")
            << true << true << 0.50 << 0.99 << true << true << pass << QString();
        QTest::newRow("just below pass") << true << true << 0.4999 << 0.99 << true << true << review
                                         << QStringLiteral("grey-band");
        QTest::newRow("exactly review") << true << true << 0.42 << 0.99 << true << true << review
                                        << QStringLiteral("grey-band");
        QTest::newRow("just below review") << true << true << 0.4199 << 0.99 << true << true << fail
                                           << QStringLiteral("low-score");
        QTest::newRow("impostor") << true << true << 0.05 << 0.99 << true << true << fail
                                  << QStringLiteral("low-score");
        QTest::newRow("no card face") << false << true << 0.9 << 0.99 << true << true << fail
                                      << QStringLiteral("no-card-face");
        QTest::newRow("no live face") << true << false << 0.9 << 0.99 << true << true << fail
                                      << QStringLiteral("no-live-face");
        QTest::newRow("not live") << true << true << 0.9 << 0.49 << true << true << fail
                                  << QStringLiteral("not-live");
        QTest::newRow("live at floor")
            << true << true << 0.9 << 0.50 << true << true << pass << QString();
        QTest::newRow("challenge failed") << true << true << 0.9 << 0.99 << false << true << fail
                                          << QStringLiteral("challenge-failed");
        QTest::newRow("inconsistent") << true << true << 0.9 << 0.99 << true << false << fail
                                      << QStringLiteral("inconsistent");
    }

    void bands() {
        QFETCH(bool, cardFace);
        QFETCH(bool, liveFace);
        QFETCH(double, score);
        QFETCH(double, liveness);
        QFETCH(bool, challenge);
        QFETCH(bool, consistent);
        QFETCH(int, decision);
        QFETCH(QString, reason);
        ow::FaceEvidence evidence;
        evidence.cardFaceFound = cardFace;
        evidence.liveFaceFound = liveFace;
        evidence.score = score;
        evidence.liveness = liveness;
        evidence.challengePassed = challenge;
        evidence.consistent = consistent;
        const ow::FaceVerdict verdict = ow::decideFace(evidence, ow::FaceThresholds{});
        QCOMPARE(static_cast<int>(verdict.decision), decision);
        QCOMPARE(verdict.reasonCode, reason);
    }

    void names() {
        QCOMPARE(ow::faceDecisionName(FaceDecision::Pass), QStringLiteral("pass"));
        QCOMPARE(ow::faceDecisionName(FaceDecision::Review), QStringLiteral("review"));
        QCOMPARE(ow::faceDecisionName(FaceDecision::Fail), QStringLiteral("fail"));
    }

    void thresholdProblems() {
        QVERIFY(ow::FaceThresholds{}.problem().isEmpty());
        ow::FaceThresholds inverted;
        inverted.reviewFrom = 0.6;
        QVERIFY(!inverted.problem().isEmpty());
        ow::FaceThresholds outOfRange;
        outOfRange.passAt = 1.5;
        QVERIFY(!outOfRange.problem().isEmpty());
        ow::FaceThresholds badLive;
        badLive.liveAt = -0.1;
        QVERIFY(!badLive.problem().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestFaceDecision)
#include "tst_facedecision.moc"
