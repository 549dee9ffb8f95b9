#include "creditcode.h"

#include <QCoreApplication>

#include <array>

namespace ow {

namespace {

// The 31 characters of the code, in value order: no I, O, Z, S or V.
constexpr QLatin1String kCharset("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr std::array<int, 17> kCodeWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                              29, 25, 13, 8,  24, 10, 30, 28};
constexpr std::array<int, 8> kOrgWeights = {3, 7, 9, 10, 5, 8, 4, 2};

bool isAsciiDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

CreditCodeCheck failure(CreditCodeCheck::Problem problem, QString reason) {
    CreditCodeCheck result;
    result.problem = problem;
    result.reason = std::move(reason);
    return result;
}

QString formatProblem(const QString &code) {
    if (code.isEmpty())
        return QCoreApplication::translate("ow::CreditCode", "the credit code is empty");
    if (code.size() != 18)
        return QCoreApplication::translate("ow::CreditCode",
                                           "a credit code has 18 characters, got %1")
            .arg(code.size());
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (!kCharset.contains(c)) {
            return QCoreApplication::translate(
                       "ow::CreditCode", "character '%1' at position %2 is not allowed in a credit "
                                         "code (digits and A-Z without I, O, Z, S, V)")
                .arg(c)
                .arg(i + 1);
        }
        // Positions 3-8 hold the administrative division code, which is numeric.
        if (i >= 2 && i < 8 && !isAsciiDigit(c)) {
            return QCoreApplication::translate(
                       "ow::CreditCode", "character '%1' at position %2 must be a digit (positions "
                                         "3-8 are the administrative division code)")
                .arg(c)
                .arg(i + 1);
        }
    }
    return {};
}

// GB 11714 values run over the full alphabet (A = 10 ... Z = 35), unlike the credit code's.
int organisationValue(QChar c) {
    return isAsciiDigit(c) ? c.unicode() - '0' : c.unicode() - 'A' + 10;
}

QChar organisationCheckCharacter(QStringView body8) {
    int sum = 0;
    for (qsizetype i = 0; i < 8; ++i)
        sum += organisationValue(body8.at(i)) * kOrgWeights[static_cast<size_t>(i)];
    const int check = 11 - sum % 11;
    if (check == 10)
        return QLatin1Char('X');
    if (check == 11)
        return QLatin1Char('0');
    return QLatin1Char(static_cast<char>('0' + check));
}

QChar codeCheckCharacter(QStringView first17) {
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        sum += static_cast<int>(kCharset.indexOf(first17.at(i))) *
               kCodeWeights[static_cast<size_t>(i)];
    }
    const int check = (31 - sum % 31) % 31;
    return kCharset.at(check);
}

} // namespace

CreditCodeCheck CreditCode::check(const QString &text) {
    const QString code = text.trimmed().toUpper();
    if (const QString problem = formatProblem(code); !problem.isEmpty())
        return failure(CreditCodeCheck::Problem::Format, problem);

    const QChar orgExpected = organisationCheckCharacter(QStringView(code).mid(8, 8));
    if (code.at(16) != orgExpected) {
        return failure(
            CreditCodeCheck::Problem::OrganisationCode,
            QCoreApplication::translate("ow::CreditCode",
                                        "organisation code check character (position 17) is %1, "
                                        "expected %2")
                .arg(code.at(16))
                .arg(orgExpected));
    }
    const QChar expected = codeCheckCharacter(QStringView(code).left(17));
    if (code.at(17) != expected) {
        return failure(CreditCodeCheck::Problem::CheckCharacter,
                       QCoreApplication::translate(
                           "ow::CreditCode", "check character (position 18) is %1, expected %2")
                           .arg(code.at(17))
                           .arg(expected));
    }
    CreditCodeCheck result;
    result.valid = true;
    result.normalized = code;
    return result;
}

QString CreditCode::categoryName(const QString &code) {
    const QString prefix = code.trimmed().toUpper().left(2);
    struct Category {
        const char *prefix;
        const char *name;
    };
    static constexpr Category kCategories[] = {
        {"11", "government organ"},
        {"12", "public institution"},
        {"51", "social organisation"},
        {"52", "private non-enterprise unit"},
        {"53", "foundation"},
        {"91", "enterprise"},
        {"92", "individual business"},
        {"93", "farmers' cooperative"},
        {"Y1", "other"},
    };
    for (const auto &category : kCategories) {
        if (prefix == QLatin1String(category.prefix))
            return QString::fromLatin1(category.name);
    }
    return {};
}

} // namespace ow
