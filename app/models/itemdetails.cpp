#include "itemdetails.h"

#include <QCoreApplication>

namespace ow::ItemDetails {

namespace {
bool isWorkingDays(const QString &unit) {
    return unit == QStringLiteral("工作日") ||
           unit.compare(QStringLiteral("working days"), Qt::CaseInsensitive) == 0;
}

bool isCalendarDays(const QString &unit) {
    return unit == QStringLiteral("日") || unit == QStringLiteral("天") ||
           unit == QStringLiteral("自然日") ||
           unit.compare(QStringLiteral("days"), Qt::CaseInsensitive) == 0;
}
} // namespace

QString limitText(const TimeLimit &limit) {
    if (limit.value <= 0)
        return QCoreApplication::translate("ItemDetails", "On the spot");
    if (isWorkingDays(limit.unit))
        return QCoreApplication::translate("ItemDetails", "%n working day(s)", nullptr,
                                           limit.value);
    if (isCalendarDays(limit.unit))
        return QCoreApplication::translate("ItemDetails", "%n calendar day(s)", nullptr,
                                           limit.value);
    return QStringLiteral("%1 %2").arg(limit.value).arg(limit.unit);
}

QString limitWithBasis(const TimeLimit &limit) {
    const QString text = limitText(limit);
    if (limit.basis.trimmed().isEmpty())
        return text;
    return QCoreApplication::translate("ItemDetails", "%1\nBasis: %2").arg(text, limit.basis);
}

QStringList handlingFlags(const Item &item) {
    QStringList flags;
    if (item.instant)
        flags << QCoreApplication::translate("ItemDetails", "Instant item");
    if (item.maxOneTrip)
        flags << QCoreApplication::translate("ItemDetails", "At most one trip");
    if (item.maShangBan)
        flags << QCoreApplication::translate("ItemDetails", "Done at once");
    return flags;
}

QString visitsText(int visitsMax) {
    if (visitsMax <= 0)
        return QCoreApplication::translate("ItemDetails", "No visit needed");
    return QCoreApplication::translate("ItemDetails", "At most %n visit(s)", nullptr, visitsMax);
}

QString servingText(const QStringList &serving) {
    if (serving.isEmpty())
        return QStringLiteral("—");
    return serving.join(QStringLiteral("、"));
}

QString materialSummary(const QList<Material> &materials) {
    int deferrable = 0;
    int exempt = 0;
    for (const Material &m : materials) {
        deferrable += m.deferrable ? 1 : 0;
        exempt += m.eLicenceExempt ? 1 : 0;
    }
    const int total = static_cast<int>(materials.size());
    const QString count =
        QCoreApplication::translate("ItemDetails", "%n material(s)", nullptr, total);
    return QCoreApplication::translate("ItemDetails", "%1 (%2 deferrable, %3 from e-licences)")
        .arg(count)
        .arg(deferrable)
        .arg(exempt);
}

} // namespace ow::ItemDetails
