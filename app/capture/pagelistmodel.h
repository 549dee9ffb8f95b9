#pragma once

#include <QAbstractListModel>

namespace ow {

class MaterialScanSession;

// The pages of the session's current material, for a thumbnail grid: DecorationRole is the
// thumbnail, DisplayRole "page N" (or that it is being processed, blank or failed). Rows move
// with moveRows (what a list view's internal drag-and-drop calls), through the session.
class PageListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        PageIdRole = Qt::UserRole + 1,
        PendingRole, // bool
        BlankRole,   // bool
        ErrorRole,   // QString, empty when processed
        QuarterTurnsRole,
    };

    explicit PageListModel(MaterialScanSession &session, QObject *parent = nullptr);

    int material() const { return m_material; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

private:
    void follow(int material);
    void pagesChanged(int material);
    void pageUpdated(int material, int index);

    MaterialScanSession &m_session;
    int m_material = 0;
    bool m_moving = false; // our own move: the rows were already moved
};

} // namespace ow
