#include "sqlstatements.h"

#include "database.h"

#include <QVariant>

namespace ow {

Result<QSqlQuery *> SqlStatements::prepared(const QString &sql) {
    using R = Result<QSqlQuery *>;
    auto found = m_queries.constFind(sql);
    if (found != m_queries.constEnd())
        return found.value().get();
    auto query = std::make_shared<QSqlQuery>(m_db.connection());
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return R::failure(Database::errorOf(*query, QStringLiteral("prepare %1").arg(sql)));
    m_queries.insert(sql, query);
    return query.get();
}

Result<QSqlQuery *> SqlStatements::select(const QString &sql, const QVariantList &values,
                                          const QString &what) {
    using R = Result<QSqlQuery *>;
    auto query = prepared(sql);
    if (!query)
        return query;
    QSqlQuery &q = *query.value();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        q.bindValue(i, nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (!q.exec())
        return R::failure(Database::errorOf(q, what));
    return &q;
}

Status SqlStatements::run(const QString &sql, const QVariantList &values, const QString &what) {
    auto query = select(sql, values, what);
    if (!query)
        return Status::failure(query.error());
    query.value()->finish();
    return {};
}

} // namespace ow
