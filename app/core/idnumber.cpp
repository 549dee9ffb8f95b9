#include "idnumber.h"

#include <QCoreApplication>

#include <array>

namespace ow {

namespace {

constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
// Index = weighted sum mod 11.
constexpr char kCheckChars[] = "10X98765432";
constexpr int kEarliestBirthYear = 1900;

bool isAsciiDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allDigits(QStringView s) {
    for (const QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// Province-level prefixes accepted by the pragmatic address check (identifiers.md §2.1 step 4).
bool isKnownProvincePrefix(int prefix) {
    const auto in = [prefix](int low, int high) { return prefix >= low && prefix <= high; };
    return in(11, 15) || in(21, 23) || in(31, 37) || in(41, 46) || in(50, 54) || in(61, 65) ||
           prefix == 71 || in(81, 83);
}

// First problem with the characters of an 18- or 15-character number, or an empty string.
QString formatProblem(const QString &id) {
    if (id.isEmpty())
        return QCoreApplication::translate("ow::IdNumber", "the ID number is empty");
    if (id.size() != 18 && id.size() != 15) {
        return QCoreApplication::translate(
                   "ow::IdNumber", "an ID number has 18 characters (or 15 digits in the old form), "
                                   "got %1")
            .arg(id.size());
    }
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (isAsciiDigit(c))
            continue;
        if (c == QLatin1Char('X') && i == 17)
            continue;
        if (c == QLatin1Char('X')) {
            return QStringLiteral("'X' is only allowed as the last of 18 characters, found at "
                                  "position %1")
                .arg(i + 1);
        }
        return QCoreApplication::translate(
                   "ow::IdNumber",
                   "character '%1' at position %2 is not allowed (only digits, and X "
                   "as the check character)")
            .arg(c)
            .arg(i + 1);
    }
    return {};
}

// Birth-date rule (step 3); fills *birth and returns an empty string when acceptable.
QString birthDateProblem(QStringView yyyymmdd, const QDate &today, QDate *birth) {
    const int year = yyyymmdd.mid(0, 4).toInt();
    const int month = yyyymmdd.mid(4, 2).toInt();
    const int day = yyyymmdd.mid(6, 2).toInt();
    const QDate date(year, month, day);
    if (!date.isValid()) {
        return QCoreApplication::translate("ow::IdNumber",
                                           "birth date %1-%2-%3 is not a real calendar date")
            .arg(yyyymmdd.mid(0, 4), yyyymmdd.mid(4, 2), yyyymmdd.mid(6, 2));
    }
    if (year < kEarliestBirthYear) {
        return QCoreApplication::translate("ow::IdNumber",
                                           "birth date %1 is before %2, which is not plausible")
            .arg(date.toString(Qt::ISODate))
            .arg(kEarliestBirthYear);
    }
    if (today.isValid() && date > today) {
        return QCoreApplication::translate("ow::IdNumber",
                                           "birth date %1 is in the future (today is %2)")
            .arg(date.toString(Qt::ISODate), today.toString(Qt::ISODate));
    }
    *birth = date;
    return {};
}

IdNumberCheck invalid(QString reason) {
    IdNumberCheck result;
    result.reason = std::move(reason);
    return result;
}

} // namespace

QChar IdNumber::checkCharacter(QStringView first17) {
    if (first17.size() != 17 || !allDigits(first17))
        return QChar();
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * kWeights[static_cast<size_t>(i)];
    return QLatin1Char(kCheckChars[sum % 11]);
}

IdNumberCheck IdNumber::check(const QString &text, const QDate &today) {
    const QString id = text.trimmed().toUpper();
    if (const QString problem = formatProblem(id); !problem.isEmpty())
        return invalid(problem);

    const bool oldForm = id.size() == 15;
    // The old form has a two-digit year of the 1900s and no check character (step "upgrade").
    const QString first17 = oldForm ? id.left(6) + QStringLiteral("19") + id.mid(6) : id.left(17);
    const QChar expected = checkCharacter(first17);
    if (!oldForm && id.at(17) != expected) {
        return invalid(QCoreApplication::translate("ow::IdNumber", "check digit is %1, expected %2")
                           .arg(id.at(17))
                           .arg(expected));
    }

    IdNumberCheck result;
    if (const QString problem =
            birthDateProblem(QStringView(first17).mid(6, 8), today, &result.birthDate);
        !problem.isEmpty()) {
        return invalid(problem);
    }

    // The 2023 foreigner card reuses the algorithm but gives the leading digits another
    // meaning, so the province check does not apply to it (identifiers.md §2.1 step 6).
    const bool foreigner = !oldForm && first17.at(0) == QLatin1Char('9');
    const int prefix = QStringView(first17).left(2).toInt();
    if (!foreigner && !isKnownProvincePrefix(prefix)) {
        return invalid(QCoreApplication::translate(
                           "ow::IdNumber", "address code starts with %1, which is not a known "
                                           "province code")
                           .arg(QStringView(first17).left(2)));
    }

    result.valid = true;
    result.normalized = first17 + expected;
    result.upgradedFrom15 = oldForm;
    const int sequenceLast = first17.at(16).unicode() - '0';
    result.sex = sequenceLast % 2 == 1 ? IdNumberCheck::Sex::Male : IdNumberCheck::Sex::Female;
    if (foreigner)
        result.kind = IdNumberCheck::Kind::ForeignPermanentResident;
    else if (prefix >= 81 && prefix <= 83)
        result.kind = IdNumberCheck::Kind::HkMacaoTaiwanPermit;
    else
        result.kind = IdNumberCheck::Kind::Resident;
    return result;
}

QString IdNumber::mask(const QString &id) {
    constexpr qsizetype kShownHead = 6;
    constexpr qsizetype kShownTail = 4;
    if (id.size() < kShownHead + kShownTail)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(kShownHead) + QString(id.size() - kShownHead - kShownTail, QLatin1Char('*')) +
           id.right(kShownTail);
}

QString IdNumber::sexName(IdNumberCheck::Sex sex) {
    switch (sex) {
    case IdNumberCheck::Sex::Male:
        return QStringLiteral("male");
    case IdNumberCheck::Sex::Female:
        return QStringLiteral("female");
    case IdNumberCheck::Sex::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString IdNumber::kindName(IdNumberCheck::Kind kind) {
    switch (kind) {
    case IdNumberCheck::Kind::Resident:
        return QStringLiteral("resident");
    case IdNumberCheck::Kind::HkMacaoTaiwanPermit:
        return QStringLiteral("Hong Kong/Macao/Taiwan residence permit");
    case IdNumberCheck::Kind::ForeignPermanentResident:
        return QStringLiteral("foreign permanent resident");
    case IdNumberCheck::Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace ow
