#include "noticelayout.h"

#include "chinesedate.h"
#include "noticetablelayout.h"
#include "noticetextflow.h"

#include <algorithm>

namespace ow {

namespace {

constexpr qreal mm(qreal millimetres) {
    return millimetres * NoticePage::kDotsPerMm;
}

// Margins after GB/T 9704 (official documents): 28 mm binding side, a 156 mm wide text block.
constexpr qreal kTopMargin = mm(30);
constexpr qreal kBottomMargin = mm(25);
constexpr qreal kLeftMargin = mm(28);
constexpr qreal kRightMargin = mm(26);
constexpr qreal kFooterBaselineFromBottom = mm(14);
constexpr qreal kSealDiameter = mm(38);
constexpr qreal kSignatureFieldWidth = mm(45);

using Style = NoticeTextFlow::ParagraphStyle;

QString qrCaption() {
    return QStringLiteral("扫码查询办理进度");
}

void addHeader(NoticeTextFlow &flow, const NoticeDocument &document) {
    flow.addParagraph(document.title, Style{NoticeFontRole::Title, 0, 0, Qt::AlignHCenter});
    if (!document.number.isEmpty())
        flow.addParagraph(document.number, Style{NoticeFontRole::Body, 0, 0, Qt::AlignRight});
    flow.advance(flow.linePitch(NoticeFontRole::Body) * 0.5);
}

void addFields(NoticeTextFlow &flow, const NoticeDocument &document) {
    const QFontMetricsF &fm = flow.metrics(NoticeFontRole::Body);
    for (const NoticeDocument::Field &field : document.fields) {
        const QString label = field.label + QStringLiteral("：");
        // Continuation lines start under the value, not under the label.
        const qreal hanging = std::min(fm.horizontalAdvance(label), flow.contentArea().width() / 2);
        flow.addParagraph(label + field.value,
                          Style{NoticeFontRole::Body, 0, hanging, Qt::AlignLeft});
    }
    if (!document.fields.isEmpty())
        flow.advance(flow.linePitch(NoticeFontRole::Body) * 0.3);
}

void addBody(NoticeTextFlow &flow, const QStringList &paragraphs) {
    // First line indented by two characters, as in Chinese official documents.
    const qreal indent = 2 * flow.characterWidth(NoticeFontRole::Body);
    for (const QString &paragraph : paragraphs)
        flow.addParagraph(paragraph, Style{NoticeFontRole::Body, indent, 0, Qt::AlignLeft});
}

void addTables(NoticeTextFlow &flow, const NoticeDocument &document) {
    NoticeTableLayout tables(flow);
    for (const NoticeDocument::Table &table : document.tables) {
        flow.advance(flow.linePitch(NoticeFontRole::Body) * 0.4);
        tables.place(table);
    }
    if (!document.tables.isEmpty())
        flow.advance(flow.linePitch(NoticeFontRole::Body) * 0.4);
}

// The issuing organ and the date at the right, with the seal placeholder over the organ's name
// (where the clerk stamps), kept together on one page.
void addIssuerAndDate(NoticeTextFlow &flow, const NoticeDocument &document) {
    const qreal pitch = flow.linePitch(NoticeFontRole::Body);
    const QFontMetricsF &fm = flow.metrics(NoticeFontRole::Body);
    const QString date = chineseDate(document.date);
    const bool seal = !document.issuer.isEmpty();
    const qreal blockHeight = seal ? std::max(kSealDiameter, 2.5 * pitch) : pitch;
    flow.ensureSpace(pitch / 2 + blockHeight);
    flow.advance(pitch / 2);

    const qreal textWidth =
        std::max(fm.horizontalAdvance(document.issuer), fm.horizontalAdvance(date));
    const qreal blockWidth = std::max(textWidth, seal ? kSealDiameter : 0.0);
    const qreal right = flow.contentArea().right() - 2 * flow.characterWidth(NoticeFontRole::Body);
    const qreal centreX = right - blockWidth / 2;
    const qreal top = flow.y();
    qreal lineTop = top;
    if (seal) {
        const QRectF circle(centreX - kSealDiameter / 2, top, kSealDiameter, kSealDiameter);
        flow.page().seals.append(circle);
        const QString placeholder = QStringLiteral("（印章）");
        const qreal placeholderWidth =
            flow.metrics(NoticeFontRole::Small).horizontalAdvance(placeholder);
        flow.addText(QPointF(centreX - placeholderWidth / 2, top + kSealDiameter * 0.3),
                     placeholder, NoticeFontRole::Small);
        lineTop = circle.center().y() - pitch / 2;
        flow.addText(QPointF(centreX - fm.horizontalAdvance(document.issuer) / 2,
                             lineTop + flow.baselineOffset(NoticeFontRole::Body)),
                     document.issuer, NoticeFontRole::Body);
        lineTop += pitch;
    }
    flow.addText(QPointF(centreX - fm.horizontalAdvance(date) / 2,
                         lineTop + flow.baselineOffset(NoticeFontRole::Body)),
                 date, NoticeFontRole::Body);
    flow.advance(std::max(top + blockHeight, lineTop + pitch) - top);
}

// label：<name on a line>    日期：____年__月__日
void addSignatures(NoticeTextFlow &flow, const NoticeDocument &document) {
    const qreal pitch = flow.linePitch(NoticeFontRole::Body);
    const QFontMetricsF &fm = flow.metrics(NoticeFontRole::Body);
    const QString dateBlank = QStringLiteral("日期：____年__月__日");
    const qreal gap = 2 * flow.characterWidth(NoticeFontRole::Body);
    for (const NoticeDocument::Signature &signature : document.signatures) {
        flow.ensureSpace(2 * pitch);
        flow.advance(pitch * 0.6);
        const qreal baseline = flow.y() + flow.baselineOffset(NoticeFontRole::Body);
        qreal x = flow.contentArea().left();
        const QString label = signature.label + QStringLiteral("：");
        flow.addText(QPointF(x, baseline), label, NoticeFontRole::Body);
        x += fm.horizontalAdvance(label);
        const qreal fieldWidth =
            std::max(kSignatureFieldWidth, fm.horizontalAdvance(signature.name) + gap);
        if (!signature.name.isEmpty())
            flow.addText(QPointF(x + gap / 4, baseline), signature.name, NoticeFontRole::Body);
        const qreal ruleY = baseline + fm.descent();
        flow.page().rules.append(QLineF(x, ruleY, x + fieldWidth, ruleY));
        x += fieldWidth + gap;
        if (signature.withDate) {
            if (x + fm.horizontalAdvance(dateBlank) > flow.contentArea().right()) {
                flow.advance(pitch);
                x = flow.contentArea().left() + fm.horizontalAdvance(label);
            }
            flow.addText(QPointF(x, flow.y() + flow.baselineOffset(NoticeFontRole::Body)),
                         dateBlank, NoticeFontRole::Body);
        }
        flow.advance(pitch);
    }
}

} // namespace

NoticeLayout::NoticeLayout(const NoticeFonts &fonts)
    : m_fonts(fonts) {}

QRectF NoticeLayout::contentArea() {
    const QSizeF page = NoticePage::kA4;
    return QRectF(kLeftMargin, kTopMargin, page.width() - kLeftMargin - kRightMargin,
                  page.height() - kTopMargin - kBottomMargin);
}

QRectF NoticeLayout::qrArea() {
    const QRectF content = contentArea();
    return QRectF(content.right() - mm(kQrSizeMm), content.top(), mm(kQrSizeMm), mm(kQrSizeMm));
}

QString NoticeLayout::copyLabel(const NoticeDocument &document, int index) {
    const QString given = document.copyLabels.value(index).trimmed();
    if (!given.isEmpty() || document.copies <= 1)
        return given;
    return QStringLiteral("第%1联").arg(index + 1);
}

QList<NoticePage> NoticeLayout::layoutOneCopy(const NoticeDocument &document) const {
    NoticeTextFlow flow(m_fonts, contentArea());
    if (!document.qrText.isEmpty()) {
        const QRectF qr = qrArea();
        flow.page().qrCode = qr;
        const QFontMetricsF &small = flow.metrics(NoticeFontRole::Small);
        const qreal captionWidth = small.horizontalAdvance(qrCaption());
        flow.addText(QPointF(qr.center().x() - captionWidth / 2, qr.bottom() + small.ascent()),
                     qrCaption(), NoticeFontRole::Small);
        flow.setFloat(qr.adjusted(std::min(0.0, (qr.width() - captionWidth) / 2), 0, 0,
                                  flow.linePitch(NoticeFontRole::Small)));
    }
    addHeader(flow, document);
    addFields(flow, document);
    addBody(flow, document.paragraphs);
    addTables(flow, document);
    addBody(flow, document.closingParagraphs);
    addIssuerAndDate(flow, document);
    addSignatures(flow, document);
    return flow.takePages();
}

void NoticeLayout::addFooters(QList<NoticePage> &pages, const QString &copyLabel) const {
    const QFontMetricsF fm(m_fonts.font(NoticeFontRole::Small));
    const qreal baseline = NoticePage::kA4.height() - kFooterBaselineFromBottom;
    const QRectF content = contentArea();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString number = QStringLiteral("第 %1 页 共 %2 页").arg(i + 1).arg(pages.size());
        pages[i].texts.append(NoticeTextRun{
            QPointF(content.center().x() - fm.horizontalAdvance(number) / 2, baseline), number,
            NoticeFontRole::Small});
        if (!copyLabel.isEmpty())
            pages[i].texts.append(
                NoticeTextRun{QPointF(content.left(), baseline), copyLabel, NoticeFontRole::Small});
    }
}

QList<NoticePage> NoticeLayout::layout(const NoticeDocument &document) const {
    const QList<NoticePage> onePass = layoutOneCopy(document);
    QList<NoticePage> all;
    const int copies = std::max(1, document.copies);
    all.reserve(onePass.size() * copies);
    for (int copy = 0; copy < copies; ++copy) {
        QList<NoticePage> pages = onePass;
        addFooters(pages, copyLabel(document, copy));
        all.append(pages);
    }
    return all;
}

} // namespace ow
