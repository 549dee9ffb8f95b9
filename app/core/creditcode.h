#pragma once

#include <QString>

namespace ow {

// The outcome of checking one unified social credit code.
struct CreditCodeCheck {
    enum class Problem {
        None,
        Format,           // length, character set or the digits-only division field
        OrganisationCode, // GB 11714 check character at position 17
        CheckCharacter,   // GB 32100 check character at position 18
    };

    bool valid = false;
    Problem problem = Problem::None;
    QString reason;     // English, why it is invalid; empty when valid
    QString normalized; // trimmed, upper case
};

// GB 32100-2015 unified social credit codes (identifiers.md §2.2), including the embedded
// GB 11714 organisation code at positions 9-17.
class CreditCode {
public:
    // Surrounding blanks are ignored and lower-case letters are accepted as upper case.
    static CreditCodeCheck check(const QString &text);

    // English meaning of the department/category prefix (positions 1-2), or an empty
    // string for prefixes the spec does not list.
    static QString categoryName(const QString &code);
};

} // namespace ow
