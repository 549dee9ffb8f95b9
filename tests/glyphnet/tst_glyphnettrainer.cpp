// The glyph net trainer: a small net trained on a few rendered pages reads held-out cells far
// better than chance, and the source it writes declares the net the product loads.
#include "glyphcells.h"
#include "glyphnettrainer.h"
#include "glyphtrainingset.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::glyphnet;

namespace {

const QStringList kPhrases = {QStringLiteral("申请人应当如实提交有关材料"),
                              QStringLiteral("窗口工作人员收到申请材料后应当场核对"),
                              QStringLiteral("不动产登记申请书应由全体权利人签字"),
                              QStringLiteral("经营范围中属于法律规定须经批准的项目")};
const QStringList kLatin = {QStringLiteral("The scanner reports a paper jam."),
                            QStringLiteral("Material checklist printed")};

} // namespace

class TestGlyphNetTrainer : public QObject {
    Q_OBJECT

private slots:
    void pagesGiveUprightCells();
    void learnsBeyondChance();
    void readsTranslationSources();
};

void TestGlyphNetTrainer::pagesGiveUprightCells() {
    std::mt19937_64 rng(1);
    const GlyphTrainingSet set({QStringLiteral("WenQuanYi Micro Hei")}, kPhrases, kLatin);
    // A page of small blurred text can give none (lines under ten pixels); three give plenty.
    const std::vector<cv::Mat> cells = set.pages(rng, 3);
    QVERIFY2(cells.size() > 50, qPrintable(QString::number(cells.size())));
    for (const cv::Mat &cell : cells) {
        QCOMPARE(cell.type(), CV_32FC1);
        QCOMPARE(cell.rows, ow::vision::kGlyphCellSide);
    }
}

void TestGlyphNetTrainer::learnsBeyondChance() {
    std::mt19937_64 rng(2);
    const GlyphTrainingSet training({QStringLiteral("WenQuanYi Micro Hei")}, kPhrases, kLatin);
    const GlyphTrainingSet heldOut({QStringLiteral("Noto Sans CJK SC")}, kPhrases, kLatin);
    const std::vector<cv::Mat> train = training.pages(rng, 6);
    const std::vector<cv::Mat> test = heldOut.pages(rng, 2);
    GlyphNetTrainer trainer(ow::vision::kGlyphCellSide * ow::vision::kGlyphCellSide, 8, rng);
    const double before = trainer.epoch(train, 0.05, rng);
    double after = before;
    for (int e = 0; e < 3; ++e)
        after = trainer.epoch(train, 0.05, rng);
    QVERIFY2(after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    // Four quarters: chance is 25 %.
    const double accuracy = trainer.accuracy(test);
    QVERIFY2(accuracy > 0.5, qPrintable(QString::number(accuracy)));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("net.cpp"));
    QVERIFY(trainer.writeSource(path, QStringLiteral("test")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString source = QString::fromUtf8(file.readAll());
    QVERIFY(
        source.contains(QStringLiteral("const GlyphOrientationNet &builtInGlyphOrientationNet()")));
    QVERIFY(source.contains(QStringLiteral("net{256, 8, kW1, kB1, kW2, 0.0f}")));
    // 256 × 8 first-layer weights, 8 biases and 8 output weights.
    QCOMPARE(int(source.count(QRegularExpression(QStringLiteral("f,")))), 256 * 8 + 8 + 8);
    QVERIFY(!trainer.writeSource(dir.filePath(QStringLiteral("missing/net.cpp")), {}));
}

void TestGlyphNetTrainer::readsTranslationSources() {
    QTemporaryDir dir;
    QFile ts(dir.filePath(QStringLiteral("t.ts")));
    QVERIFY(ts.open(QIODevice::WriteOnly));
    ts.write("<TS><context><message><source>&amp;Scan the batch</source></message>"
             "<message><source>OK</source></message>"
             "<message><source>Scan the batch</source></message></context></TS>");
    ts.close();
    // Short strings are skipped, accelerator marks removed, duplicates merged.
    QCOMPARE(GlyphTrainingSet::sourcesFromTs(ts.fileName()),
             QStringList{QStringLiteral("Scan the batch")});
    QVERIFY(GlyphTrainingSet::sourcesFromTs(dir.filePath(QStringLiteral("none.ts"))).isEmpty());
}

QTEST_MAIN(TestGlyphNetTrainer)
#include "tst_glyphnettrainer.moc"
