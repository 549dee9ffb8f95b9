#include "applicantcheck.h"

#include "creditcode.h"
#include "idnumber.h"

#include <QCoreApplication>

namespace ow {

namespace {

bool allDigits(QStringView text) {
    for (const QChar c : text)
        if (!c.isDigit())
            return false;
    return true;
}

} // namespace

QString ApplicantCheck::idNumberProblem(const QString &text, const QDate &today) {
    const QString id = text.trimmed().toUpper();
    const IdNumberCheck check = IdNumber::check(id, today);
    if (check.valid)
        return {};
    if (id.isEmpty())
        return tr("Enter the ID number.");
    if (id.size() != 18 && id.size() != 15)
        return tr("An ID number has 18 characters; %1 typed.").arg(id.size());
    const bool digitsOk = id.size() == 18 ? allDigits(QStringView(id).left(17)) &&
                                                (id.at(17).isDigit() || id.at(17) == u'X')
                                          : allDigits(id);
    if (!digitsOk)
        return tr("Only digits are allowed, and X only as the last character.");
    if (id.size() == 18) {
        const QDate birth = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
        if (!birth.isValid())
            return tr("The birth date in the number (%1) is not a real date.").arg(id.mid(6, 8));
        if (today.isValid() && birth > today)
            return tr("The birth date in the number lies in the future.");
        if (IdNumber::checkCharacter(QStringView(id).left(17)) != id.at(17))
            return tr("The check digit does not match: please check the number for a typing "
                      "error.");
    }
    return tr("The ID number is not valid: %1").arg(check.reason);
}

QString ApplicantCheck::creditCodeProblem(const QString &text) {
    const QString code = text.trimmed().toUpper();
    const CreditCodeCheck check = CreditCode::check(code);
    if (check.valid)
        return {};
    if (code.isEmpty())
        return tr("Enter the unified social credit code.");
    switch (check.problem) {
    case CreditCodeCheck::Problem::Format:
        if (code.size() != 18)
            return tr("A unified social credit code has 18 characters; %1 typed.").arg(code.size());
        return tr("The credit code contains a character that is not allowed (I, O, S, V, Z "
                  "and punctuation never occur).");
    case CreditCodeCheck::Problem::OrganisationCode:
        return tr("The organisation code inside the credit code (characters 9–17) does not "
                  "check: please check the code for a typing error.");
    case CreditCodeCheck::Problem::CheckCharacter:
        return tr("The check character (the last one) does not match: please check the code "
                  "for a typing error.");
    case CreditCodeCheck::Problem::None:
        break;
    }
    return tr("The credit code is not valid: %1").arg(check.reason);
}

QStringList ApplicantCheck::problems(const Applicant &applicant, const QDate &today) {
    QStringList problems;
    const bool natural = applicant.kind == Applicant::Kind::NaturalPerson;
    if (applicant.name.trimmed().isEmpty())
        problems << (natural ? tr("Enter the applicant's name.")
                             : tr("Enter the registered name of the organisation."));
    if (natural) {
        if (const QString p = idNumberProblem(applicant.idNumber, today); !p.isEmpty())
            problems << tr("ID number: %1").arg(p);
    } else {
        if (const QString p = creditCodeProblem(applicant.creditCode); !p.isEmpty())
            problems << tr("Credit code: %1").arg(p);
        if (applicant.legalRepresentative.trimmed().isEmpty())
            problems << tr("Enter the legal representative.");
    }
    if (applicant.agent) {
        if (applicant.agent->name.trimmed().isEmpty())
            problems << tr("Enter the agent's name.");
        if (const QString p = idNumberProblem(applicant.agent->idNumber, today); !p.isEmpty())
            problems << tr("Agent's ID number: %1").arg(p);
        if (!applicant.agent->powerOfAttorney)
            problems << tr("An agent must present a power of attorney.");
    }
    return problems;
}

} // namespace ow
