#pragma once

#include "intakecase.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ow {

// One visit (a ticket): one applicant, several cases (一窗办多事).
struct Visit {
    QString id;
    QString ticket; // queue ticket number, may be empty (walk-in)
    Applicant applicant;
    QDateTime openedAt;
    QDateTime closedAt;
    QList<IntakeCase> cases;

    // Opens a case for `item` on this visit (case id: visit id + "-" + sequence number).
    // Refused when the item does not serve this kind of applicant or is already open here.
    // The pointer stays valid until the next addCase.
    Result<IntakeCase *> addCase(const Item &item, const QString &actor, const Clock &clock);
    IntakeCase *caseById(const QString &caseId);
};

} // namespace ow
