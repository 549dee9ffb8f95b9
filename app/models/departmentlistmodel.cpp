#include "departmentlistmodel.h"

namespace ow {

DepartmentListModel::DepartmentListModel(QObject *parent)
    : QAbstractListModel(parent) {}

void DepartmentListModel::setDepartments(const QList<Department> &departments) {
    beginResetModel();
    m_departments = departments;
    endResetModel();
}

int DepartmentListModel::rowOf(const QString &departmentId) const {
    if (departmentId.isEmpty())
        return 0;
    for (int i = 0; i < m_departments.size(); ++i)
        if (m_departments[i].id == departmentId)
            return i + 1;
    return 0;
}

QString DepartmentListModel::departmentIdAt(int row) const {
    if (row <= 0 || row > m_departments.size())
        return {};
    return m_departments[row - 1].id;
}

int DepartmentListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_departments.size()) + 1;
}

QVariant DepartmentListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return tr("All departments");
        case DepartmentIdRole:
            return QString();
        default:
            return {};
        }
    }
    const Department &d = m_departments[index.row() - 1];
    switch (role) {
    case Qt::DisplayRole:
        return d.name;
    case Qt::ToolTipRole:
        return d.shortName.isEmpty() ? d.name : QStringLiteral("%1（%2）").arg(d.name, d.shortName);
    case DepartmentIdRole:
        return d.id;
    case ShortNameRole:
        return d.shortName;
    default:
        return {};
    }
}

QHash<int, QByteArray> DepartmentListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DepartmentIdRole, "departmentId");
    names.insert(ShortNameRole, "shortName");
    return names;
}

} // namespace ow
