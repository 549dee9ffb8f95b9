#include "itemsearchmodel.h"

namespace ow {

ItemSearchModel::ItemSearchModel(ItemSearch &search, QObject *parent)
    : QAbstractListModel(parent)
    , m_search(search) {
    refresh();
}

void ItemSearchModel::setQuery(const QString &query) {
    const QString trimmed = query.trimmed();
    if (trimmed == m_query)
        return;
    m_query = trimmed;
    refresh();
}

void ItemSearchModel::setDepartmentId(const QString &departmentId) {
    if (departmentId == m_departmentId)
        return;
    m_departmentId = departmentId;
    refresh();
}

void ItemSearchModel::setLimit(int limit) {
    m_limit = qMax(1, limit);
    refresh();
}

void ItemSearchModel::refresh() {
    beginResetModel();
    m_hits = m_search.find(m_query, m_departmentId, m_limit);
    endResetModel();
}

ItemHit ItemSearchModel::hitAt(int row) const {
    if (row < 0 || row >= m_hits.size())
        return {};
    return m_hits[row];
}

int ItemSearchModel::rowOfItem(const QString &itemId) const {
    for (int i = 0; i < m_hits.size(); ++i)
        if (m_hits[i].itemId == itemId)
            return i;
    return -1;
}

int ItemSearchModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant ItemSearchModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const ItemHit &hit = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return hit.name;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2 · %3").arg(hit.name, hit.itemId, hit.deptName);
    case ItemIdRole:
        return hit.itemId;
    case DepartmentIdRole:
        return hit.deptId;
    case DepartmentNameRole:
        return hit.deptName;
    default:
        return {};
    }
}

QHash<int, QByteArray> ItemSearchModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ItemIdRole, "itemId");
    names.insert(DepartmentIdRole, "departmentId");
    names.insert(DepartmentNameRole, "departmentName");
    return names;
}

} // namespace ow
