#pragma once

#include "catalog.h"

#include <QList>
#include <QString>

namespace ow {

class Database;

struct ItemHit {
    QString itemId;
    QString name;
    QString deptId;
    QString deptName;
    friend bool operator==(const ItemHit &, const ItemHit &) = default;
};

// Finds items by name, code, department, material name (Chinese of any length) and by pinyin
// initials or full pinyin (yyzz → 营业执照). An empty query lists every item (of the department).
// Space-separated terms must all match. Exact name matches come first, then names containing
// the query, then the rest, each in catalog order.
class ItemSearch {
public:
    explicit ItemSearch(Database &db)
        : m_db(db) {}
    QList<ItemHit> find(const QString &query, const QString &deptId = {}, int limit = 200);

    // What a query and the index are compared in: trimmed, lower-case, full-width forms folded
    // to half-width (ＡＢＣ１ → abc1), control characters removed.
    static QString normalise(const QString &text);
    // The searchable text of one item, stored in item_search.haystack: the normalised name, id,
    // department name and short name, material names, the pinyin initials and full pinyin of
    // the name and the pinyin initials of each material, separated by a control character no
    // query can contain (so no match spans two parts).
    static QString haystack(const Item &item, const Department &dept);

private:
    Database &m_db;
};

} // namespace ow
