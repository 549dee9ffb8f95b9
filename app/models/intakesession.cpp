#include "intakesession.h"

#include "applicantcheck.h"
#include "intakemessages.h"
#include "intakerules.h"
#include "workstationcontext.h"

namespace ow {

bool DecisionOutcome::refusedFor(IntakeRefusal::Code code) const {
    for (const IntakeRefusal &r : refusals)
        if (r.code == code)
            return true;
    return false;
}

IntakeSession::IntakeSession(WorkstationContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_commitments(new CommitmentService(context, this)) {
    connect(m_commitments, &CommitmentService::caseUpdated, this, &IntakeSession::reloadCase);
}

IntakeSession::~IntakeSession() = default;

QDate IntakeSession::today() const {
    return m_context.clock().today();
}

QString IntakeSession::actor() const {
    const auto &user = m_context.auth().currentUser();
    return user ? user->name : QString();
}

Status IntakeSession::ensureDesk() {
    auto catalog = m_context.catalog();
    if (!catalog)
        return Status::failure(tr("The catalog could not be read: %1").arg(catalog.error()));
    if (catalog.value() != m_catalog || !m_desk) {
        m_catalog = catalog.value();
        m_desk = std::make_unique<IntakeDesk>(*m_catalog, m_context.calendar(), m_context.clock(),
                                              m_context.serials());
    }
    return {};
}

QStringList IntakeSession::startVisit(const Applicant &applicant, const QString &ticket) {
    QStringList problems = ApplicantCheck::problems(applicant, today());
    if (!problems.isEmpty())
        return problems;
    if (actor().isEmpty())
        return {tr("Sign in first: every visit names the clerk who received it.")};
    Applicant checked = applicant;
    if (const QStringList coreProblems = checked.validate(today()); !coreProblems.isEmpty())
        return coreProblems;
    // A known applicant keeps the credit standing recorded at earlier visits.
    if (const auto stored = m_context.cases().findApplicant(checked.key()); stored && *stored)
        checked.credit = stored.value()->credit;
    const auto visitId = m_context.cases().newVisitId(today());
    if (!visitId)
        return {tr("No visit number could be drawn: %1").arg(visitId.error())};
    Visit visit;
    visit.id = visitId.value();
    visit.ticket = ticket;
    visit.applicant = checked;
    visit.openedAt = m_context.clock().now();
    if (const Status saved = m_context.cases().saveVisit(visit); !saved)
        return {tr("The visit could not be saved: %1").arg(saved.error())};
    m_visit = visit;
    m_documents.clear();
    emit visitChanged();
    return {};
}

void IntakeSession::closeVisit() {
    if (!m_visit)
        return;
    m_visit->closedAt = m_context.clock().now();
    // Closing only stamps the time; every decision was saved when it was taken.
    static_cast<void>(m_context.cases().saveVisit(*m_visit));
    m_visit.reset();
    m_documents.clear();
    emit visitChanged();
}

Result<QList<VisitSummary>> IntakeSession::earlierVisits(const QString &applicantKey) {
    auto visits = m_context.cases().visitsOf(applicantKey.trimmed().toUpper());
    if (!visits || !m_visit)
        return visits;
    QList<VisitSummary> earlier = visits.value();
    earlier.removeIf([this](const VisitSummary &v) { return v.visitId == m_visit->id; });
    return earlier;
}

Result<CreditStatus> IntakeSession::creditStatus(const QString &applicantKey) {
    return m_commitments->creditStatus(applicantKey);
}

Result<QList<LedgerEntry>> IntakeSession::openCommitmentsOfApplicant() {
    if (!m_visit)
        return QList<LedgerEntry>{};
    return m_commitments->openEntries(m_visit->applicant.key());
}

void IntakeSession::reloadCase(const QString &caseId) {
    IntakeCase *kase = findCase(caseId);
    if (kase) {
        // Another screen saved it: the visit must not save the old copy over it.
        auto stored = m_context.cases().loadCase(caseId);
        if (!stored)
            return;
        *kase = stored.value();
        m_documents.forget(caseId);
    }
    // The applicant's credit may have changed with the case (overdue rule).
    if (m_visit) {
        if (const auto credit = creditStatus(m_visit->applicant.key()))
            m_visit->applicant.credit = credit.value();
    }
    if (kase)
        emit caseChanged(caseId);
    emit commitmentsChanged();
}

Result<QString> IntakeSession::addItem(const QString &itemId) {
    using R = Result<QString>;
    if (!m_visit)
        return R::failure(tr("Start a visit for the applicant first."));
    if (const Status desk = ensureDesk(); !desk)
        return R::failure(desk.error());
    const Item *item = m_catalog->item(itemId);
    if (!item)
        return R::failure(tr("The item %1 is not in the catalog.").arg(itemId));
    const bool natural = m_visit->applicant.kind == Applicant::Kind::NaturalPerson;
    const bool served = natural ? item->serving.contains(QStringLiteral("自然人"))
                                : item->serving.contains(QStringLiteral("法人")) ||
                                      item->serving.contains(QStringLiteral("其他组织"));
    if (!served)
        return R::failure(natural ? tr("“%1” is not available to natural persons.").arg(item->name)
                                  : tr("“%1” is not available to organisations.").arg(item->name));
    for (const IntakeCase &c : m_visit->cases)
        if (c.itemId == itemId && !CaseTransitions::isFinal(c.state()))
            return R::failure(tr("“%1” is already on this visit.").arg(item->name));
    auto added = m_visit->addCase(*item, actor(), m_context.clock());
    if (!added)
        return R::failure(added.error());
    const QString caseId = added.value()->id;
    if (const Status saved = m_context.cases().saveVisit(*m_visit); !saved) {
        m_visit->cases.removeLast();
        return R::failure(tr("The case could not be saved: %1").arg(saved.error()));
    }
    emit caseAdded(caseId);
    return caseId;
}

IntakeCase *IntakeSession::findCase(const QString &caseId) {
    return m_visit ? m_visit->caseById(caseId) : nullptr;
}

const IntakeCase *IntakeSession::caseById(const QString &caseId) const {
    if (!m_visit)
        return nullptr;
    for (const IntakeCase &c : m_visit->cases)
        if (c.id == caseId)
            return &c;
    return nullptr;
}

const Item *IntakeSession::itemOf(const QString &caseId) const {
    const IntakeCase *kase = caseById(caseId);
    return kase && m_catalog ? m_catalog->item(kase->itemId) : nullptr;
}

Status IntakeSession::markMaterial(const QString &caseId, const QString &material,
                                   const MaterialMark &mark) {
    IntakeCase *kase = findCase(caseId);
    if (!kase)
        return Status::failure(tr("No case %1 on this visit.").arg(caseId));
    if (kase->state() != CaseState::Received && kase->state() != CaseState::CorrectionRequested)
        return Status::failure(tr("The case is decided (%1); its checklist can no longer change.")
                                   .arg(CaseTransitions::label(kase->state())));
    const ChecklistEntry *entry = kase->checklist.entry(material);
    if (!entry)
        return Status::failure(tr("“%1” is not a material of this item.").arg(material));
    Status result;
    switch (mark.state) {
    case MaterialState::Received:
        result = kase->checklist.markReceived(
            material, mark.original, mark.count > 0 ? mark.count : qMax(1, entry->standard.count));
        break;
    case MaterialState::FromELicence:
        result = kase->checklist.markFromELicence(
            material, mark.source.isEmpty() ? QStringLiteral("电子证照/共享数据") : mark.source);
        break;
    case MaterialState::Deferred:
        if (!entry->deferrable())
            return Status::failure(
                tr("“%1” may not be deferred: the applicant must present it now.").arg(material));
        if (!mark.promisedDate.isValid())
            return Status::failure(
                tr("Give the date by which the applicant promises “%1”.").arg(material));
        result = kase->checklist.markDeferred(material, mark.promisedDate);
        break;
    case MaterialState::Missing:
        result = kase->checklist.markMissing(material);
        break;
    case MaterialState::Defective:
        if (mark.reason.trimmed().isEmpty())
            return Status::failure(tr("Say what is wrong with “%1”.").arg(material));
        result = kase->checklist.markDefective(material, mark.reason.trimmed());
        break;
    case MaterialState::NotApplicable:
        if (entry->required())
            return Status::failure(
                tr("“%1” is required and cannot be marked not applicable.").arg(material));
        if (mark.reason.trimmed().isEmpty())
            return Status::failure(tr("Say why “%1” does not apply.").arg(material));
        result = kase->checklist.markNotApplicable(material, mark.reason.trimmed());
        break;
    }
    if (result) {
        m_documents.forget(caseId);
        emit caseChanged(caseId);
    }
    return result;
}

Result<QDate> IntakeSession::latestPromiseDate(const QString &caseId) const {
    const Item *item = itemOf(caseId);
    if (!item)
        return Result<QDate>::failure(tr("No case %1 on this visit.").arg(caseId));
    return IntakeRules::latestPromiseDate(*item, m_context.calendar(), today());
}

QStringList IntakeSession::materialsToPromise(const QString &caseId) const {
    QStringList names;
    if (const IntakeCase *kase = caseById(caseId))
        for (const ChecklistEntry &e : kase->checklist.entries())
            if (e.required() && e.deferrable() && !e.satisfied())
                names << e.standard.name;
    return names;
}

IntakeMessages::Context IntakeSession::messageContext(const IntakeCase &kase) const {
    IntakeMessages::Context context;
    context.kase = &kase;
    if (const Item *item = m_catalog ? m_catalog->item(kase.itemId) : nullptr) {
        context.deferralLimitDays = item->deferralLimitDays();
        if (const auto latest =
                IntakeRules::latestPromiseDate(*item, m_context.calendar(), today()))
            context.latestPromise = latest.value();
    }
    return context;
}

template <typename D, typename F>
DecisionOutcome IntakeSession::decide(const QString &caseId, F &&apply) {
    DecisionOutcome outcome;
    IntakeCase *kase = findCase(caseId);
    if (!kase) {
        outcome.message = tr("No case %1 on this visit.").arg(caseId);
        return outcome;
    }
    if (actor().isEmpty()) {
        outcome.message = tr("Sign in first: every decision names the clerk who took it.");
        return outcome;
    }
    if (const Status desk = ensureDesk(); !desk) {
        outcome.message = desk.error();
        return outcome;
    }
    const IntakeCase before = *kase;
    Decision<D> decision = apply(*m_desk, *kase);
    if (!decision) {
        outcome.refusals = decision.refusals();
        outcome.message = IntakeMessages::refusals(outcome.refusals, messageContext(*kase));
        return outcome;
    }
    if (const Status saved = m_context.cases().saveVisit(*m_visit); !saved) {
        *kase = before; // not saved, so not taken: the screen and the database agree
        outcome.message =
            tr("The decision could not be saved, so it was not taken: %1").arg(saved.error());
        return outcome;
    }
    outcome.ok = true;
    m_documents.forget(caseId);
    emit caseChanged(caseId);
    return outcome;
}

DecisionOutcome IntakeSession::accept(const QString &caseId) {
    return decide<AcceptanceDecision>(
        caseId, [this](IntakeDesk &desk, IntakeCase &kase) { return desk.accept(kase, actor()); });
}

DecisionOutcome IntakeSession::acceptDeferred(const QString &caseId,
                                              const QMap<QString, QDate> &promises) {
    for (auto it = promises.cbegin(); it != promises.cend(); ++it) {
        MaterialMark mark;
        mark.state = MaterialState::Deferred;
        mark.promisedDate = it.value();
        if (const Status marked = markMaterial(caseId, it.key(), mark); !marked) {
            DecisionOutcome outcome;
            outcome.message = marked.error();
            return outcome;
        }
    }
    return decide<DeferredDecision>(caseId, [this](IntakeDesk &desk, IntakeCase &kase) {
        return desk.acceptDeferred(kase, actor());
    });
}

DecisionOutcome IntakeSession::requestCorrection(const QString &caseId,
                                                 const QString &justification) {
    return decide<CorrectionDecision>(
        caseId, [this, &justification](IntakeDesk &desk, IntakeCase &kase) {
            return desk.requestCorrection(kase, justification.trimmed(), actor());
        });
}

DecisionOutcome IntakeSession::refuse(const QString &caseId, const QString &reason,
                                      const QString &competentOrgan) {
    return decide<RefusalDecision>(
        caseId, [this, &reason, &competentOrgan](IntakeDesk &desk, IntakeCase &kase) {
            return desk.refuse(kase, reason.trimmed(), competentOrgan.trimmed(), actor());
        });
}

std::optional<DeadlineReading> IntakeSession::deadline(const QString &caseId,
                                                       DeadlineTrack::Basis basis) const {
    const IntakeCase *kase = caseById(caseId);
    const DeadlineTrack *track = kase ? kase->overallTrack(basis) : nullptr;
    if (!track)
        return std::nullopt;
    const auto reading = LegalClock::read(*track, m_context.calendar(), today());
    if (!reading)
        return std::nullopt;
    return reading.value();
}

std::optional<ClockStatus> IntakeSession::deadlineStatus(const QString &caseId) const {
    QList<ClockStatus> statuses;
    for (const auto basis : {DeadlineTrack::Basis::Legal, DeadlineTrack::Basis::Committed})
        if (const auto reading = deadline(caseId, basis))
            statuses << reading->status;
    if (statuses.isEmpty())
        return std::nullopt;
    return LegalClock::worst(statuses);
}

QList<NoticeDocument::Kind> IntakeSession::documentKinds(CaseState state) {
    using Kind = NoticeDocument::Kind;
    switch (state) {
    case CaseState::Received:
        return {Kind::OneTimeNotice};
    case CaseState::Accepted:
        return {Kind::AcceptanceNotice, Kind::MaterialsReceipt};
    case CaseState::DeferredAccepted:
        return {Kind::DeferredCommitment, Kind::DeferredNotice, Kind::MaterialsReceipt};
    case CaseState::CorrectionRequested:
        return {Kind::CorrectionNotice, Kind::OneTimeNotice, Kind::MaterialsReceipt};
    case CaseState::Refused:
        return {Kind::RefusalNotice};
    default:
        return {};
    }
}

Result<NoticeDocument> IntakeSession::document(const QString &caseId, NoticeDocument::Kind kind) {
    const IntakeCase *kase = caseById(caseId);
    if (!kase)
        return Result<NoticeDocument>::failure(tr("No case %1 on this visit.").arg(caseId));
    if (const Status desk = ensureDesk(); !desk)
        return Result<NoticeDocument>::failure(desk.error());
    return m_documents.document(*kase, *m_catalog, kind, m_context.calendar(), m_context.serials(),
                                today());
}

} // namespace ow
