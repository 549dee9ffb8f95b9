#include "catalog.h"

namespace ow {

const Department *Catalog::department(const QString &id) const {
    for (const Department &d : departments)
        if (d.id == id)
            return &d;
    return nullptr;
}

const Item *Catalog::item(const QString &id) const {
    for (const Item &i : items)
        if (i.id == id)
            return &i;
    return nullptr;
}

} // namespace ow
