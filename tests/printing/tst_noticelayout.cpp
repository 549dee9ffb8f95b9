// Where NoticeLayout puts things: inside the margins, around the QR code, tables repeating their
// header on each page, one full set of pages per copy with its label and page numbers.
#include "chinesedate.h"
#include "noticelayout.h"
#include "sampledocuments.h"

#include <QFontMetricsF>
#include <QRegularExpression>
#include <QTest>

#include <optional>

using ow::NoticeDocument;
using ow::NoticeFontRole;
using ow::NoticeLayout;
using ow::NoticePage;
using ow::NoticeTextRun;

class TestNoticeLayout : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void copiesAndFooters_data();
    void copiesAndFooters();
    void everythingStaysInsideTheContentArea_data();
    void everythingStaysInsideTheContentArea();
    void longTableRepeatsItsHeaderOnEveryPage();
    void textFlowsAroundTheQrCode();
    void titleCentredAndNumberRightAligned();
    void paragraphsIndentTheirFirstLineByTwoCharacters();
    void longFieldValuesHangUnderTheValue();
    void sealPlaceholderSitsOverTheIssuer_data();
    void sealPlaceholderSitsOverTheIssuer();

private:
    QList<NoticePage> layout(const NoticeDocument &d) const {
        return NoticeLayout(*m_fonts).layout(d);
    }
    QRectF box(const NoticeTextRun &run) const {
        const QFontMetricsF fm(m_fonts->font(run.role));
        return QRectF(run.baseline.x(), run.baseline.y() - fm.ascent(),
                      fm.horizontalAdvance(run.text), fm.height());
    }
    static const NoticeTextRun *find(const NoticePage &page, const QString &text) {
        for (const NoticeTextRun &run : page.texts) {
            if (run.text == text)
                return &run;
        }
        return nullptr;
    }
    std::optional<ow::NoticeFonts> m_fonts;
};

void TestNoticeLayout::initTestCase() {
    const ow::Result<ow::NoticeFonts> fonts = ow::NoticeFonts::load();
    QVERIFY2(fonts.ok(), qPrintable(fonts.error()));
    m_fonts = *fonts;
}

void TestNoticeLayout::copiesAndFooters_data() {
    QTest::addColumn<int>("copies");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("expectedLabels");
    QTest::newRow("one copy, no label") << 1 << QStringList() << QStringList{QString()};
    QTest::newRow("one labelled copy") << 1 << QStringList{QStringLiteral("申请人留存")}
                                       << QStringList{QStringLiteral("申请人留存")};
    QTest::newRow("two copies") << 2
                                << QStringList{QStringLiteral("申请人留存"),
                                               QStringLiteral("窗口存档")}
                                << QStringList{QStringLiteral("申请人留存"),
                                               QStringLiteral("窗口存档")};
    QTest::newRow("third copy unlabelled")
        << 3 << QStringList{QStringLiteral("申请人留存"), QStringLiteral("窗口存档")}
        << QStringList{QStringLiteral("申请人留存"), QStringLiteral("窗口存档"),
                       QStringLiteral("第3联")};
}

void TestNoticeLayout::copiesAndFooters() {
    QFETCH(int, copies);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, expectedLabels);
    NoticeDocument d = ow::test::longReceipt(40); // two pages per copy
    d.copies = copies;
    d.copyLabels = labels;
    const QList<NoticePage> pages = layout(d);
    QCOMPARE(pages.size() % copies, 0);
    const qsizetype perCopy = pages.size() / copies;
    QCOMPARE(perCopy, 2);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const NoticePage &page = pages.at(p);
        const QString number =
            QStringLiteral("第 %1 页 共 %2 页").arg(p % perCopy + 1).arg(perCopy);
        QVERIFY2(find(page, number), qPrintable(number));
        const QString label = expectedLabels.at(p / perCopy);
        int labelRuns = 0;
        for (const QString &any : expectedLabels)
            labelRuns += !any.isEmpty() && find(page, any) ? 1 : 0;
        QCOMPARE(labelRuns, label.isEmpty() ? 0 : 1);
        if (!label.isEmpty())
            QVERIFY(find(page, label));
        // Every copy is complete: its first page starts with the title.
        if (p % perCopy == 0)
            QVERIFY(find(page, d.title));
    }
}

void TestNoticeLayout::everythingStaysInsideTheContentArea_data() {
    QTest::addColumn<int>("kind");
    for (const NoticeDocument::Kind kind : ow::test::allDocumentKinds())
        QTest::newRow(ow::test::kindName(kind)) << static_cast<int>(kind);
}

void TestNoticeLayout::everythingStaysInsideTheContentArea() {
    QFETCH(int, kind);
    const QRectF content = NoticeLayout::contentArea().adjusted(-0.5, -0.5, 0.5, 0.5);
    const QRectF paper(QPointF(0, 0), NoticePage::kA4);
    for (const NoticePage &page :
         layout(ow::test::sampleDocument(static_cast<NoticeDocument::Kind>(kind)))) {
        for (const NoticeTextRun &run : page.texts) {
            const QRectF where = box(run);
            if (run.role == NoticeFontRole::Small && where.top() > content.bottom()) {
                QVERIFY(paper.contains(where)); // the footer, below the text block
                continue;
            }
            QVERIFY2(content.contains(where), qPrintable(QStringLiteral("%1 at %2,%3")
                                                             .arg(run.text)
                                                             .arg(where.left())
                                                             .arg(where.top())));
        }
        for (const QLineF &rule : page.rules)
            QVERIFY(content.contains(rule.p1()) && content.contains(rule.p2()));
    }
}

void TestNoticeLayout::longTableRepeatsItsHeaderOnEveryPage() {
    const NoticeDocument d = ow::test::longReceipt(80);
    const QList<NoticePage> pages = layout(d);
    QVERIFY(pages.size() >= 3);
    static const QRegularExpression rowName(QStringLiteral("^第(\\d+)项申请材料$"));
    int expectedRow = 1;
    for (const NoticePage &page : pages) {
        const NoticeTextRun *header = find(page, QStringLiteral("材料名称"));
        for (const NoticeTextRun &run : page.texts) {
            const QRegularExpressionMatch match = rowName.match(run.text);
            if (!match.hasMatch())
                continue;
            QCOMPARE(match.captured(1).toInt(), expectedRow++);
            QVERIFY2(
                header && header->role == NoticeFontRole::TableHeader &&
                    header->baseline.y() < run.baseline.y(),
                qPrintable(QStringLiteral("row %1 has no header above it").arg(expectedRow - 1)));
        }
    }
    QCOMPARE(expectedRow, 81);
}

void TestNoticeLayout::textFlowsAroundTheQrCode() {
    const NoticeDocument d = ow::test::sampleDocument(NoticeDocument::Kind::AcceptanceNotice);
    QVERIFY(!d.qrText.isEmpty());
    const QList<NoticePage> pages = layout(d);
    const NoticePage &first = pages.first();
    QCOMPARE(first.qrCode, NoticeLayout::qrArea());
    for (const NoticeTextRun &run : first.texts) {
        if (run.text != QStringLiteral("扫码查询办理进度"))
            QVERIFY2(!box(run).intersects(first.qrCode), qPrintable(run.text));
    }
    NoticeDocument plain = d;
    plain.qrText.clear();
    QVERIFY(layout(plain).first().qrCode.isNull());
}

void TestNoticeLayout::titleCentredAndNumberRightAligned() {
    const NoticeDocument d = ow::test::sampleDocument(NoticeDocument::Kind::RefusalNotice);
    const NoticePage page = layout(d).first();
    const NoticeTextRun *title = find(page, d.title);
    const NoticeTextRun *number = find(page, d.number);
    QVERIFY(title && number);
    QCOMPARE(title->role, NoticeFontRole::Title);
    QVERIFY(m_fonts->font(NoticeFontRole::Title).bold());
    QVERIFY(qAbs(box(*title).center().x() - NoticeLayout::contentArea().center().x()) < 1.0);
    QVERIFY(qAbs(box(*number).right() - NoticeLayout::contentArea().right()) < 1.0);
    QVERIFY(box(*number).top() >= box(*title).bottom());
    QVERIFY(find(page, ow::chineseDate(d.date)));
}

void TestNoticeLayout::paragraphsIndentTheirFirstLineByTwoCharacters() {
    const NoticeDocument d = ow::test::sampleDocument(NoticeDocument::Kind::RefusalNotice);
    const NoticePage page = layout(d).first();
    const qreal twoCharacters =
        2 * QFontMetricsF(m_fonts->font(NoticeFontRole::Body)).horizontalAdvance(QChar(0x4E00));
    const QString paragraph = d.closingParagraphs.first();
    bool seenFirst = false, seenContinuation = false;
    for (const NoticeTextRun &run : page.texts) {
        if (!paragraph.contains(run.text) || run.text.size() < 4)
            continue;
        const qreal indent = run.baseline.x() - NoticeLayout::contentArea().left();
        if (paragraph.startsWith(run.text)) {
            QCOMPARE(indent, twoCharacters);
            seenFirst = true;
        } else {
            QCOMPARE(indent, 0.0);
            seenContinuation = true;
        }
    }
    QVERIFY(seenFirst && seenContinuation); // the paragraph is long enough to wrap
}

void TestNoticeLayout::longFieldValuesHangUnderTheValue() {
    NoticeDocument d = ow::test::sampleDocument(NoticeDocument::Kind::RefusalNotice);
    const QString label = QStringLiteral("不予受理理由");
    const QString value =
        QStringLiteral("申请事项依法不属于本机关职权范围，且申请人未能提供相关证明材料，"
                       "依照有关法律法规的规定，本机关无权作出行政许可决定。");
    d.fields = {NoticeDocument::Field{label, value}};
    const NoticePage page = layout(d).first();
    const qreal hanging = QFontMetricsF(m_fonts->font(NoticeFontRole::Body))
                              .horizontalAdvance(label + QStringLiteral("："));
    int lines = 0;
    for (const NoticeTextRun &run : page.texts) {
        if (run.text.startsWith(label + QStringLiteral("：")))
            ++lines;
        else if (value.contains(run.text) && run.text.size() > 3) {
            QCOMPARE(run.baseline.x() - NoticeLayout::contentArea().left(), hanging);
            ++lines;
        }
    }
    QVERIFY(lines >= 2);
}

void TestNoticeLayout::sealPlaceholderSitsOverTheIssuer_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("sealed");
    QTest::newRow("notice: sealed")
        << static_cast<int>(NoticeDocument::Kind::AcceptanceNotice) << true;
    QTest::newRow("commitment: signed only")
        << static_cast<int>(NoticeDocument::Kind::DeferredCommitment) << false;
}

void TestNoticeLayout::sealPlaceholderSitsOverTheIssuer() {
    QFETCH(int, kind);
    QFETCH(bool, sealed);
    const NoticeDocument d = ow::test::sampleDocument(static_cast<NoticeDocument::Kind>(kind));
    const QList<NoticePage> pages = layout(d);
    qsizetype seals = 0;
    for (qsizetype p = 0; p < pages.size() / d.copies; ++p) {
        const NoticePage &page = pages.at(p);
        seals += page.seals.size();
        for (const QRectF &seal : page.seals) {
            const NoticeTextRun *issuer = find(page, d.issuer);
            const NoticeTextRun *placeholder = find(page, QStringLiteral("（印章）"));
            QVERIFY(issuer && placeholder);
            QVERIFY(seal.contains(box(*issuer).center()));
            QVERIFY(seal.contains(box(*placeholder)));
        }
    }
    QCOMPARE(seals, sealed ? 1 : 0);
}

QTEST_MAIN(TestNoticeLayout)
#include "tst_noticelayout.moc"
