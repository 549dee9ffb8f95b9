// Glyph orientation: the cells cut along a page's lines, the net's vote over them, and the
// vote's quarter on rendered Chinese pages (Noto Sans CJK SC, a face the net was not trained on).
#include "glyphcells.h"
#include "glyphorientation.h"
#include "orientation.h"
#include "pagerenderer.h"
#include "scanimage.h"
#include "textbands.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <random>

using namespace ow::vision;

namespace {

// A mask holding one line of `count` square glyphs of side `height`, `gap` apart.
cv::Mat lineOfSquares(int count, int height, int gap) {
    // Tall enough for a line of this height to count as one (textbands.h).
    cv::Mat ink = cv::Mat::zeros(20 * height, 60 + count * (height + gap), CV_8U);
    for (int i = 0; i < count; ++i)
        cv::rectangle(ink, cv::Rect(30 + i * (height + gap), 8 * height, height, height),
                      cv::Scalar(255), 1);
    return ink;
}

// The page's content turned counter-clockwise by quarterDeg: what turnUpright undoes.
cv::Mat turned(const cv::Mat &page, int quarterDeg) {
    return turnUpright(page, (360 - quarterDeg) % 360);
}

cv::Mat characterInk(const cv::Mat &bgr) {
    const cv::Mat flat = scanimage::flattenBackground(scanimage::toGrey(bgr));
    return scanimage::characterMarks(flat < 150);
}

} // namespace

class TestGlyphOrientation : public QObject {
    Q_OBJECT

private slots:
    void cellsFollowTheCharacters_data();
    void cellsFollowTheCharacters();
    void cellsAreCapped();
    void noLineAtTheEdge_data();
    void noLineAtTheEdge();
    void whenTheVoteSettles_data();
    void whenTheVoteSettles();
    void turningACellTurnsItsVote();
    void chinesePages_data();
    void chinesePages();
    void cellsOfACutLine();
    void smallLinesFromASharperCopy();
    void nothingToVoteOn();
};

void TestGlyphOrientation::cellsFollowTheCharacters_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("gap");
    QTest::addColumn<int>("cells");
    QTest::newRow("ten glyphs") << 10 << 24 << 4 << 10;
    QTest::newRow("tight glyphs") << 12 << 20 << 2 << 12;
    QTest::newRow("large glyphs") << 6 << 40 << 10 << 6;
    // Under ten pixels a glyph is a blob: its cells would lean the vote by rounding.
    QTest::newRow("too small to read") << 20 << 8 << 3 << 0;
}

void TestGlyphOrientation::cellsFollowTheCharacters() {
    QFETCH(int, count);
    QFETCH(int, height);
    QFETCH(int, gap);
    QFETCH(int, cells);
    const cv::Mat ink = lineOfSquares(count, height, gap);
    const std::vector<TextBand> bands = textBands(ink);
    const std::vector<cv::Mat> found = glyphCells(ink, bands, 100);
    QCOMPARE(int(found.size()), cells);
    for (const cv::Mat &cell : found) {
        QCOMPARE(cell.type(), CV_32FC1);
        QCOMPARE(cell.rows, kGlyphCellSide);
        QCOMPARE(cell.cols, kGlyphCellSide);
        double low = 0, high = 0;
        cv::minMaxLoc(cell, &low, &high);
        QVERIFY(low >= 0.0 && high <= 1.0 && high > 0.5);
    }
}

void TestGlyphOrientation::cellsAreCapped() {
    const cv::Mat ink = lineOfSquares(30, 24, 4);
    QCOMPARE(int(glyphCells(ink, textBands(ink), 7).size()), 7);
    // A rule as long as the line is no glyph.
    cv::Mat ruled = cv::Mat::zeros(480, 800, CV_8U);
    cv::rectangle(ruled, cv::Rect(20, 200, 700, 24), cv::Scalar(255), cv::FILLED);
    QCOMPARE(int(glyphCells(ruled, textBands(ruled), 100).size()), 0);
}

void TestGlyphOrientation::noLineAtTheEdge_data() {
    QTest::addColumn<int>("top");
    QTest::addColumn<int>("bands");
    const int height = 24;
    QTest::newRow("inside") << 8 * height << 1;
    QTest::newRow("one row from the top") << 1 << 1;
    // A desk's or frame's edge across a rectified card reads as a line of marks running into
    // the image's top or bottom row.
    QTest::newRow("at the top") << 0 << 0;
    QTest::newRow("at the bottom") << 20 * height - height << 0;
}

void TestGlyphOrientation::noLineAtTheEdge() {
    QFETCH(int, top);
    QFETCH(int, bands);
    const int height = 24;
    cv::Mat ink = cv::Mat::zeros(20 * height, 60 + 10 * (height + 4), CV_8U);
    for (int i = 0; i < 10; ++i)
        cv::rectangle(ink, cv::Rect(30 + i * (height + 4), top, height, height), cv::Scalar(255),
                      cv::FILLED);
    QCOMPARE(int(textBands(ink).size()), bands);
}

void TestGlyphOrientation::whenTheVoteSettles_data() {
    QTest::addColumn<double>("lead");
    QTest::addColumn<int>("cells");
    QTest::addColumn<bool>("settles");
    QTest::newRow("a page's hundreds of glyphs") << 210.0 << 300 << true;
    QTest::newRow("sure over many glyphs") << 80.0 << 150 << true;
    QTest::newRow("a separator's dozen clear glyphs") << 45.0 << 14 << true;
    // A blurred ID card: a lead of about one point a glyph, which went the wrong way up to 54.
    QTest::newRow("many weak glyphs") << 54.0 << 50 << false;
    QTest::newRow("too little lead") << 39.0 << 10 << false;
    QTest::newRow("no glyphs") << 0.0 << 0 << false;
}

void TestGlyphOrientation::whenTheVoteSettles() {
    QFETCH(double, lead);
    QFETCH(int, cells);
    QFETCH(bool, settles);
    GlyphVote vote;
    vote.cells = cells;
    vote.logLikelihood = {-10.0, -10.0 - lead, -10.0 - 2 * lead - 1, -10.0 - 3 * lead - 1};
    QCOMPARE(vote.bestQuarter(), 0);
    QCOMPARE(vote.margin(), cells > 0 ? lead : 0.0);
    QCOMPARE(vote.settles(), settles);
}

// The net reads a cell in its four turns: turning the cell a quarter counter-clockwise moves
// each quarter's likelihood on by one.
void TestGlyphOrientation::turningACellTurnsItsVote() {
    std::mt19937_64 rng(3);
    const cv::Mat ink = characterInk(
        ow::scaneval::PageRenderer::render(ow::scaneval::PageKind::TextPage, 120, rng).bgr);
    const std::vector<cv::Mat> cells = glyphCells(ink, textBands(ink), 40);
    QVERIFY(cells.size() >= 20);
    std::vector<cv::Mat> quarter;
    for (const cv::Mat &cell : cells) {
        cv::Mat t;
        cv::rotate(cell, t, cv::ROTATE_90_COUNTERCLOCKWISE);
        quarter.push_back(t);
    }
    const GlyphOrientationNet &net = builtInGlyphOrientationNet();
    const GlyphVote upright = voteGlyphOrientation(net, cells);
    const GlyphVote turnedVote = voteGlyphOrientation(net, quarter);
    QCOMPARE(upright.cells, int(cells.size()));
    for (int q = 0; q < 4; ++q)
        QVERIFY(std::abs(turnedVote.logLikelihood[size_t((q + 1) % 4)] -
                         upright.logLikelihood[size_t(q)]) < 1e-3);
}

void TestGlyphOrientation::chinesePages_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("quarter");
    QTest::addColumn<unsigned>("seed");
    for (const int quarter : {0, 90, 180, 270}) {
        QTest::addRow("text %d", quarter)
            << int(ow::scaneval::PageKind::TextPage) << quarter << 31u;
        QTest::addRow("table %d", quarter)
            << int(ow::scaneval::PageKind::TablePage) << quarter << 32u;
        QTest::addRow("licence %d", quarter)
            << int(ow::scaneval::PageKind::Licence) << quarter << 33u;
    }
}

// A page at about the orientation view's resolution settles its quarter on the glyphs alone,
// tables included (their line profiles can point the wrong way).
void TestGlyphOrientation::chinesePages() {
    QFETCH(int, kind);
    QFETCH(int, quarter);
    QFETCH(unsigned, seed);
    std::mt19937_64 rng(seed);
    const cv::Mat page =
        ow::scaneval::PageRenderer::render(ow::scaneval::PageKind(kind), 150, rng).bgr;
    const GlyphVote vote =
        voteGlyphsOfPage(builtInGlyphOrientationNet(), characterInk(turned(page, quarter)));
    QVERIFY2(vote.cells > 50, qPrintable(QString::number(vote.cells)));
    QCOMPARE(vote.bestQuarter() * 90, quarter);
    QVERIFY2(vote.settles(), qPrintable(QString::number(vote.margin())));
}

// A line cut out on its own (grey, any height): its ink is the darker half of its range.
void TestGlyphOrientation::cellsOfACutLine() {
    cv::Mat line(24, 300, CV_8U, cv::Scalar(230));
    for (int i = 0; i < 8; ++i)
        cv::rectangle(line, cv::Rect(6 + i * 22, 4, 16, 16), cv::Scalar(40), 2);
    QCOMPARE(int(glyphCellsOfLine(line, 100).size()), 8);
    QCOMPARE(int(glyphCellsOfLine(line, 3).size()), 3);
    // No contrast, no ink; the wrong type or nothing at all gives no cells either.
    QVERIFY(glyphCellsOfLine(cv::Mat(24, 300, CV_8U, cv::Scalar(200)), 100).empty());
    QVERIFY(glyphCellsOfLine(cv::Mat(24, 300, CV_32F, cv::Scalar(0.5)), 100).empty());
    QVERIFY(glyphCellsOfLine(cv::Mat(), 100).empty());
}

// Body text on a small copy stands under ten pixels: no cells there, but the lines cut from the
// sharp page (the caller's seam) settle the quarter.
void TestGlyphOrientation::smallLinesFromASharperCopy() {
    // Thirty lines of body text and nothing larger (a title alone could decide).
    QImage page(1400, 2000, QImage::Format_Grayscale8);
    page.fill(QColor(235, 235, 235));
    {
        QPainter p(&page);
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPixelSize(30);
        p.setFont(font);
        p.setPen(QColor(30, 30, 30));
        const QString text =
            QStringLiteral("申请材料不齐全的，一次性告知申请人需要补正的全部内容。窗口工作人员");
        for (int i = 0; i < 30; ++i)
            p.drawText(QPointF(100, 120 + 60 * i), text.mid(i % 7, 36));
    }
    const cv::Mat sharp = cv::Mat(page.height(), page.width(), CV_8U, page.bits(),
                                  static_cast<size_t>(page.bytesPerLine()))
                              .clone();
    const int quarter = 90;
    const cv::Mat sharpTurned = turned(sharp, quarter);
    const double f = 0.25; // lines about 7 px high
    cv::Mat small;
    cv::resize(sharpTurned, small, cv::Size(), f, f, cv::INTER_AREA);
    const cv::Mat ink = characterInk(small);
    const GlyphOrientationNet &net = builtInGlyphOrientationNet();
    const GlyphVote alone = voteGlyphsOfPage(net, ink);
    QVERIFY2(!alone.settles(), qPrintable(QString::number(alone.margin())));

    cv::Mat smallAcross, sharpAcross;
    cv::rotate(small, smallAcross, cv::ROTATE_90_CLOCKWISE);
    cv::rotate(sharpTurned, sharpAcross, cv::ROTATE_90_CLOCKWISE);
    int asked = 0;
    const auto fromSharp = [&](const TextBand &band, bool across) {
        ++asked;
        const cv::Mat &from = across ? sharpAcross : sharpTurned;
        const int pad = std::max(2, band.height() / 4);
        const cv::Rect box(cv::Point(int((band.left - pad) / f), int((band.top - pad) / f)),
                           cv::Point(int((band.right + pad) / f), int((band.bottom + pad) / f)));
        const cv::Rect inside = box & cv::Rect(0, 0, from.cols, from.rows);
        cv::Mat line;
        cv::resize(from(inside), line, cv::Size(), 24.0 / inside.height, 24.0 / inside.height,
                   cv::INTER_AREA);
        return glyphCellsOfLine(line, 60);
    };
    const GlyphVote withLines = voteGlyphsOfPage(net, ink, 150, fromSharp);
    QVERIFY(asked > 0);
    QCOMPARE(withLines.bestQuarter() * 90, quarter);
    QVERIFY2(withLines.settles(), qPrintable(QString::number(withLines.margin())));
}

void TestGlyphOrientation::nothingToVoteOn() {
    const GlyphOrientationNet &net = builtInGlyphOrientationNet();
    QVERIFY(net.valid());
    QCOMPARE(voteGlyphsOfPage(net, cv::Mat()).cells, 0);
    QCOMPARE(voteGlyphsOfPage(net, cv::Mat::zeros(300, 200, CV_8U)).margin(), 0.0);
    QCOMPARE(voteGlyphsOfPage(net, cv::Mat::zeros(30, 20, CV_32F)).cells, 0);
    // A cell of the wrong size or type scores nothing rather than reading past its end.
    QCOMPARE(glyphUprightScore(net, cv::Mat::ones(8, 8, CV_32F)), 0.0f);
    QCOMPARE(glyphUprightScore(net, cv::Mat::ones(kGlyphCellSide, kGlyphCellSide, CV_8U)), 0.0f);
    // Without a net there is no vote.
    const GlyphVote none =
        voteGlyphOrientation(GlyphOrientationNet{}, {cv::Mat::ones(16, 16, CV_32F)});
    QCOMPARE(none.cells, 0);
}

QTEST_MAIN(TestGlyphOrientation)
#include "tst_glyphorientation.moc"
