#pragma once

#include "noticefonts.h"
#include "noticepage.h"

#include <QFontMetricsF>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <array>

namespace ow {

// Pours text down the content area of A4 pages: keeps the current position, starts a new page
// when something does not fit, wraps paragraphs (Chinese line breaking via QTextLayout) and flows
// them around a box on the first page (the QR code). Tables and blocks use it for space checks.
class NoticeTextFlow {
public:
    struct ParagraphStyle {
        NoticeFontRole role = NoticeFontRole::Body;
        qreal firstIndent = 0; // extra left indent of the first line
        qreal otherIndent = 0; // extra left indent of the following lines (hanging labels)
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    NoticeTextFlow(const NoticeFonts &fonts, const QRectF &contentArea);

    // A box on the first page that text keeps to the left of.
    void setFloat(const QRectF &box);
    // Moves below the float when the position is beside it (tables span the full width).
    void clearFloat();

    qreal y() const { return m_y; }
    void advance(qreal dy) { m_y += dy; }
    // Starts a new page unless `height` fits below the current position (or the page is empty).
    void ensureSpace(qreal height);
    void newPage();

    const QRectF &contentArea() const { return m_content; }
    // The usable right edge for a band [top, top + height] (left of the float where it overlaps).
    qreal rightEdge(qreal top, qreal height) const;

    NoticePage &page() { return m_pages.last(); }
    QList<NoticePage> takePages();

    QFont font(NoticeFontRole role) const { return m_fonts.font(role); }
    const QFontMetricsF &metrics(NoticeFontRole role) const;
    // Distance between successive baselines of the role's text.
    qreal linePitch(NoticeFontRole role) const;
    // From the top of a line box of linePitch() to its baseline (text centred in the box).
    qreal baselineOffset(NoticeFontRole role) const;
    // The width of one CJK character (for indents of "two characters").
    qreal characterWidth(NoticeFontRole role) const;

    void addParagraph(const QString &text, const ParagraphStyle &style);
    void addText(const QPointF &baseline, const QString &text, NoticeFontRole role);
    // Lines of `text` broken to fit `width` (table cells).
    QStringList wrap(const QString &text, NoticeFontRole role, qreal width) const;

private:
    qreal pageTop() const { return m_content.top(); }
    bool pageIsEmpty() const;

    const NoticeFonts &m_fonts;
    QRectF m_content;
    QRectF m_float;
    QList<NoticePage> m_pages;
    qreal m_y = 0;
    std::array<QFontMetricsF, 6> m_metrics;
};

} // namespace ow
