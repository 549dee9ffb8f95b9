#pragma once

#include "idnumber.h"
#include "noticedocument.h"
#include "result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow {

// Someone acting for the applicant, with a power of attorney (委托书).
struct Agent {
    QString name;
    QString idNumber; // normalized 18 characters after validate()
    QString phone;
    bool powerOfAttorney = false; // the power of attorney was presented
    friend bool operator==(const Agent &, const Agent &) = default;
};

// The applicant's standing in the credit system; a blacklisted applicant may not use deferred
// acceptance (DESIGN §4).
struct CreditStatus {
    bool blacklisted = false;
    QString reason; // why, as recorded by the credit system or a CreditMark
    friend bool operator==(const CreditStatus &, const CreditStatus &) = default;
};

// The data read from a resident ID card's chip (or typed from it).
struct IdCardData {
    QString nation;    // 民族
    QString address;   // 住址
    QString authority; // 签发机关
    QDate validFrom;
    QDate validUntil; // invalid date = 长期 (long-term)
    friend bool operator==(const IdCardData &, const IdCardData &) = default;
};

// The party applying: a natural person identified by a resident ID number, or a legal person
// (enterprise, institution, organisation) identified by its unified social credit code.
struct Applicant {
    enum class Kind { NaturalPerson, LegalPerson };

    Kind kind = Kind::NaturalPerson;
    QString name;       // person's name or the organisation's registered name
    QString idNumber;   // natural person: ID number (normalized by validate())
    QString creditCode; // legal person: unified social credit code (normalized)
    // Derived from the ID number by validate(); natural persons only.
    IdNumberCheck::Sex sex = IdNumberCheck::Sex::Unknown;
    QDate birthDate;
    IdCardData card;
    // Legal persons.
    QString legalRepresentative;
    QString contactPerson;
    QString phone;
    std::optional<Agent> agent;
    CreditStatus credit;

    // The key that identifies the same applicant across visits: ID number or credit code.
    QString key() const { return kind == Kind::NaturalPerson ? idNumber : creditCode; }
    // The identifier as shown on screens: ID numbers masked (150302********1238), credit codes
    // in full (they are public registration data).
    QString displayId() const;
    // The identifier as printed on a document of this kind (see IdentityDisclosure).
    QString documentId(NoticeDocument::Kind kind) const;
    // The contact person printed on notices: the contact person, the agent, or the applicant.
    QString contactName() const;

    // Checks the identifier (IdNumber / CreditCode), the required names and the agent, and
    // normalizes the numbers and fills sex and birth date. Every problem is returned, one
    // message each, naming the field. `today` drives the "birth not in the future" rule.
    QStringList validate(const QDate &today);

    friend bool operator==(const Applicant &, const Applicant &) = default;
};

// Where the full ID number may appear (docs/intake.md): only on documents that identify the
// applicant as a party to a legal act and that the applicant signs or keeps as proof of it
// (受理通知书, 不予受理通知书, 容缺受理承诺书, 容缺受理通知书). Information documents
// (一次性告知书, 补正材料通知书, 收件清单) show the masked number. Screens and logs always mask.
class IdentityDisclosure {
public:
    static bool fullNumberRequired(NoticeDocument::Kind kind);
};

} // namespace ow
