#include "scantypes.h"

namespace ow {

QString ScannerDevice::displayName() const {
    const QString label = QStringList{vendor, model}.join(QLatin1Char(' ')).trimmed();
    return label.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(label, name);
}

} // namespace ow
