#include "visitcasesmodel.h"

#include "casestatetext.h"
#include "intakesession.h"

namespace ow {

VisitCasesModel::VisitCasesModel(IntakeSession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session) {
    connect(&session, &IntakeSession::visitChanged, this, &VisitCasesModel::reload);
    connect(&session, &IntakeSession::caseAdded, this, &VisitCasesModel::reload);
    connect(&session, &IntakeSession::caseChanged, this, &VisitCasesModel::caseChanged);
    reload();
}

void VisitCasesModel::reload() {
    beginResetModel();
    m_caseIds.clear();
    if (const Visit *visit = m_session.visit())
        for (const IntakeCase &c : visit->cases)
            m_caseIds << c.id;
    endResetModel();
}

void VisitCasesModel::caseChanged(const QString &caseId) {
    const int row = rowOfCase(caseId);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}

QString VisitCasesModel::caseIdAt(int row) const {
    return m_caseIds.value(row);
}

int VisitCasesModel::rowOfCase(const QString &caseId) const {
    return static_cast<int>(m_caseIds.indexOf(caseId));
}

int VisitCasesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_caseIds.size());
}

QVariant VisitCasesModel::data(const QModelIndex &index, int role) const {
    const IntakeCase *kase = m_session.caseById(caseIdAt(index.row()));
    if (!kase)
        return {};
    const auto committed = m_session.deadline(kase->id, DeadlineTrack::Basis::Committed);
    switch (role) {
    case CaseIdRole:
        return kase->id;
    case ItemIdRole:
        return kase->itemId;
    case ItemNameRole:
        return kase->itemName;
    case StateNameRole:
        return CaseTransitions::name(kase->state());
    case StateLabelRole:
        return CaseStateText::label(kase->state());
    case DeadlineStatusRole: {
        const auto status = m_session.deadlineStatus(kase->id);
        return status ? LegalClock::statusName(*status) : QString();
    }
    case CommittedDueRole:
        return committed ? committed->due : QDate();
    case Qt::DisplayRole: {
        // Two lines: the item, then where the case stands.
        QString state = CaseStateText::label(kase->state());
        if (committed)
            state += tr("  ·  due %1").arg(committed->due.toString(QStringLiteral("yyyy-MM-dd")));
        return tr("%1\n%2").arg(kase->itemName, state);
    }
    case Qt::ToolTipRole:
        return kase->number.isEmpty() ? kase->id : tr("%1 (%2)").arg(kase->number, kase->id);
    default:
        return {};
    }
}

QHash<int, QByteArray> VisitCasesModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(CaseIdRole, "caseId");
    names.insert(ItemIdRole, "itemId");
    names.insert(ItemNameRole, "itemName");
    names.insert(StateNameRole, "stateName");
    names.insert(StateLabelRole, "stateLabel");
    names.insert(DeadlineStatusRole, "deadlineStatus");
    names.insert(CommittedDueRole, "committedDue");
    return names;
}

} // namespace ow
