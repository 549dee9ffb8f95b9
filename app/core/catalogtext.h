#pragma once

#include "catalogissue.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ow {

// The byte-level checks every catalog file passes before parsing: it can be read, it is not
// empty, it is UTF-8 (with or without a byte-order mark).
class CatalogText {
public:
    // The file's bytes, or an issue saying why it could not be read.
    static std::optional<QByteArray> readFile(const QString &path, CatalogIssueList &issues);
    // The bytes without a UTF-8 byte-order mark, or nothing after reporting an empty file or
    // the first line that is not valid UTF-8.
    static std::optional<QByteArray> checkedUtf8(const QByteArray &data, CatalogIssueList &issues);
    // 1-based line and character column of a byte offset.
    static std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset);
    // Writes the bytes to a file atomically (a half-written export is never left behind).
    static Status writeFile(const QString &path, const QByteArray &data);
};

} // namespace ow
