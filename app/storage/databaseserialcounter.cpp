#include "databaseserialcounter.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace ow {

Result<int> DatabaseSerialCounter::next(const QString &agency, const QString &category, int year) {
    using R = Result<int>;
    if (agency.trimmed().isEmpty() || category.trimmed().isEmpty())
        return R::failure(QStringLiteral("document serial: the agency and category must be set"));
    // One statement: the database serialises concurrent callers on the row, so no serial is
    // handed out twice (SQLite 3.35+ and PostgreSQL both support RETURNING).
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO document_serials (agency, category, doc_year, last_serial) "
        "VALUES (?, ?, ?, 1) ON CONFLICT (agency, category, doc_year) "
        "DO UPDATE SET last_serial = document_serials.last_serial + 1 RETURNING last_serial"));
    q.addBindValue(agency);
    q.addBindValue(category);
    q.addBindValue(year);
    const QString what =
        QStringLiteral("next serial of %1%2〔%3〕").arg(agency, category).arg(year);
    if (!q.exec())
        return R::failure(Database::errorOf(q, what));
    if (!q.next())
        return R::failure(QStringLiteral("%1: the database returned no serial").arg(what));
    const int serial = q.value(0).toInt();
    q.finish();
    return serial;
}

Result<int> DatabaseSerialCounter::last(const QString &agency, const QString &category, int year) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT last_serial FROM document_serials WHERE agency = ? AND "
                             "category = ? AND doc_year = ?"));
    q.addBindValue(agency);
    q.addBindValue(category);
    q.addBindValue(year);
    if (!q.exec())
        return Result<int>::failure(Database::errorOf(q, QStringLiteral("last serial")));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace ow
