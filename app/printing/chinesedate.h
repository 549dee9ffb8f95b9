#pragma once

#include <QDate>
#include <QString>

namespace ow {

// A date the way Chinese documents print it: 2026年3月2日 (no leading zeros).
QString chineseDate(const QDate &date);

} // namespace ow
