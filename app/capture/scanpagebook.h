#pragma once

#include "scanpage.h"

#include <QList>
#include <QString>

namespace ow {

// The pages of a case's materials and the pages taken out of them: plain data and the list
// operations of the scanning session (which adds the worker threads and the signals).
class ScanPageBook {
public:
    struct Located {
        int material = -1;
        int index = -1;
        explicit operator bool() const { return material >= 0; }
    };

    explicit ScanPageBook(QList<ScanMaterial> materials);

    int materialCount() const { return int(m_slots.size()); }
    const ScanMaterial &material(int index) const { return m_slots.at(index).material; }
    int materialIndex(const QString &name) const;
    const QList<ScanPage> &pages(int material) const { return m_slots.at(material).pages; }
    QList<ScanPage> &pages(int material) { return m_slots[material].pages; }
    int pageCount() const;
    bool has(int material, int index) const;
    Located locate(int pageId) const;
    ScanPage &at(Located where) { return m_slots[where.material].pages[where.index]; }

    const QList<DroppedPage> &dropped() const { return m_dropped; }
    // A blank page taken out onto the undo list.
    DroppedPage dropBlank(Located where);
    // A separator sheet taken out; the pages of its batch behind it go to material `next`.
    DroppedPage dropSeparator(Located where, const QString &code, int next);
    // Back to its material at its old place; returns the material, -1 when out of range.
    int restore(int droppedIndex);
    // Takes out the pages never processed (a cancelled batch); returns the materials changed.
    QList<int> removeUnprocessed();

    // The material a separator sends the rest of its batch to: the one a cover code SEP-M<n>
    // names (n-th row), else the next one after `from` (the last one stays the last).
    int separatorTarget(const QString &code, int from) const;

private:
    struct Slot {
        ScanMaterial material;
        QList<ScanPage> pages;
    };
    QList<Slot> m_slots;
    QList<DroppedPage> m_dropped;
};

} // namespace ow
