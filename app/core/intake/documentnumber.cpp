#include "documentnumber.h"

namespace ow {

Result<int> MemorySerialCounter::next(const QString &agency, const QString &category, int year) {
    const QString key =
        agency + QLatin1Char('\x1f') + category + QLatin1Char('\x1f') + QString::number(year);
    return ++m_last[key];
}

QString DocumentNumber::category(NoticeDocument::Kind kind) {
    switch (kind) {
    case NoticeDocument::Kind::AcceptanceNotice:
        return QStringLiteral("受");
    case NoticeDocument::Kind::OneTimeNotice:
        return QStringLiteral("告");
    case NoticeDocument::Kind::CorrectionNotice:
        return QStringLiteral("补");
    case NoticeDocument::Kind::DeferredCommitment:
    case NoticeDocument::Kind::DeferredNotice:
        return QStringLiteral("容");
    case NoticeDocument::Kind::RefusalNotice:
        return QStringLiteral("不受");
    case NoticeDocument::Kind::MaterialsReceipt:
        return QStringLiteral("收");
    }
    return {};
}

QString DocumentNumber::format(const QString &agency, const QString &category, int year,
                               int serial) {
    return QStringLiteral("%1%2〔%3〕%4号")
        .arg(agency, category)
        .arg(year)
        .arg(serial, 4, 10, QLatin1Char('0'));
}

Result<QString> DocumentNumber::next(DocumentSerialCounter &counter, const QString &agency,
                                     NoticeDocument::Kind kind, int year) {
    if (agency.trimmed().isEmpty())
        return Result<QString>::failure(
            QStringLiteral("document number: the agency abbreviation is empty (set the item's "
                           "agency_abbrev or the department's short name)"));
    const QString cat = category(kind);
    const auto serial = counter.next(agency, cat, year);
    if (!serial)
        return Result<QString>::failure(QStringLiteral("document number %1%2〔%3〕: %4")
                                            .arg(agency, cat)
                                            .arg(year)
                                            .arg(serial.error()));
    if (*serial < 1)
        return Result<QString>::failure(
            QStringLiteral("document number %1%2〔%3〕: the counter gave %4")
                .arg(agency, cat)
                .arg(year)
                .arg(*serial));
    return format(agency, cat, year, *serial);
}

} // namespace ow
