#pragma once

#include "visit.h"

#include <QJsonObject>

namespace ow {

// The whole visit as one JSON object: what the client pushes as entity "visit" (docs/sync.md).
// Every field of the visit, its applicant and each case (history, checklist, notices,
// commitments with supplies, violations, deadline tracks with pauses and extensions) is
// written, so the server copy loses nothing. Key order is fixed by QJsonObject, so equal visits
// give equal bytes.
class VisitJson {
public:
    static QJsonObject visit(const Visit &visit);
    static QJsonObject intakeCase(const IntakeCase &kase);
};

} // namespace ow
