#pragma once

#include "catalog.h"

#include <QString>
#include <QStringList>

namespace ow {

// How an item's standard reads on screen: limits with their units, the ways it is handled, the
// visits it takes. Plain functions so the item page and printed guides say the same thing.
namespace ItemDetails {

// "20 working days", "30 calendar days", "On the spot" (0); an unknown unit is shown as given.
QString limitText(const TimeLimit &limit);
// The limit with its legal basis on a second line when there is one.
QString limitWithBasis(const TimeLimit &limit);
// 即办件 / 最多跑一次 / 马上办, in that order, for the flags set.
QStringList handlingFlags(const Item &item);
// "No visit needed" for 0, otherwise "At most N visits".
QString visitsText(int visitsMax);
// 自然人、法人
QString servingText(const QStringList &serving);
// "12 materials (3 may be deferred, 2 from e-licences)"
QString materialSummary(const QList<Material> &materials);

} // namespace ItemDetails

} // namespace ow
