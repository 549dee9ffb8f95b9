#include "noticetablelayout.h"

#include <algorithm>
#include <numeric>

namespace ow {

namespace {
constexpr int kMinimumColumnCharacters = 3;
}

NoticeTableLayout::NoticeTableLayout(NoticeTextFlow &flow)
    : m_flow(flow) {}

qreal NoticeTableLayout::cellPadding() const {
    return m_flow.characterWidth(NoticeFontRole::Table) * 0.4;
}

QList<qreal> NoticeTableLayout::columnWidths(const NoticeDocument::Table &table) const {
    const qreal total = m_flow.contentArea().width();
    const QFontMetricsF &cellMetrics = m_flow.metrics(NoticeFontRole::Table);
    const QFontMetricsF &headerMetrics = m_flow.metrics(NoticeFontRole::TableHeader);
    const qreal padding = 2 * cellPadding();
    const qreal narrowest =
        kMinimumColumnCharacters * m_flow.characterWidth(NoticeFontRole::Table) + padding;

    const qsizetype columns = table.headers.size();
    QList<qreal> natural(columns), minimum(columns);
    for (qsizetype c = 0; c < columns; ++c) {
        const qreal header = headerMetrics.horizontalAdvance(table.headers.at(c)) + padding;
        qreal widest = header;
        for (const QStringList &row : table.rows)
            widest = std::max(widest, cellMetrics.horizontalAdvance(row.value(c)) + padding);
        natural[c] = std::min(widest, total);
        // A column may shrink to its header (short headers stay on one line), not below.
        minimum[c] = std::min(natural[c], std::max(narrowest, std::min(header, total / 3)));
    }

    const qreal naturalSum = std::accumulate(natural.cbegin(), natural.cend(), 0.0);
    const qreal minimumSum = std::accumulate(minimum.cbegin(), minimum.cend(), 0.0);
    QList<qreal> widths(columns);
    if (naturalSum <= total) { // everything fits on one line: stretch to the full width
        for (qsizetype c = 0; c < columns; ++c)
            widths[c] = natural[c] * total / naturalSum;
    } else if (minimumSum >= total) {
        for (qsizetype c = 0; c < columns; ++c)
            widths[c] = minimum[c] * total / minimumSum;
    } else { // share the room left after the minimums by how much each column wants more
        const qreal flexible = naturalSum - minimumSum;
        for (qsizetype c = 0; c < columns; ++c)
            widths[c] = minimum[c] + (total - minimumSum) * (natural[c] - minimum[c]) / flexible;
    }
    return widths;
}

NoticeTableLayout::Row NoticeTableLayout::wrapRow(const QStringList &cells, NoticeFontRole role,
                                                  const QList<qreal> &widths) const {
    Row row;
    row.role = role;
    qsizetype tallest = 1;
    for (qsizetype c = 0; c < widths.size(); ++c) {
        row.cellLines.append(m_flow.wrap(cells.value(c), role, widths.at(c) - 2 * cellPadding()));
        tallest = std::max(tallest, row.cellLines.last().size());
    }
    row.height = static_cast<qreal>(tallest) * m_flow.linePitch(role) + cellPadding();
    return row;
}

void NoticeTableLayout::drawRow(const Row &row, const QList<qreal> &widths) {
    const qreal top = m_flow.y();
    const qreal bottom = top + row.height;
    const qreal pitch = m_flow.linePitch(row.role);
    const qreal padding = cellPadding();
    const QFontMetricsF &fm = m_flow.metrics(row.role);
    const bool header = row.role == NoticeFontRole::TableHeader;

    qreal x = m_flow.contentArea().left();
    NoticePage &page = m_flow.page();
    page.rules.append(QLineF(x, top, m_flow.contentArea().right(), top));
    page.rules.append(QLineF(x, bottom, m_flow.contentArea().right(), bottom));
    page.rules.append(QLineF(x, top, x, bottom));
    for (qsizetype c = 0; c < widths.size(); ++c) {
        const QStringList &lines = row.cellLines.at(c);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const qreal lineWidth = fm.horizontalAdvance(lines.at(i));
            const qreal textX = header ? x + (widths.at(c) - lineWidth) / 2 : x + padding;
            const qreal baseline =
                top + padding / 2 + static_cast<qreal>(i) * pitch + m_flow.baselineOffset(row.role);
            m_flow.addText(QPointF(textX, baseline), lines.at(i), row.role);
        }
        x += widths.at(c);
        page.rules.append(QLineF(x, top, x, bottom));
    }
    m_flow.advance(row.height);
}

void NoticeTableLayout::place(const NoticeDocument::Table &table) {
    m_flow.clearFloat();
    const QList<qreal> widths = columnWidths(table);
    const Row header = wrapRow(table.headers, NoticeFontRole::TableHeader, widths);
    QList<Row> rows;
    rows.reserve(table.rows.size());
    for (const QStringList &cells : table.rows)
        rows.append(wrapRow(cells, NoticeFontRole::Table, widths));

    // Keep the caption, the header and the first row together.
    const qreal captionHeight =
        table.caption.isEmpty() ? 0 : m_flow.linePitch(NoticeFontRole::BodyBold);
    m_flow.ensureSpace(captionHeight + header.height + (rows.isEmpty() ? 0 : rows.first().height));
    if (!table.caption.isEmpty())
        m_flow.addParagraph(table.caption, {NoticeFontRole::BodyBold, 0, 0, Qt::AlignLeft});
    drawRow(header, widths);
    for (const Row &row : rows) {
        if (m_flow.y() + row.height > m_flow.contentArea().bottom()) {
            m_flow.newPage();
            drawRow(header, widths); // the reader of page 2 still sees what each column is
        }
        drawRow(row, widths);
    }
}

} // namespace ow
