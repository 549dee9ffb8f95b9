#include "pagelistmodel.h"

#include "materialscansession.h"

namespace ow {

PageListModel::PageListModel(MaterialScanSession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_material(session.currentMaterial()) {
    connect(&session, &MaterialScanSession::currentMaterialChanged, this, &PageListModel::follow);
    connect(&session, &MaterialScanSession::pagesChanged, this, &PageListModel::pagesChanged);
    connect(&session, &MaterialScanSession::pageUpdated, this, &PageListModel::pageUpdated);
}

void PageListModel::follow(int material) {
    beginResetModel();
    m_material = material;
    endResetModel();
}

void PageListModel::pagesChanged(int material) {
    if (material != m_material || m_moving)
        return;
    beginResetModel();
    endResetModel();
}

void PageListModel::pageUpdated(int material, int row) {
    if (material == m_material && row >= 0 && row < rowCount())
        emit dataChanged(index(row), index(row));
}

int PageListModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() || m_material >= m_session.materialCount())
        return 0;
    return int(m_session.pages(m_material).size());
}

QVariant PageListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ScanPage &page = m_session.pages(m_material).at(index.row());
    switch (role) {
    case Qt::DecorationRole:
        return page.thumbnail.isNull() ? QVariant() : QVariant(page.thumbnail);
    case Qt::DisplayRole:
        if (page.pending)
            return tr("%1 · processing…").arg(index.row() + 1);
        if (!page.error.isEmpty())
            return tr("%1 · failed").arg(index.row() + 1);
        return page.blank ? tr("%1 · blank?").arg(index.row() + 1)
                          : QString::number(index.row() + 1);
    case Qt::ToolTipRole:
        return page.error.isEmpty() ? tr("Page %1").arg(index.row() + 1) : page.error;
    case PageIdRole:
        return page.id;
    case PendingRole:
        return page.pending;
    case BlankRole:
        return page.blank;
    case ErrorRole:
        return page.error;
    case QuarterTurnsRole:
        return page.quarterTurns;
    default:
        return {};
    }
}

Qt::ItemFlags PageListModel::flags(const QModelIndex &index) const {
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    // Drop between pages only, never onto one (that would replace it).
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

Qt::DropActions PageListModel::supportedDropActions() const {
    return Qt::MoveAction;
}

bool PageListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                             const QModelIndex &destinationParent, int destinationChild) {
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    // destinationChild is the row the page goes before; QList::move wants the final index.
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return true;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow, destinationParent, destinationChild))
        return false;
    m_moving = true;
    const bool moved = m_session.movePage(m_material, sourceRow, to);
    m_moving = false;
    endMoveRows();
    return moved;
}

} // namespace ow
