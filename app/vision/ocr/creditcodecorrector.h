#pragma once

#include <QString>

#include <optional>

namespace ow::vision {

// A credit code found in OCR text, possibly after correcting look-alike characters.
struct CorrectedCreditCode {
    QString code;          // 18 characters that pass CreditCode::check
    int substitutions = 0; // characters changed from what OCR read
};

// Finds a unified social credit code in a line of OCR text. OCR confuses O/0, I/1, Z/2, S/5,
// B/8, G/6, D/0, Q/0, L/1 and T/7; the code's two check characters (positions 17 and 18) tell
// which reading is right, so candidates are tried with the fewest changes first. The letters
// I, O, Z, S and V never occur in a code and are always replaced.
class CreditCodeCorrector {
public:
    // Label text, spaces, full-width characters and punctuation around the code are ignored.
    static std::optional<CorrectedCreditCode> find(const QString &ocrText);

    // Corrects exactly 18 characters; none when no reading within the change budget is valid.
    static std::optional<CorrectedCreditCode> correct(const QString &eighteen);
};

} // namespace ow::vision
