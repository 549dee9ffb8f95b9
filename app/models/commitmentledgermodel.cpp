#include "commitmentledgermodel.h"

namespace ow {

CommitmentLedgerModel::CommitmentLedgerModel(CommitmentService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service) {}

bool CommitmentLedgerModel::matches(const LedgerEntry &entry, Filter filter) {
    switch (filter) {
    case Filter::All:
        return true;
    case Filter::DueSoon:
        return entry.due == LedgerEntry::Due::DueSoon;
    case Filter::Overdue:
        return entry.due == LedgerEntry::Due::Overdue;
    }
    return false;
}

bool CommitmentLedgerModel::refresh() {
    auto entries = m_service.openEntries();
    beginResetModel();
    m_error.clear();
    if (entries)
        m_all = entries.value();
    else {
        m_all.clear();
        m_error = entries.error();
    }
    m_shown.clear();
    for (const LedgerEntry &e : std::as_const(m_all))
        if (matches(e, m_filter))
            m_shown << e;
    endResetModel();
    return m_error.isEmpty();
}

void CommitmentLedgerModel::setFilter(Filter filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    beginResetModel();
    m_shown.clear();
    for (const LedgerEntry &e : std::as_const(m_all))
        if (matches(e, m_filter))
            m_shown << e;
    endResetModel();
}

int CommitmentLedgerModel::count(Filter filter) const {
    int n = 0;
    for (const LedgerEntry &e : m_all)
        n += matches(e, filter) ? 1 : 0;
    return n;
}

const LedgerEntry *CommitmentLedgerModel::entryAt(int row) const {
    return row >= 0 && row < m_shown.size() ? &m_shown[row] : nullptr;
}

int CommitmentLedgerModel::rowOf(const QString &commitmentId) const {
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_shown[row].commitment.id == commitmentId)
            return row;
    return -1;
}

int CommitmentLedgerModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CommitmentLedgerModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CommitmentLedgerModel::daysLeftText(const LedgerEntry &entry) {
    if (!entry.workingDaysLeft)
        return tr("outside the calendar");
    const int left = *entry.workingDaysLeft;
    if (entry.due == LedgerEntry::Due::Overdue)
        return left < 0 ? tr("overdue by %n working day(s)", nullptr, -left)
                        : tr("overdue"); // promised on a rest day just passed
    if (left == 0)
        return tr("due today");
    return tr("%n working day(s)", nullptr, left);
}

QString CommitmentLedgerModel::stateText(const LedgerEntry &entry) {
    const Commitment &c = entry.commitment;
    if (c.partlySupplied()) {
        QStringList brought;
        for (const Commitment::Supply &s : c.supplies)
            brought << s.what;
        return tr("Partly supplied: %1").arg(brought.join(QStringLiteral("; ")));
    }
    if (entry.due == LedgerEntry::Due::Overdue)
        return tr("Overdue, not supplied");
    return tr("Awaiting supply");
}

QVariant CommitmentLedgerModel::data(const QModelIndex &index, int role) const {
    const LedgerEntry *entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry)
        return {};
    switch (role) {
    case CaseIdRole:
        return entry->commitment.caseId;
    case CommitmentIdRole:
        return entry->commitment.id;
    case DueStatusRole:
        return entry->due == LedgerEntry::Due::Overdue   ? QStringLiteral("red")
               : entry->due == LedgerEntry::Due::DueSoon ? QStringLiteral("yellow")
                                                         : QStringLiteral("green");
    case Qt::ToolTipRole: // the whole text of a cell the column cuts short
        if (index.column() == ApplicantColumn || index.column() == CaseNumberColumn ||
            index.column() == ItemColumn || index.column() == MaterialColumn ||
            index.column() == StateColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ApplicantColumn:
        return tr("%1  %2").arg(entry->applicantName, entry->applicantDisplay);
    case CaseNumberColumn:
        return entry->caseNumber;
    case ItemColumn:
        return entry->itemName;
    case MaterialColumn:
        return entry->commitment.material;
    case PromisedDateColumn:
        return entry->commitment.promisedDate.toString(QStringLiteral("yyyy-MM-dd"));
    case DaysLeftColumn:
        return daysLeftText(*entry);
    case StateColumn:
        return stateText(*entry);
    default:
        return {};
    }
}

QVariant CommitmentLedgerModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ApplicantColumn:
        return tr("Applicant");
    case CaseNumberColumn:
        return tr("Case number");
    case ItemColumn:
        return tr("Item");
    case MaterialColumn:
        return tr("Deferred material");
    case PromisedDateColumn:
        return tr("Promised by");
    case DaysLeftColumn:
        return tr("Working days left");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QHash<int, QByteArray> CommitmentLedgerModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CaseIdRole, "caseId");
    names.insert(CommitmentIdRole, "commitmentId");
    names.insert(DueStatusRole, "dueStatus");
    return names;
}

} // namespace ow
