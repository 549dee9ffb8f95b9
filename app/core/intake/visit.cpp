#include "visit.h"

#include <QCoreApplication>

namespace ow {

Result<IntakeCase *> Visit::addCase(const Item &item, const QString &actor, const Clock &clock) {
    const QString party = applicant.kind == Applicant::Kind::NaturalPerson
                              ? QStringLiteral("自然人")
                              : QStringLiteral("法人");
    // 其他组织 are served like legal persons when the item serves either.
    const bool served =
        item.serving.contains(party) || (applicant.kind == Applicant::Kind::LegalPerson &&
                                         item.serving.contains(QStringLiteral("其他组织")));
    if (!served)
        return Result<IntakeCase *>::failure(
            QCoreApplication::translate("ow::Visit", "item %1 (%2) serves %3, not %4")
                .arg(item.id, item.name, item.serving.join(QStringLiteral("/")), party));
    for (const IntakeCase &c : cases)
        if (c.itemId == item.id && !CaseTransitions::isFinal(c.state()))
            return Result<IntakeCase *>::failure(
                QCoreApplication::translate("ow::Visit",
                                            "item %1 (%2) is already open on this visit as case %3")
                    .arg(item.id, item.name, c.id));
    const QString caseId = QStringLiteral("%1-%2").arg(id).arg(cases.size() + 1);
    IntakeCase kase(caseId, item, applicant, actor, clock);
    kase.visitId = id;
    cases << kase;
    return &cases.last();
}

IntakeCase *Visit::caseById(const QString &caseId) {
    for (IntakeCase &c : cases)
        if (c.id == caseId)
            return &c;
    return nullptr;
}

} // namespace ow
