#pragma once

#include "itemsearch.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace ow {

// The results of the item guide's search: one row per item, for the query and department set.
// Every change of the query or the department searches again at once; the widget debounces.
class ItemSearchModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { ItemIdRole = Qt::UserRole + 1, DepartmentIdRole, DepartmentNameRole };

    explicit ItemSearchModel(ItemSearch &search, QObject *parent = nullptr);

    QString query() const { return m_query; }
    QString departmentId() const { return m_departmentId; }
    void setQuery(const QString &query);
    void setDepartmentId(const QString &departmentId);
    void setLimit(int limit);
    void refresh();

    ItemHit hitAt(int row) const;
    int rowOfItem(const QString &itemId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    ItemSearch &m_search;
    QString m_query;
    QString m_departmentId;
    int m_limit = 200;
    QList<ItemHit> m_hits;
};

} // namespace ow
