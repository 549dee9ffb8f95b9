#pragma once

#include "applicant.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace ow {

// The applicant panel's checks, with messages in the clerk's language (the core's
// Applicant::validate() speaks English for logs and scripts). Numbers in messages are masked.
class ApplicantCheck {
    Q_DECLARE_TR_FUNCTIONS(ApplicantCheck)
public:
    // Why the typed ID number is not valid, or an empty string.
    static QString idNumberProblem(const QString &text, const QDate &today);
    // Why the typed credit code is not valid, or an empty string.
    static QString creditCodeProblem(const QString &text);
    // Every problem of the applicant (identifier, names, agent), one message each.
    static QStringList problems(const Applicant &applicant, const QDate &today);
};

} // namespace ow
