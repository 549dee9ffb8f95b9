#include "intakerules.h"

#include "legalclock.h"

namespace ow {

namespace {

using Code = IntakeRefusal::Code;

QString quoted(const QString &value) {
    return QStringLiteral("“") + value + QStringLiteral("”");
}

QString dateText(const QDate &date) {
    return date.toString(Qt::ISODate);
}

// Decisions at the window are taken on a case that is still being received or corrected.
bool atWindow(const IntakeCase &kase, QList<IntakeRefusal> &refusals) {
    const CaseState s = kase.state();
    if (s == CaseState::Received || s == CaseState::CorrectionRequested)
        return true;
    refusals << IntakeRefusal{Code::WrongState,
                              {},
                              QStringLiteral("办件 %1 当前状态为%2，不能在窗口作出此决定")
                                  .arg(kase.id, CaseTransitions::label(s))};
    return false;
}

} // namespace

Decision<AcceptanceDecision> IntakeRules::accept(const IntakeCase &kase, const Item &item,
                                                 const QDate &today) {
    Q_UNUSED(item);
    QList<IntakeRefusal> refusals;
    atWindow(kase, refusals);
    for (const ChecklistEntry &e : kase.checklist.entries()) {
        if (!e.required() || e.satisfied())
            continue;
        const QString &name = e.standard.name;
        switch (e.state) {
        case MaterialState::Defective:
            refusals << IntakeRefusal{
                Code::RequiredMaterialDefective, name,
                QStringLiteral("必要材料%1不符合要求：%2").arg(quoted(name), e.reason)};
            break;
        case MaterialState::Deferred:
            refusals << IntakeRefusal{
                Code::RequiredMaterialDeferred, name,
                QStringLiteral("材料%1为容缺后补，应按容缺受理办理").arg(quoted(name))};
            break;
        default:
            refusals << IntakeRefusal{Code::RequiredMaterialMissing, name,
                                      QStringLiteral("缺少必要材料%1").arg(quoted(name))};
            break;
        }
    }
    if (!refusals.isEmpty())
        return refusals;
    return AcceptanceDecision{today};
}

Result<QDate> IntakeRules::latestPromiseDate(const Item &item, const WorkCalendar &calendar,
                                             const QDate &today) {
    const auto byDays = calendar.addWorkingDays(today, item.deferralLimitDays());
    if (!byDays)
        return byDays;
    // Never past the committed deadline, whatever its unit.
    const auto committed = LegalClock::due(item.committedLimit, today, {}, {}, calendar, today);
    if (!committed)
        return committed;
    return qMin(*byDays, *committed);
}

Decision<DeferredDecision> IntakeRules::deferredAccept(const IntakeCase &kase, const Item &item,
                                                       const WorkCalendar &calendar,
                                                       const QDateTime &now) {
    const QDate today = now.date();
    QList<IntakeRefusal> refusals;
    atWindow(kase, refusals);
    if (!item.allowsDeferral())
        refusals << IntakeRefusal{Code::DeferralNotAllowed,
                                  {},
                                  QStringLiteral("事项%1不适用容缺受理").arg(quoted(item.name))};
    if (kase.applicant.credit.blacklisted)
        refusals << IntakeRefusal{
            Code::ApplicantBlacklisted,
            {},
            QStringLiteral("申请人已列入失信名单，不适用容缺受理%1")
                .arg(kase.applicant.credit.reason.isEmpty()
                         ? QString()
                         : QStringLiteral("（%1）").arg(kase.applicant.credit.reason))};
    const auto latest = latestPromiseDate(item, calendar, today);
    if (!latest)
        refusals << IntakeRefusal{Code::CalendarError, {}, latest.error()};

    DeferredDecision decision;
    decision.acceptedOn = today;
    if (latest)
        decision.latestPromiseAllowed = *latest;
    for (const ChecklistEntry &e : kase.checklist.entries()) {
        const QString &name = e.standard.name;
        if (e.state == MaterialState::Deferred) {
            if (!e.deferrable()) {
                refusals << IntakeRefusal{
                    Code::NonDeferrableMissing, name,
                    QStringLiteral("材料%1不可容缺，须当场提交").arg(quoted(name))};
                continue;
            }
            if (!e.promisedDate.isValid()) {
                refusals << IntakeRefusal{
                    Code::DeferrableNotPromised, name,
                    QStringLiteral("容缺材料%1缺少承诺补交日期").arg(quoted(name))};
                continue;
            }
            if (e.promisedDate < today)
                refusals << IntakeRefusal{
                    Code::PromisedDateInPast, name,
                    QStringLiteral("材料%1的承诺补交日期%2早于今天%3")
                        .arg(quoted(name), dateText(e.promisedDate), dateText(today))};
            else if (latest && e.promisedDate > *latest)
                refusals << IntakeRefusal{
                    Code::PromisedDateTooLate, name,
                    QStringLiteral("材料%1的承诺补交日期%2超过事项允许的最迟日期%3（%4个工作日）")
                        .arg(quoted(name), dateText(e.promisedDate), dateText(*latest))
                        .arg(item.deferralLimitDays())};
            Commitment c;
            c.caseId = kase.id;
            c.applicantKey = kase.applicant.key();
            c.material = name;
            c.promisedDate = e.promisedDate;
            c.createdAt = now;
            decision.commitments << c;
            continue;
        }
        if (!e.required() || e.satisfied())
            continue;
        if (!e.deferrable())
            refusals << IntakeRefusal{
                Code::NonDeferrableMissing, name,
                e.state == MaterialState::Defective
                    ? QStringLiteral("不可容缺的必要材料%1不符合要求：%2")
                          .arg(quoted(name), e.reason)
                    : QStringLiteral("缺少不可容缺的必要材料%1").arg(quoted(name))};
        else
            refusals << IntakeRefusal{
                Code::DeferrableNotPromised, name,
                QStringLiteral("材料%1可容缺，但未登记承诺补交日期").arg(quoted(name))};
    }
    if (decision.commitments.isEmpty() && refusals.isEmpty())
        refusals << IntakeRefusal{
            Code::NothingDeferred, {}, QStringLiteral("没有容缺材料，应直接受理")};
    if (!refusals.isEmpty())
        return refusals;
    return decision;
}

Decision<CorrectionDecision> IntakeRules::correction(const IntakeCase &kase, const Item &item,
                                                     const QString &justification,
                                                     const QString &actor, const QDateTime &now) {
    QList<IntakeRefusal> refusals;
    atWindow(kase, refusals);
    CorrectionDecision decision;
    decision.materials = kase.checklist.toCorrect();
    decision.clockPauses = item.correctionPausesClock();
    QStringList names;
    for (const ChecklistEntry &e : decision.materials)
        names << e.standard.name;
    if (names.isEmpty())
        refusals << IntakeRefusal{
            Code::NothingToCorrect, {}, QStringLiteral("没有缺少或不合格的材料，无需补正")};
    QStringList newMaterials;
    if (const NoticeRecord *first = kase.firstCorrectionNotice())
        for (const QString &name : names)
            if (!first->materials.contains(name))
                newMaterials << name;
    if (!newMaterials.isEmpty() && justification.trimmed().isEmpty())
        refusals << IntakeRefusal{
            Code::JustificationRequired, newMaterials.join(QStringLiteral("、")),
            QStringLiteral("首次告知未列出%1；再次要求补正须说明理由（一次性告知制度）")
                .arg(newMaterials.join(QStringLiteral("、")))};
    if (!refusals.isEmpty())
        return refusals;
    decision.record.kind = NoticeDocument::Kind::CorrectionNotice;
    decision.record.issuedAt = now;
    decision.record.actor = actor;
    decision.record.materials = names;
    decision.record.justification = justification.trimmed();
    if (!newMaterials.isEmpty())
        decision.violation = Violation{
            Violation::Kind::RepeatedNotice, now, actor, {}, newMaterials, justification.trimmed()};
    return decision;
}

Decision<RefusalDecision> IntakeRules::refuse(const IntakeCase &kase, const QString &reason,
                                              const QString &competentOrgan, const QString &actor,
                                              const QDateTime &now) {
    QList<IntakeRefusal> refusals;
    atWindow(kase, refusals);
    if (reason.trimmed().isEmpty())
        refusals << IntakeRefusal{Code::ReasonRequired, {}, QStringLiteral("不予受理须说明理由")};
    if (!refusals.isEmpty())
        return refusals;
    RefusalDecision decision;
    decision.record.kind = NoticeDocument::Kind::RefusalNotice;
    decision.record.issuedAt = now;
    decision.record.actor = actor;
    decision.record.reason = reason.trimmed();
    decision.record.competentOrgan = competentOrgan.trimmed();
    return decision;
}

} // namespace ow
