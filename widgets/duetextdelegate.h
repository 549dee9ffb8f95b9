#pragma once

#include <QStyledItemDelegate>

namespace ow {

// Colours a cell's text from its row's due status role ("green", "yellow", "red"): the
// ledger's working days left read at a glance, amber when due soon and red when overdue.
class DueTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    DueTextDelegate(int statusRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_statusRole;
};

} // namespace ow
