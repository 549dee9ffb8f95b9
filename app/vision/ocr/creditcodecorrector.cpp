#include "creditcodecorrector.h"

#include "creditcode.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace ow::vision {

namespace {

const QString kCodeCharacters = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr int kCodeLength = 18;
constexpr int kMaxOptionalChanges = 2; // beyond that a "match" is more likely chance than a code

// Characters OCR takes for one another, in both directions.
QString lookAlikes(QChar c) {
    switch (c.unicode()) {
    case '0':
        return QStringLiteral("DQU");
    case 'O':
    case 'D':
    case 'Q':
    case 'U':
        return QStringLiteral("0");
    case '1':
        return QStringLiteral("LTJ");
    case 'I':
    case 'L':
    case 'J':
        return QStringLiteral("1");
    case '2':
        return QStringLiteral("Z");
    case 'Z':
        return QStringLiteral("2");
    case '5':
        return QStringLiteral("S");
    case 'S':
        return QStringLiteral("5");
    case '6':
        return QStringLiteral("G");
    case 'G':
        return QStringLiteral("6");
    case '7':
        return QStringLiteral("T");
    case 'T':
        return QStringLiteral("71");
    case '8':
        return QStringLiteral("B");
    case 'B':
        return QStringLiteral("8");
    case 'V':
        return QStringLiteral("UY");
    default:
        return {};
    }
}

// Positions 3-8 are an administrative division code: digits only.
bool allowedAt(QChar c, int position) {
    if (position >= 2 && position <= 7)
        return c.isDigit();
    return kCodeCharacters.contains(c);
}

// Runs of upper-case ASCII letters and digits (full-width forms folded). Spaces and dashes
// inside a run are dropped (OCR inserts them); any other character ends the run, so digits of
// different fields (dates, capital) are never joined into a code.
QStringList codeRunsOf(const QString &text) {
    const QString folded = text.normalized(QString::NormalizationForm_KC).toUpper();
    QStringList runs(QString{});
    for (const QChar c : folded) {
        if ((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z'))
            runs.last() += c;
        else if (!c.isSpace() && c != u'-' && !runs.last().isEmpty())
            runs << QString();
    }
    return runs;
}

struct Position {
    QChar read;
    QList<QChar> options; // first the reading itself when it is allowed
    bool forced = false;  // the reading is impossible here: a change is required
};

} // namespace

std::optional<CorrectedCreditCode> CreditCodeCorrector::correct(const QString &eighteen) {
    if (eighteen.size() != kCodeLength)
        return std::nullopt;
    std::vector<Position> positions;
    int forcedChanges = 0;
    for (int i = 0; i < kCodeLength; ++i) {
        Position p;
        p.read = eighteen.at(i);
        if (allowedAt(p.read, i))
            p.options << p.read;
        else
            p.forced = true;
        for (const QChar alike : lookAlikes(p.read))
            if (allowedAt(alike, i))
                p.options << alike;
        if (p.options.isEmpty())
            return std::nullopt;
        forcedChanges += p.forced ? 1 : 0;
        positions.push_back(p);
    }
    QString base;
    for (const Position &p : positions)
        base += p.options.first();
    if (CreditCode::check(base).valid)
        return CorrectedCreditCode{base, forcedChanges};

    // Optional changes: positions whose reading is allowed but has look-alikes. Try one change,
    // then two, so the reading closest to the OCR wins.
    std::vector<int> optional;
    for (int i = 0; i < kCodeLength; ++i)
        if (positions[size_t(i)].options.size() > 1)
            optional.push_back(i);
    std::optional<CorrectedCreditCode> found;
    const auto search = [&](auto &&self, QString candidate, size_t from, int left) -> void {
        if (found)
            return;
        if (left == 0) {
            if (CreditCode::check(candidate).valid)
                found = CorrectedCreditCode{candidate, 0};
            return;
        }
        for (size_t k = from; k < optional.size() && !found; ++k) {
            const int at = optional[k];
            for (int o = 1; o < positions[size_t(at)].options.size() && !found; ++o) {
                QString next = candidate;
                next[at] = positions[size_t(at)].options[o];
                self(self, next, k + 1, left - 1);
            }
        }
    };
    for (int changes = 1; changes <= kMaxOptionalChanges && !found; ++changes) {
        search(search, base, 0, changes);
        if (found)
            found->substitutions = forcedChanges + changes;
    }
    return found;
}

std::optional<CorrectedCreditCode> CreditCodeCorrector::find(const QString &ocrText) {
    std::optional<CorrectedCreditCode> best;
    for (const QString &run : codeRunsOf(ocrText)) {
        for (int start = 0; start + kCodeLength <= run.size(); ++start) {
            const std::optional<CorrectedCreditCode> candidate =
                correct(run.mid(start, kCodeLength));
            if (candidate && (!best || candidate->substitutions < best->substitutions))
                best = candidate;
            if (best && best->substitutions == 0)
                return best;
        }
    }
    return best;
}

} // namespace ow::vision
