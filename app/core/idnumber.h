#pragma once

#include <QDate>
#include <QString>

namespace ow {

// The outcome of checking one citizen ID number; derived fields are filled only when valid.
struct IdNumberCheck {
    enum class Sex { Unknown, Male, Female };
    enum class Kind {
        Unknown,
        Resident,                 // mainland resident (and Taiwan prefix 71)
        HkMacaoTaiwanPermit,      // residence permits, prefixes 81 / 82 / 83
        ForeignPermanentResident, // 2023 foreigner permanent-residence card, leading 9
    };

    bool valid = false;
    QString reason;     // English, why it is invalid; empty when valid
    QString normalized; // 18 characters, upper-case X; 15-digit input upgraded
    bool upgradedFrom15 = false;
    QDate birthDate;
    Sex sex = Sex::Unknown;
    Kind kind = Kind::Unknown;
};

// GB 11643-1999 citizen ID numbers (identifiers.md §2.1). Pure functions; the caller passes
// today's date so tests and replayed scenarios control the "birth not in the future" rule.
class IdNumber {
public:
    // Surrounding blanks are ignored and a lower-case x is accepted as X: clerks type
    // numbers by hand, and the standard's upper-case rule is about how the number is
    // written, so the normalized form always carries upper-case X.
    // An invalid `today` skips only the "birth date not in the future" rule.
    static IdNumberCheck check(const QString &text, const QDate &today);

    // For screens and logs: first 6 and last 4 characters, the rest as '*'
    // ("150302********1238"). Input shorter than 10 characters is masked entirely.
    static QString mask(const QString &id);

    // The check character for the first 17 digits (ISO 7064 MOD 11-2), or '\0' when the
    // input is not 17 digits.
    static QChar checkCharacter(QStringView first17);

    static QString sexName(IdNumberCheck::Sex sex);    // "male" / "female" / "unknown"
    static QString kindName(IdNumberCheck::Kind kind); // "resident", ...
};

} // namespace ow
