#pragma once

#include "catalog.h"

#include <QAbstractTableModel>
#include <QList>

namespace ow {

// The materials of one item, one row each, as the window checks them against the standard.
// Yes/no columns read "✓" or nothing, so the table scans at a glance and prints plainly.
class MaterialTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        FormColumn,
        CountColumn,
        PaperColumn,
        NecessityColumn,
        DeferrableColumn,
        ELicenceColumn,
        BlankFormColumn,
        SampleFormColumn,
        ColumnCount
    };
    static constexpr int CheckedRole = Qt::UserRole + 1; // the bool behind a ✓ column

    explicit MaterialTableModel(QObject *parent = nullptr);

    void setMaterials(const QList<Material> &materials);
    const QList<Material> &materials() const { return m_materials; }
    static bool isCheckColumn(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const Material &m, int column) const;
    static bool checked(const Material &m, int column);
    QString tooltip(const Material &m) const;

    QList<Material> m_materials;
};

} // namespace ow
