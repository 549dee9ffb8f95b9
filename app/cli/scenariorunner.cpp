#include "scenariorunner.h"

#include "commitmentledger.h"
#include "intakedesk.h"
#include "intakejson.h"
#include "noticebuilder.h"

namespace ow::cli {

namespace {

Status applyMaterial(Checklist &list, const ScenarioMaterial &m) {
    switch (m.state) {
    case MaterialState::Received:
        return list.markReceived(m.name, m.original, m.count);
    case MaterialState::FromELicence:
        return list.markFromELicence(m.name, m.source);
    case MaterialState::Deferred:
        return list.markDeferred(m.name, m.promised);
    case MaterialState::Missing:
        return list.markMissing(m.name);
    case MaterialState::Defective:
        return list.markDefective(m.name, m.reason);
    case MaterialState::NotApplicable:
        return list.markNotApplicable(m.name, m.reason);
    }
    return {};
}

// The refusals of a decision as scenario errors: those about a material point at it.
template <typename T>
void report(const Decision<T> &decision, const ScenarioStep &step, QList<ScenarioError> &errors) {
    for (const IntakeRefusal &r : decision.refusals())
        errors << ScenarioError{r.material.isEmpty()
                                    ? step.path + QStringLiteral(".decision")
                                    : ScenarioReader::materialPath(step.path, r.material),
                                QStringLiteral("cannot %1 (%2): %3")
                                    .arg(ScenarioReader::decisionName(step.decision),
                                         IntakeRefusal::codeName(r.code), r.message)};
}

} // namespace

QList<NoticeDocument::Kind> ScenarioRunner::documentsOf(ScenarioDecision decision) {
    using K = NoticeDocument::Kind;
    switch (decision) {
    case ScenarioDecision::None:
        return {};
    case ScenarioDecision::Accept:
        return {K::AcceptanceNotice, K::MaterialsReceipt};
    case ScenarioDecision::AcceptDeferred:
        return {K::DeferredCommitment, K::DeferredNotice, K::MaterialsReceipt};
    case ScenarioDecision::Correct:
        return {K::CorrectionNotice, K::MaterialsReceipt};
    case ScenarioDecision::Refuse:
        return {K::RefusalNotice};
    }
    return {};
}

std::optional<ScenarioRun> ScenarioRunner::run(const Scenario &scenario, const QString &visitId,
                                               DocumentSerialCounter &counter,
                                               QList<ScenarioError> &errors) {
    m_clock.set(scenario.now);
    ScenarioRun run;
    run.visit.id = visitId;
    run.visit.ticket = scenario.ticket;
    run.visit.applicant = scenario.applicant;
    run.visit.openedAt = scenario.now;
    run.lastDay = scenario.now.date();
    QDateTime last = scenario.now;
    for (const ScenarioCase &sc : scenario.cases) {
        const Item *item = m_catalog.item(sc.itemId);
        m_clock.set(scenario.now);
        auto added = run.visit.addCase(*item, scenario.officerName, m_clock);
        if (!added) {
            errors << ScenarioError{sc.path + QStringLiteral(".item"), added.error()};
            return std::nullopt;
        }
        // Later cases may append to the list: keep the id, not the pointer.
        const QString caseId = added.value()->id;
        added.value()->officerPhone = scenario.officerPhone;
        for (const ScenarioStep &st : sc.steps) {
            if (!step(scenario, st, *run.visit.caseById(caseId), *item, counter, run, errors))
                return std::nullopt;
            last = std::max(last, st.at);
        }
    }
    run.visit.closedAt = last;
    run.lastDay = last.date();
    return run;
}

bool ScenarioRunner::step(const Scenario &scenario, const ScenarioStep &st, IntakeCase &kase,
                          const Item &item, DocumentSerialCounter &counter, ScenarioRun &run,
                          QList<ScenarioError> &errors) {
    m_clock.set(st.at);
    for (const ScenarioMaterial &m : st.materials)
        if (Status s = applyMaterial(kase.checklist, m); !s) {
            errors << ScenarioError{m.path, s.error()};
            return false;
        }
    for (const ScenarioSupply &supply : st.supplies) {
        Commitment *open = nullptr;
        for (Commitment &c : kase.commitments)
            if (c.material == supply.material && c.state == Commitment::State::Open)
                open = &c;
        if (!open) {
            errors << ScenarioError{
                supply.path, QStringLiteral("the case has no open commitment for \"%1\" to supply")
                                 .arg(supply.material)};
            return false;
        }
        Status s = CommitmentLedger::supply(*open, supply.what, supply.complete,
                                            scenario.officerName, m_clock);
        if (s && supply.complete) // the promised material is now on file
            s = kase.checklist.markReceived(supply.material, true,
                                            std::max(1, item.material(supply.material)->count));
        if (!s) {
            errors << ScenarioError{supply.path, s.error()};
            return false;
        }
    }
    if (st.decision == ScenarioDecision::None)
        return true;
    if (!decide(st, kase, scenario.officerName, counter, errors))
        return false;

    NoticeBuilder builder(m_calendar, counter, m_clock.today());
    NoticeContext context;
    context.kase = &kase;
    context.item = &item;
    context.department = m_catalog.department(item.deptId);
    context.agency = m_catalog.agencyAbbrev(item);
    context.organ = scenario.organ;
    context.officer = scenario.officerName;
    context.officerPhone = scenario.officerPhone;
    context.queryBase = scenario.queryBase;
    for (NoticeDocument::Kind kind : documentsOf(st.decision)) {
        auto doc = builder.build(kind, context);
        if (!doc) {
            errors << ScenarioError{st.path + QStringLiteral(".decision"), doc.error()};
            return false;
        }
        const QString base = QStringLiteral("%1-%2").arg(kase.id, IntakeJson::noticeKindName(kind));
        QString fileName = base + QStringLiteral(".pdf");
        for (int n = 2;
             std::any_of(run.documents.cbegin(), run.documents.cend(),
                         [&](const PrintedDocument &d) { return d.fileName == fileName; });
             ++n)
            fileName = QStringLiteral("%1-%2.pdf").arg(base).arg(n);
        run.documents << PrintedDocument{kase.id, fileName, doc.value()};
    }
    return true;
}

bool ScenarioRunner::decide(const ScenarioStep &st, IntakeCase &kase, const QString &actor,
                            DocumentSerialCounter &counter, QList<ScenarioError> &errors) {
    IntakeDesk desk(m_catalog, m_calendar, m_clock, counter);
    const qsizetype before = errors.size();
    switch (st.decision) {
    case ScenarioDecision::None:
        break;
    case ScenarioDecision::Accept:
        report(desk.accept(kase, actor), st, errors);
        break;
    case ScenarioDecision::AcceptDeferred:
        report(desk.acceptDeferred(kase, actor), st, errors);
        break;
    case ScenarioDecision::Correct:
        report(desk.requestCorrection(kase, st.justification, actor), st, errors);
        break;
    case ScenarioDecision::Refuse:
        report(desk.refuse(kase, st.reason, st.competentOrgan, actor), st, errors);
        break;
    }
    return errors.size() == before;
}

} // namespace ow::cli
