#include "noticetextflow.h"

#include <QTextLayout>

#include <algorithm>

namespace ow {

namespace {

constexpr qsizetype roleIndex(NoticeFontRole role) {
    return static_cast<qsizetype>(role);
}

// Line pitch as a multiple of the font height: airy body text as in official documents, tighter
// table cells.
qreal spacingFactor(NoticeFontRole role) {
    switch (role) {
    case NoticeFontRole::Title:
        return 1.3;
    case NoticeFontRole::Body:
    case NoticeFontRole::BodyBold:
        return 1.55;
    case NoticeFontRole::Table:
    case NoticeFontRole::TableHeader:
        return 1.2;
    case NoticeFontRole::Small:
        return 1.2;
    }
    return 1.5;
}

QString withoutTrailingSpace(QString text) {
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

// QTextLayout breaks lines only at U+2028; builders write '\n'.
QString withLineSeparators(QString text) {
    return text.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
}

QTextOption wrappingOption() {
    QTextOption option;
    // Chinese has no spaces: break between any characters, honouring the line-breaking rules
    // (no closing punctuation at a line start) where the text allows.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

} // namespace

NoticeTextFlow::NoticeTextFlow(const NoticeFonts &fonts, const QRectF &contentArea)
    : m_fonts(fonts)
    , m_content(contentArea)
    , m_metrics{QFontMetricsF(fonts.font(NoticeFontRole::Title)),
                QFontMetricsF(fonts.font(NoticeFontRole::Body)),
                QFontMetricsF(fonts.font(NoticeFontRole::BodyBold)),
                QFontMetricsF(fonts.font(NoticeFontRole::Table)),
                QFontMetricsF(fonts.font(NoticeFontRole::TableHeader)),
                QFontMetricsF(fonts.font(NoticeFontRole::Small))} {
    static_assert(roleIndex(NoticeFontRole::Small) == 5, "one metrics entry per role");
    m_pages.append(NoticePage{});
    m_y = pageTop();
}

void NoticeTextFlow::setFloat(const QRectF &box) {
    m_float = box;
}

void NoticeTextFlow::clearFloat() {
    if (m_pages.size() == 1 && !m_float.isNull() && m_y < m_float.bottom())
        m_y = m_float.bottom();
}

void NoticeTextFlow::ensureSpace(qreal height) {
    if (m_y + height > m_content.bottom() && !pageIsEmpty())
        newPage();
}

void NoticeTextFlow::newPage() {
    m_pages.append(NoticePage{});
    m_y = pageTop();
}

bool NoticeTextFlow::pageIsEmpty() const {
    return m_y <= pageTop();
}

qreal NoticeTextFlow::rightEdge(qreal top, qreal height) const {
    const bool besideFloat = m_pages.size() == 1 && !m_float.isNull() && top < m_float.bottom() &&
                             top + height > m_float.top();
    return besideFloat ? m_float.left() - characterWidth(NoticeFontRole::Body) : m_content.right();
}

QList<NoticePage> NoticeTextFlow::takePages() {
    QList<NoticePage> pages = std::move(m_pages);
    m_pages = {NoticePage{}};
    m_y = pageTop();
    return pages;
}

const QFontMetricsF &NoticeTextFlow::metrics(NoticeFontRole role) const {
    return m_metrics.at(static_cast<std::size_t>(roleIndex(role)));
}

qreal NoticeTextFlow::linePitch(NoticeFontRole role) const {
    return metrics(role).height() * spacingFactor(role);
}

qreal NoticeTextFlow::baselineOffset(NoticeFontRole role) const {
    const QFontMetricsF &fm = metrics(role);
    return (linePitch(role) - fm.height()) / 2 + fm.ascent();
}

qreal NoticeTextFlow::characterWidth(NoticeFontRole role) const {
    return metrics(role).horizontalAdvance(QChar(0x4E00)); // 一: every CJK character is as wide
}

void NoticeTextFlow::addText(const QPointF &baseline, const QString &text, NoticeFontRole role) {
    page().texts.append(NoticeTextRun{baseline, text, role});
}

void NoticeTextFlow::addParagraph(const QString &text, const ParagraphStyle &style) {
    const qreal pitch = linePitch(style.role);
    if (text.trimmed().isEmpty()) {
        advance(pitch);
        return;
    }
    const QString source = withLineSeparators(text);
    QTextLayout layout(source, font(style.role));
    layout.setTextOption(wrappingOption());
    layout.beginLayout();
    bool first = true;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        ensureSpace(pitch);
        const qreal left = m_content.left() + (first ? style.firstIndent : style.otherIndent);
        qreal right = rightEdge(m_y, pitch);
        line.setLineWidth(std::max(right - left, characterWidth(style.role)));
        const QString piece = withoutTrailingSpace(source.mid(line.textStart(), line.textLength()));
        const qreal width = metrics(style.role).horizontalAdvance(piece);
        qreal x = left;
        if (style.alignment & Qt::AlignHCenter) {
            // Centre on the full width when that clears the float; otherwise beside it.
            x = left + (m_content.right() - left - width) / 2;
            if (x + width > right)
                x = left + (right - left - width) / 2;
        } else if (style.alignment & Qt::AlignRight) {
            x = right - width;
        }
        addText(QPointF(x, m_y + baselineOffset(style.role)), piece, style.role);
        m_y += pitch;
        first = false;
    }
    layout.endLayout();
}

QStringList NoticeTextFlow::wrap(const QString &text, NoticeFontRole role, qreal width) const {
    if (text.trimmed().isEmpty())
        return {QString()};
    QStringList lines;
    const QString source = withLineSeparators(text);
    QTextLayout layout(source, font(role));
    layout.setTextOption(wrappingOption());
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(width, characterWidth(role)));
        lines.append(withoutTrailingSpace(source.mid(line.textStart(), line.textLength())));
    }
    layout.endLayout();
    return lines;
}

} // namespace ow
