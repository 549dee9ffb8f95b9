#pragma once

#include "noticedocument.h"
#include "noticetextflow.h"

#include <QList>
#include <QStringList>

namespace ow {

// Places one table in the flow at full content width: columns sized to their content, cells
// wrapped, every cell bordered, a bold header row that is repeated at the top of each page the
// table continues on. A row never splits across pages.
class NoticeTableLayout {
public:
    explicit NoticeTableLayout(NoticeTextFlow &flow);

    void place(const NoticeDocument::Table &table);

private:
    struct Row {
        QList<QStringList> cellLines; // each cell's text, wrapped
        qreal height = 0;
        NoticeFontRole role = NoticeFontRole::Table;
    };

    QList<qreal> columnWidths(const NoticeDocument::Table &table) const;
    Row wrapRow(const QStringList &cells, NoticeFontRole role, const QList<qreal> &widths) const;
    void drawRow(const Row &row, const QList<qreal> &widths);
    qreal cellPadding() const;

    NoticeTextFlow &m_flow;
};

} // namespace ow
