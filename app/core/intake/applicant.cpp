#include "applicant.h"

#include <QCoreApplication>

#include "creditcode.h"

namespace ow {

QString Applicant::displayId() const {
    return kind == Kind::NaturalPerson ? IdNumber::mask(idNumber) : creditCode;
}

QString Applicant::documentId(NoticeDocument::Kind documentKind) const {
    if (kind == Kind::LegalPerson)
        return creditCode;
    return IdentityDisclosure::fullNumberRequired(documentKind) ? idNumber
                                                                : IdNumber::mask(idNumber);
}

QString Applicant::contactName() const {
    if (!contactPerson.isEmpty())
        return contactPerson;
    if (agent && !agent->name.isEmpty())
        return agent->name;
    return kind == Kind::LegalPerson ? legalRepresentative : name;
}

QStringList Applicant::validate(const QDate &today) {
    QStringList problems;
    name = name.trimmed();
    if (name.isEmpty())
        problems << (kind == Kind::NaturalPerson
                         ? QCoreApplication::translate("ow::Applicant",
                                                       "applicant name: must not be empty")
                         : QCoreApplication::translate(
                               "ow::Applicant",
                               "applicant name: the registered name must not be empty"));
    if (kind == Kind::NaturalPerson) {
        const IdNumberCheck check = IdNumber::check(idNumber, today);
        if (!check.valid) {
            // The message names the field but never repeats the full number (personal data).
            problems << QCoreApplication::translate("ow::Applicant", "applicant ID number %1: %2")
                            .arg(IdNumber::mask(idNumber.trimmed()), check.reason);
        } else {
            idNumber = check.normalized;
            sex = check.sex;
            birthDate = check.birthDate;
        }
        if (card.validUntil.isValid() && today.isValid() && card.validUntil < today)
            problems << QCoreApplication::translate("ow::Applicant",
                                                    "applicant ID card: expired on %1")
                            .arg(card.validUntil.toString(Qt::ISODate));
    } else {
        const CreditCodeCheck check = CreditCode::check(creditCode);
        if (!check.valid)
            problems << QCoreApplication::translate("ow::Applicant",
                                                    "applicant credit code \"%1\": %2")
                            .arg(creditCode.trimmed(), check.reason);
        else
            creditCode = check.normalized;
        if (legalRepresentative.trimmed().isEmpty())
            problems << QCoreApplication::translate("ow::Applicant",
                                                    "legal representative: must not be empty");
    }
    if (agent) {
        if (agent->name.trimmed().isEmpty())
            problems << QCoreApplication::translate("ow::Applicant",
                                                    "agent name: must not be empty");
        const IdNumberCheck check = IdNumber::check(agent->idNumber, today);
        if (!check.valid)
            problems << QCoreApplication::translate("ow::Applicant", "agent ID number %1: %2")
                            .arg(IdNumber::mask(agent->idNumber.trimmed()), check.reason);
        else
            agent->idNumber = check.normalized;
        if (!agent->powerOfAttorney)
            problems << QCoreApplication::translate(
                "ow::Applicant", "agent: a power of attorney (授权委托书) is required");
    }
    return problems;
}

bool IdentityDisclosure::fullNumberRequired(NoticeDocument::Kind kind) {
    switch (kind) {
    case NoticeDocument::Kind::AcceptanceNotice:
    case NoticeDocument::Kind::RefusalNotice:
    case NoticeDocument::Kind::DeferredCommitment:
    case NoticeDocument::Kind::DeferredNotice:
        return true;
    case NoticeDocument::Kind::OneTimeNotice:
    case NoticeDocument::Kind::CorrectionNotice:
    case NoticeDocument::Kind::MaterialsReceipt:
        return false;
    }
    return false;
}

} // namespace ow
