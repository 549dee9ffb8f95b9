#include "businesslicence.h"

#include "creditcode.h"

#include <QRegularExpression>

namespace ow::vision {

QString creditCodeFromText(const QString &text) {
    // 18 characters from the code's alphabet, not part of a longer run (a URL's other tokens).
    static const QRegularExpression candidate(
        QStringLiteral("(?<![0-9A-Za-z])([0-9A-Za-z]{18})(?![0-9A-Za-z])"));
    auto matches = candidate.globalMatch(text);
    while (matches.hasNext()) {
        const CreditCodeCheck check = CreditCode::check(matches.next().captured(1));
        if (check.valid)
            return check.normalized;
    }
    return {};
}

QString creditCodeFromBarcodes(const std::vector<Barcode> &codes) {
    for (const Barcode &code : codes) {
        if (code.format != QLatin1String("QRCode"))
            continue;
        const QString found = creditCodeFromText(code.text);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

} // namespace ow::vision
