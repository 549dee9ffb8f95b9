#include "csvtable.h"

namespace ow {

namespace {

bool isBlank(const CsvRecord &record) {
    return record.fields.size() == 1 && record.fields.first().isEmpty();
}

} // namespace

CsvTable::Parsed CsvTable::parse(const QString &text) {
    Parsed result;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed: only a separator may follow
    int quoteStartLine = 0;

    auto endField = [&] {
        record.fields << field;
        field.clear();
        afterQuote = false;
    };
    auto endRecord = [&] {
        endField();
        if (!isBlank(record))
            result.records << record;
        record = CsvRecord{line, {}};
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else if (afterQuote) {
            result.errorLine = line;
            result.error =
                QStringLiteral("text after the closing quote of a field (a quote inside a "
                               "quoted field must be doubled: \"\")");
            return result;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty()) {
                result.errorLine = line;
                result.error = QStringLiteral("a quote inside an unquoted field (enclose the field "
                                              "in quotes and double the inner quote)");
                return result;
            }
            quoted = true;
            quoteStartLine = line;
        } else {
            field += c;
        }
    }
    if (quoted) {
        result.errorLine = quoteStartLine;
        result.error = QStringLiteral("a quoted field is never closed");
        return result;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || afterQuote)
        endRecord();
    return result;
}

QString CsvTable::formatRecord(const QStringList &fields) {
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields) {
        const bool needsQuotes = f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) ||
                                 f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r')) ||
                                 f.startsWith(QLatin1Char(' ')) || f.endsWith(QLatin1Char(' '));
        if (needsQuotes) {
            QString escaped = f;
            escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            out << QLatin1Char('"') + escaped + QLatin1Char('"');
        } else {
            out << f;
        }
    }
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace ow
