#include "catalogissue.h"

namespace ow {

QString CatalogIssue::toString() const {
    QString text = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0) {
        text += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            text += QLatin1Char(':') + QString::number(column);
    }
    text += QStringLiteral(": ");
    if (!path.isEmpty())
        text += path + QStringLiteral(": ");
    if (!field.isEmpty())
        text += QStringLiteral("field \"%1\": ").arg(field);
    return text + message;
}

QString CatalogReadResult::issuesText() const {
    QStringList lines;
    for (const CatalogIssue &issue : issues)
        lines << issue.toString();
    return lines.join(QLatin1Char('\n'));
}

void CatalogIssueList::add(CatalogIssue issue) {
    if (full()) {
        if (!m_truncated) {
            m_truncated = true;
            // Replace the last slot so the cap holds and the user knows the list is cut short.
            m_issues.last() = CatalogIssue{
                m_file,
                0,
                0,
                {},
                {},
                QStringLiteral("more than %1 problems; the rest are not listed").arg(kMaxIssues)};
        }
        return;
    }
    if (issue.file.isEmpty())
        issue.file = m_file;
    m_issues.append(std::move(issue));
}

void CatalogIssueList::addAt(const QString &path, const QString &field, const QString &message) {
    add(CatalogIssue{m_file, 0, 0, path, field, message});
}

void CatalogIssueList::addAtLine(int line, const QString &field, const QString &message) {
    add(CatalogIssue{m_file, line, 0, {}, field, message});
}

bool CatalogIssueList::reportedAt(const QString &path, int line, const QString &field) const {
    for (const CatalogIssue &issue : m_issues)
        if (issue.path == path && issue.line == line && issue.field == field)
            return true;
    return false;
}

} // namespace ow
