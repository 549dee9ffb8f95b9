#include "deadlinestatusdelegate.h"

#include <QPainter>

namespace ow {

DeadlineStatusDelegate::DeadlineStatusDelegate(int statusRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusRole(statusRole) {}

void DeadlineStatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const {
    QStyleOptionViewItem shifted = option; // room for the bar before the text
    shifted.rect.setLeft(option.rect.left() + 10);
    QStyledItemDelegate::paint(painter, shifted, index);
    const QString status = index.data(m_statusRole).toString();
    QColor colour(QStringLiteral("#b9c2cf")); // not accepted yet: no clock
    if (status == QLatin1String("green"))
        colour = QColor(QStringLiteral("#2e9d4f"));
    else if (status == QLatin1String("yellow"))
        colour = QColor(QStringLiteral("#e0a100"));
    else if (status == QLatin1String("red"))
        colour = QColor(QStringLiteral("#c62828"));
    const QRect bar(option.rect.left(), option.rect.top() + 3, 5, option.rect.height() - 6);
    painter->fillRect(bar, colour);
}

} // namespace ow
