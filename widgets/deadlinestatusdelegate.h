#pragma once

#include <QStyledItemDelegate>

namespace ow {

// Paints a coloured bar at the left of a row from its deadline status role (green / yellow /
// red), so the clerk sees at a glance which case of the visit runs late.
class DeadlineStatusDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    DeadlineStatusDelegate(int statusRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_statusRole;
};

} // namespace ow
