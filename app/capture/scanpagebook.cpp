#include "scanpagebook.h"

#include <QRegularExpression>

#include <algorithm>

namespace ow {

ScanPageBook::ScanPageBook(QList<ScanMaterial> materials) {
    for (ScanMaterial &m : materials)
        m_slots.append(Slot{std::move(m), {}});
}

int ScanPageBook::materialIndex(const QString &name) const {
    for (int i = 0; i < m_slots.size(); ++i)
        if (m_slots[i].material.name == name)
            return i;
    return -1;
}

int ScanPageBook::pageCount() const {
    int n = 0;
    for (const Slot &s : m_slots)
        n += int(s.pages.size());
    return n;
}

bool ScanPageBook::has(int material, int index) const {
    return material >= 0 && material < m_slots.size() && index >= 0 &&
           index < m_slots[material].pages.size();
}

ScanPageBook::Located ScanPageBook::locate(int pageId) const {
    for (int m = 0; m < m_slots.size(); ++m)
        for (int i = 0; i < m_slots[m].pages.size(); ++i)
            if (m_slots[m].pages[i].id == pageId)
                return {m, i};
    return {};
}

DroppedPage ScanPageBook::dropBlank(Located where) {
    const DroppedPage dropped{DroppedPage::Reason::Blank,
                              where.material,
                              where.index,
                              {},
                              m_slots[where.material].pages.takeAt(where.index)};
    m_dropped.append(dropped);
    return dropped;
}

DroppedPage ScanPageBook::dropSeparator(Located where, const QString &code, int next) {
    QList<ScanPage> &from = m_slots[where.material].pages;
    const ScanPage separator = from.takeAt(where.index);
    QList<ScanPage> moved;
    for (int i = where.index; i < from.size();) {
        if (from[i].batch == separator.batch)
            moved << from.takeAt(i);
        else
            ++i;
    }
    m_slots[next].pages.append(moved);
    const DroppedPage dropped{DroppedPage::Reason::Separator, where.material, where.index, code,
                              separator};
    m_dropped.append(dropped);
    return dropped;
}

int ScanPageBook::restore(int droppedIndex) {
    if (droppedIndex < 0 || droppedIndex >= m_dropped.size())
        return -1;
    const DroppedPage d = m_dropped.takeAt(droppedIndex);
    QList<ScanPage> &pages = m_slots[d.material].pages;
    pages.insert(std::clamp(d.index, 0, int(pages.size())), d.page);
    return d.material;
}

QList<int> ScanPageBook::removeUnprocessed() {
    QList<int> changed;
    for (int m = 0; m < m_slots.size(); ++m) {
        QList<ScanPage> &pages = m_slots[m].pages;
        const auto before = pages.size();
        pages.removeIf([](const ScanPage &p) { return p.pending && p.processed.isNull(); });
        for (ScanPage &p : pages)
            p.pending = false; // a page being reprocessed keeps its last good result
        if (pages.size() != before)
            changed << m;
    }
    return changed;
}

int ScanPageBook::separatorTarget(const QString &code, int from) const {
    static const QRegularExpression named(QStringLiteral("^SEP-M(\\d{1,3})$"));
    const auto match = named.match(code.trimmed().toUpper());
    const int coded = match.hasMatch() ? match.captured(1).toInt() - 1 : -1;
    if (coded >= 0 && coded < m_slots.size())
        return coded;
    return std::min(from + 1, int(m_slots.size()) - 1);
}

} // namespace ow
