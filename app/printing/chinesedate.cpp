#include "chinesedate.h"

namespace ow {

QString chineseDate(const QDate &date) {
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace ow
