#pragma once

#include "catalog.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace ow {

// One thing wrong in a catalog file, located precisely enough to fix it in an editor: the file,
// the line (and column) for parse and CSV errors, the JSON path for JSON content errors
// ($.items[3].materials[1].count), the field (JSON key or CSV column) and what was wrong.
struct CatalogIssue {
    QString file;
    int line = 0;   // 1-based; 0 when not known
    int column = 0; // 1-based character column of JSON parse errors; 0 otherwise
    QString path;   // JSON path, empty for CSV
    QString field;  // JSON key (legal_limit.unit) or CSV column name (legal_unit)
    QString message;

    // "file:line:column: $.path: field "x": message", leaving out the parts that are unknown.
    QString toString() const;
    friend bool operator==(const CatalogIssue &, const CatalogIssue &) = default;
};

// The outcome of reading a catalog: all or nothing. A catalog with any issue is not returned.
struct CatalogReadResult {
    std::optional<Catalog> catalog;
    QList<CatalogIssue> issues;

    bool ok() const { return catalog.has_value() && issues.isEmpty(); }
    // Every issue, one per line.
    QString issuesText() const;
};

// Collects issues up to a cap so a badly broken file does not flood the user, and remembers
// where issues were already reported so a second check on the same field stays quiet.
class CatalogIssueList {
public:
    static constexpr int kMaxIssues = 100;
    explicit CatalogIssueList(QString file)
        : m_file(std::move(file)) {}

    void add(CatalogIssue issue);
    void addAt(const QString &path, const QString &field, const QString &message);
    void addAtLine(int line, const QString &field, const QString &message);
    // True when an issue was already reported at this place (path or line plus field).
    bool reportedAt(const QString &path, int line, const QString &field) const;
    bool isEmpty() const { return m_issues.isEmpty(); }
    bool full() const { return m_issues.size() >= kMaxIssues; }
    const QString &file() const { return m_file; }
    QList<CatalogIssue> take() { return std::move(m_issues); }

private:
    QString m_file;
    QList<CatalogIssue> m_issues;
    bool m_truncated = false;
};

} // namespace ow
