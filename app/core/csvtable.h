#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// One CSV record and the line it starts on (a quoted field may span several lines).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// RFC 4180 text: fields separated by commas, records by CRLF or LF, fields containing a comma,
// quote or line break enclosed in double quotes with inner quotes doubled.
class CsvTable {
public:
    struct Parsed {
        QList<CsvRecord> records;
        int errorLine = 0; // 0 when the text parsed
        QString error;
    };
    // Blank lines are skipped.
    static Parsed parse(const QString &text);
    // One record with CRLF at the end, quoting only the fields that need it.
    static QString formatRecord(const QStringList &fields);
};

} // namespace ow
