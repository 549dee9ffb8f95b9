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

QString Catalog::agencyAbbrev(const Item &item) const {
    if (!item.agencyAbbrev.isEmpty())
        return item.agencyAbbrev;
    const Department *dept = department(item.deptId);
    if (!dept)
        return {};
    return dept->shortName.isEmpty() ? dept->name : dept->shortName;
}

bool Item::isRequired(const Material &m) {
    return m.necessity != QStringLiteral("非必要");
}

bool Item::isDeferrable(const Material &m) {
    return m.deferrable || m.necessity == QStringLiteral("容缺后补");
}

bool Item::allowsDeferral() const {
    if (deferralAllowed)
        return *deferralAllowed;
    for (const Material &m : materials)
        if (isDeferrable(m))
            return true;
    return false;
}

int Item::deferralLimitDays() const {
    const int committed = qMax(0, committedLimit.value);
    return deferralMaxDays ? qBound(0, *deferralMaxDays, committed) : committed;
}

void Item::dropDefaultValues() {
    if (deferralAllowed) {
        const std::optional<bool> given = deferralAllowed;
        deferralAllowed.reset();
        if (allowsDeferral() != *given)
            deferralAllowed = given;
    }
    if (deferralMaxDays && *deferralMaxDays == committedLimit.value)
        deferralMaxDays.reset();
    if (deferralOverdueRule == CatalogValues::terminate())
        deferralOverdueRule.clear();
    if (correctionClock == CatalogValues::restart())
        correctionClock.clear();
}

const Material *Item::material(const QString &materialName) const {
    for (const Material &m : materials)
        if (m.name == materialName)
            return &m;
    return nullptr;
}

} // namespace ow
