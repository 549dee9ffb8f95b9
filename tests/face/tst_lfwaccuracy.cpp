// Verification accuracy on ../shared/facedata: the 3 000 LFW pairs of folds 1-5, each image
// analysed once through the card-photo path; per fold the threshold is picked on the other four
// folds. The mean accuracy must reach 98 %; TAR at FAR 0.1 % is printed (docs/face.md).
#include "facepipeline.h"
#include "lfwevaluation.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestLfwAccuracy : public QObject {
    Q_OBJECT

private slots:
    void fiveFolds() {
        const QString shared = ow::test::sharedDir();
        if (shared.isEmpty())
            QSKIP("../shared is absent: LFW verification accuracy not measured");
        const QString packDir = ow::vision::FacePipeline::defaultPackDir();
        if (!QFile::exists(packDir + QStringLiteral("/manifest.json")))
            QSKIP(qPrintable(QStringLiteral("no face model pack in %1: run "
                                            "installer/install-face-models.sh")
                                 .arg(packDir)));
        ow::test::LfwEvaluation lfw;
        QString why;
        if (!lfw.loadPairs(shared + QStringLiteral("/facedata"), &why))
            QSKIP(qPrintable(QStringLiteral("no LFW pairs: %1").arg(why)));
        auto pipeline = ow::vision::FacePipeline::load(packDir);
        QVERIFY2(pipeline.ok(), qPrintable(pipeline.error()));
        lfw.score(*pipeline.value());
        const auto summary = lfw.summarise();
        QCOMPARE(summary.foldAccuracy.size(), size_t(5));
        for (size_t f = 0; f < summary.foldAccuracy.size(); ++f)
            qInfo("fold %d: accuracy %.2f %% at threshold %.3f", static_cast<int>(f + 1),
                  summary.foldAccuracy[f] * 100, summary.foldThreshold[f]);
        qInfo("mean accuracy %.2f %%, TAR at FAR 0.1 %% %.2f %% (threshold %.3f), %d images, "
              "%d without a detected face, %.1f ms per image",
              summary.meanAccuracy * 100, summary.tarAtFar001 * 100, summary.thresholdAtFar001,
              summary.images, summary.missedFaces, summary.analyseMs / summary.images);
        QVERIFY2(
            summary.meanAccuracy >= 0.98,
            qPrintable(QStringLiteral("mean accuracy %1 below 0.98").arg(summary.meanAccuracy)));
        // The card-photo path pads tight crops: nearly every LFW face is found.
        QVERIFY(summary.missedFaces <= 20);
    }
};

QTEST_GUILESS_MAIN(TestLfwAccuracy)
#include "tst_lfwaccuracy.moc"
