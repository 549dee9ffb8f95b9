#pragma once

#include "catalog.h"

#include <QAbstractListModel>
#include <QList>

namespace ow {

// The department filter: "All departments" first, then each department of the catalog.
class DepartmentListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { DepartmentIdRole = Qt::UserRole + 1, ShortNameRole };

    explicit DepartmentListModel(QObject *parent = nullptr);

    void setDepartments(const QList<Department> &departments);
    // The row showing that department, 0 ("All departments") for an empty or unknown id.
    int rowOf(const QString &departmentId) const;
    QString departmentIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Department> m_departments;
};

} // namespace ow
