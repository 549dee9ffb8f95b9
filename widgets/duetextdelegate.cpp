#include "duetextdelegate.h"

namespace ow {

DueTextDelegate::DueTextDelegate(int statusRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusRole(statusRole) {}

void DueTextDelegate::initStyleOption(QStyleOptionViewItem *option,
                                      const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const QString status = index.data(m_statusRole).toString();
    QColor colour(QStringLiteral("#1b6e34"));
    if (status == QLatin1String("yellow"))
        colour = QColor(QStringLiteral("#8a5a00"));
    else if (status == QLatin1String("red"))
        colour = QColor(QStringLiteral("#b3261e"));
    option->palette.setColor(QPalette::Text, colour);
    if (status != QLatin1String("green"))
        option->font.setBold(true);
}

} // namespace ow
