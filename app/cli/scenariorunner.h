#pragma once

#include "catalog.h"
#include "documentnumber.h"
#include "noticedocument.h"
#include "scenario.h"
#include "visit.h"
#include "workcalendar.h"

#include <QList>
#include <QString>

#include <optional>

namespace ow::cli {

// A document the run printed: the content, and the file it goes to (DIR/<case>-<kind>.pdf).
struct PrintedDocument {
    QString caseId;
    QString fileName;
    NoticeDocument document;
};

struct ScenarioRun {
    Visit visit;
    QList<PrintedDocument> documents;
    QDate lastDay; // the day of the last step (deadlines are read on it)
};

// Plays a checked scenario through the same core code as the workstation: Visit::addCase,
// the Checklist setters, IntakeDesk's decisions, CommitmentLedger::supply and NoticeBuilder,
// with a ManualClock moved to each step's time. A refused decision is an error naming the
// scenario path (the material it is about, or the step's decision).
class ScenarioRunner {
public:
    ScenarioRunner(const Catalog &catalog, const WorkCalendar &calendar)
        : m_catalog(catalog)
        , m_calendar(calendar) {}

    std::optional<ScenarioRun> run(const Scenario &scenario, const QString &visitId,
                                   DocumentSerialCounter &counter, QList<ScenarioError> &errors);

    // The documents a decision prints, in order.
    static QList<NoticeDocument::Kind> documentsOf(ScenarioDecision decision);

private:
    bool step(const Scenario &scenario, const ScenarioStep &step, IntakeCase &kase,
              const Item &item, DocumentSerialCounter &counter, ScenarioRun &run,
              QList<ScenarioError> &errors);
    bool decide(const ScenarioStep &step, IntakeCase &kase, const QString &actor,
                DocumentSerialCounter &counter, QList<ScenarioError> &errors);

    const Catalog &m_catalog;
    const WorkCalendar &m_calendar;
    ManualClock m_clock{QDateTime()};
};

} // namespace ow::cli
