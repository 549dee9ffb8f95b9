#pragma once

#include "catalog.h"
#include "checklist.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace ow {

// The fixed wording and the formatting shared by the printed documents (dates, material rows,
// the rights and clock sentences), so every document says the same thing the same way.
class NoticeText {
public:
    static QString date(const QDate &date);       // 2026年2月9日; empty for an invalid date
    static QString limit(const TimeLimit &limit); // 10个工作日 / 60日 / 即时办结
    static QString originalOrCopy(bool original); // 原件 / 复印件

    // Material standard columns: 序号, 材料名称, 形式, 份数, 规格, 来源, 必要性, 说明.
    static QStringList standardHeaders();
    static QStringList standardRow(int index, const Material &m);
    // "原件 1份 A4 ……" in one cell, for correction and deferral tables.
    static QString standardText(const Material &m);

    // 行政复议 60 日 / 行政诉讼 6 个月.
    static QString rightsParagraph(const QString &organ);
    // What a correction does to the clock (restart or pause, Art. 32).
    static QString correctionClockParagraph(const Item &item);
    // What happens when a deferred material is late (the item's overdue rule + credit).
    static QString overdueConsequence(const Item &item);
    static QString truthfulnessStatement();
};

} // namespace ow
