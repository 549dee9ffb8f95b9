// train_glyph_orientation: trains the glyph orientation net on rendered lines and writes it as
// C++ source (app/vision/scan/glyphorientationnet.cpp). Run by hand when the cell cutting or the
// net changes:
//   train_glyph_orientation --catalog resources/catalog-demo.json \
//       --latin translations/onewindow_zh_CN.ts --out app/vision/scan/glyphorientationnet.cpp
//       [--pages 300] [--epochs 12] [--hidden 32]
// It trains on WenQuanYi Micro Hei and Noto Serif CJK SC only and reports the cell accuracy on
// Noto Sans CJK SC, which the scan evaluation set (tests/scaneval) paints with: held out, so that
// bench_scan measures the net on a face it never saw.
#include "glyphcells.h"
#include "glyphnettrainer.h"
#include "glyphtrainingset.h"

#include <QCommandLineParser>
#include <QGuiApplication>

#include <cstdio>

using namespace ow::glyphnet;

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Trains the glyph orientation net"));
    parser.addHelpOption();
    const QCommandLineOption catalog(
        QStringLiteral("catalog"), QStringLiteral("Catalog JSON whose Chinese strings are painted"),
        QStringLiteral("file"));
    const QCommandLineOption latin(QStringLiteral("latin"),
                                   QStringLiteral("Qt .ts file whose English sources are painted"),
                                   QStringLiteral("file"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("C++ source to write"),
                                 QStringLiteral("file"));
    const QCommandLineOption pages(QStringLiteral("pages"), QStringLiteral("Training pages"),
                                   QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption epochs(QStringLiteral("epochs"), QStringLiteral("Passes"),
                                    QStringLiteral("n"), QStringLiteral("12"));
    const QCommandLineOption hidden(QStringLiteral("hidden"), QStringLiteral("Hidden units"),
                                    QStringLiteral("n"), QStringLiteral("32"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed"),
                                  QStringLiteral("s"), QStringLiteral("1"));
    parser.addOptions({catalog, latin, out, pages, epochs, hidden, seed});
    parser.process(app);

    const QStringList phrases = GlyphTrainingSet::phrasesFromCatalog(parser.value(catalog));
    if (phrases.isEmpty()) {
        std::fprintf(stderr, "no Chinese text in catalog '%s'\n",
                     qPrintable(parser.value(catalog)));
        return 2;
    }
    const QStringList english = GlyphTrainingSet::sourcesFromTs(parser.value(latin));
    std::mt19937_64 rng(parser.value(seed).toULongLong());
    const GlyphTrainingSet training(
        {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Serif CJK SC")}, phrases,
        english);
    const GlyphTrainingSet heldOut({QStringLiteral("Noto Sans CJK SC")}, phrases, english);
    const std::vector<cv::Mat> train = training.pages(rng, parser.value(pages).toInt());
    const std::vector<cv::Mat> test = heldOut.pages(rng, 20);
    std::printf("%zu English lines, ", size_t(english.size()));
    std::printf("%zu phrases, %zu training cells, %zu held-out cells\n", size_t(phrases.size()),
                train.size(), test.size());

    GlyphNetTrainer trainer(ow::vision::kGlyphCellSide * ow::vision::kGlyphCellSide,
                            parser.value(hidden).toInt(), rng);
    const int passes = parser.value(epochs).toInt();
    for (int e = 0; e < passes; ++e) {
        const double rate = 0.05 * (e < passes / 2 ? 1.0 : e < passes * 3 / 4 ? 0.3 : 0.1);
        const double loss = trainer.epoch(train, rate, rng);
        std::printf("epoch %d  loss %.4f  held-out cell accuracy %.2f %%\n", e + 1, loss,
                    100.0 * trainer.accuracy(test));
        std::fflush(stdout);
    }
    const QString provenance =
        QStringLiteral("%1 cells from %2 pages, %3 epochs, seed %4; held-out cell accuracy %5 %")
            .arg(train.size())
            .arg(parser.value(pages))
            .arg(passes)
            .arg(parser.value(seed))
            .arg(100.0 * trainer.accuracy(test), 0, 'f', 2);
    if (parser.isSet(out) && !trainer.writeSource(parser.value(out), provenance)) {
        std::fprintf(stderr, "cannot write '%s'\n", qPrintable(parser.value(out)));
        return 1;
    }
    return 0;
}
