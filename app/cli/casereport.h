#pragma once

#include "intakecase.h"
#include "scenariorunner.h"
#include "workcalendar.h"

#include <QJsonObject>

namespace ow::cli {

// The JSON the CLI writes for a case (docs/scenario-format.md "Output"): state, events,
// checklist, deadlines read on `today`, notices, commitments, violations and the printed files.
// ID numbers are masked; the printed documents carry them where the law asks.
class CaseReport {
public:
    static QJsonObject toJson(const IntakeCase &kase, const QList<PrintedDocument> &documents,
                              const WorkCalendar &calendar, const QDate &today);
};

} // namespace ow::cli
