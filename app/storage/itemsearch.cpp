#include "itemsearch.h"

#include "database.h"
#include "pinyin.h"

#include <QSqlQuery>
#include <QVariant>

namespace ow {

namespace {

const QChar kSeparator(0x1F); // ASCII unit separator

// A LIKE pattern that matches `term` anywhere, with % _ and the escape character escaped.
QString containsPattern(const QString &term) {
    QString escaped;
    for (const QChar c : term) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// An FTS5 phrase: the term in double quotes, inner quotes doubled, so no character of the
// query is read as FTS syntax (AND, *, :, parentheses...).
QString ftsPhrase(const QString &term) {
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// The trigram index only finds terms of three characters or more.
constexpr int kTrigram = 3;

} // namespace

QString ItemSearch::normalise(const QString &text) {
    // NFKC folds full-width letters, digits and punctuation (and the ideographic space) to
    // their ordinary forms.
    QString folded = text.normalized(QString::NormalizationForm_KC).toLower();
    QString result;
    result.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isSpace())
            result += QLatin1Char(' ');
        else if (c.category() != QChar::Other_Control)
            result += c;
    }
    return result.simplified();
}

QString ItemSearch::haystack(const Item &item, const Department &dept) {
    QStringList parts{item.name, item.id, dept.name, dept.shortName};
    for (const Material &m : item.materials)
        parts << m.name;
    parts << Pinyin::initials(item.name) << Pinyin::full(item.name);
    for (const Material &m : item.materials)
        parts << Pinyin::initials(m.name);
    for (QString &p : parts)
        p = normalise(p);
    parts.removeAll(QString());
    parts.removeDuplicates();
    return parts.join(kSeparator);
}

QList<ItemHit> ItemSearch::find(const QString &query, const QString &deptId, int limit) {
    const QString normalised = normalise(query);
    const QStringList terms = normalised.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool sqlite = m_db.kind() == DatabaseKind::Sqlite;

    QStringList where;
    QVariantList binds;
    if (!deptId.isEmpty()) {
        where << QStringLiteral("i.dept_id = ?");
        binds << deptId;
    }
    QStringList ftsTerms;
    for (const QString &term : terms) {
        if (sqlite && term.toUcs4().size() >= kTrigram) {
            ftsTerms << ftsPhrase(term);
        } else {
            where << QStringLiteral("s.haystack LIKE ? ESCAPE '\\'");
            binds << containsPattern(term);
        }
    }
    if (!ftsTerms.isEmpty()) {
        // Phrases side by side are ANDed by FTS5.
        where << QStringLiteral("s.rowid IN (SELECT rowid FROM item_search_fts "
                                "WHERE item_search_fts MATCH ?)");
        binds << ftsTerms.join(QLatin1Char(' '));
    }

    const QString trimmed = query.trimmed();
    QString sql = QStringLiteral(
        "SELECT i.id, i.name, i.dept_id, d.name, "
        "CASE WHEN i.name = ? THEN 0 WHEN i.name LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END AS rank "
        "FROM items i JOIN departments d ON d.id = i.dept_id "
        "JOIN item_search s ON s.item_id = i.id");
    binds.prepend(containsPattern(trimmed));
    binds.prepend(trimmed);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY rank, i.position LIMIT ?");
    binds << qMax(0, limit);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<ItemHit> hits;
    if (!q.prepare(sql)) {
        qWarning("item search: %s", qPrintable(Database::errorOf(q, QStringLiteral("prepare"))));
        return hits;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("item search: %s", qPrintable(Database::errorOf(q, QStringLiteral("query"))));
        return hits;
    }
    while (q.next())
        hits << ItemHit{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString()};
    return hits;
}

} // namespace ow
