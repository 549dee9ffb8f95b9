#include "checklisttablemodel.h"

#include "intakesession.h"
#include "workstationcontext.h"

#include <QLocale>

namespace ow {

ChecklistTableModel::ChecklistTableModel(IntakeSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
    connect(&session, &IntakeSession::caseChanged, this, &ChecklistTableModel::caseChanged);
    connect(&session, &IntakeSession::visitChanged, this, [this] { setCaseId(QString()); });
}

void ChecklistTableModel::setCaseId(const QString &caseId) {
    beginResetModel();
    m_caseId = caseId;
    m_scans.clear();
    if (!caseId.isEmpty())
        if (auto scans = m_session.context().materialScans().scansOf(caseId))
            for (const MaterialScanRecord &r : scans.value())
                m_scans.insert(r.material, r);
    endResetModel();
}

void ChecklistTableModel::reloadScans() {
    m_scans.clear();
    if (auto scans = m_session.context().materialScans().scansOf(m_caseId))
        for (const MaterialScanRecord &r : scans.value())
            m_scans.insert(r.material, r);
    if (rowCount() > 0)
        emit dataChanged(index(0, ScanColumn), index(rowCount() - 1, ScanColumn));
}

const MaterialScanRecord *ChecklistTableModel::scanAt(int row) const {
    const auto it = m_scans.constFind(materialAt(row));
    return it == m_scans.cend() ? nullptr : &it.value();
}

void ChecklistTableModel::caseChanged(const QString &caseId) {
    if (caseId != m_caseId)
        return;
    // Same rows, new states: a data change keeps the clerk's current cell.
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const ChecklistEntry *ChecklistTableModel::entryAt(int row) const {
    const IntakeCase *kase = m_session.caseById(m_caseId);
    if (!kase || row < 0 || row >= kase->checklist.entries().size())
        return nullptr;
    return &kase->checklist.entries().at(row);
}

QString ChecklistTableModel::materialAt(int row) const {
    const ChecklistEntry *entry = entryAt(row);
    return entry ? entry->standard.name : QString();
}

int ChecklistTableModel::rowOfMaterial(const QString &material) const {
    for (int row = 0; row < rowCount(); ++row)
        if (materialAt(row) == material)
            return row;
    return -1;
}

Status ChecklistTableModel::mark(int row, const MaterialMark &mark) {
    const ChecklistEntry *entry = entryAt(row);
    if (!entry)
        return Status::failure(tr("No material in row %1.").arg(row + 1));
    return m_session.markMaterial(m_caseId, entry->standard.name, mark);
}

QString ChecklistTableModel::stateText(MaterialState state) {
    switch (state) {
    case MaterialState::Missing:
        return tr("Missing");
    case MaterialState::Received:
        return tr("Received");
    case MaterialState::FromELicence:
        return tr("From e-licence");
    case MaterialState::Deferred:
        return tr("Deferred");
    case MaterialState::Defective:
        return tr("Defective");
    case MaterialState::NotApplicable:
        return tr("Not applicable");
    }
    return {};
}

bool ChecklistTableModel::blocking(const ChecklistEntry &entry) const {
    return entry.required() && !entry.satisfied();
}

QString ChecklistTableModel::detailText(const ChecklistEntry &e) const {
    switch (e.state) {
    case MaterialState::Received:
        return e.original ? tr("Original, %n copy(ies)", nullptr, e.count)
                          : tr("Copy, %n copy(ies)", nullptr, e.count);
    case MaterialState::FromELicence:
        return tr("Source: %1").arg(e.source);
    case MaterialState::Deferred:
        return tr("Promised by %1").arg(e.promisedDate.toString(QStringLiteral("yyyy-MM-dd")));
    case MaterialState::Defective:
    case MaterialState::NotApplicable:
        return e.reason;
    case MaterialState::Missing:
        return e.deferrable() && e.required() ? tr("May be deferred") : QString();
    }
    return {};
}

int ChecklistTableModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid())
        return 0;
    const IntakeCase *kase = m_session.caseById(m_caseId);
    return kase ? static_cast<int>(kase->checklist.entries().size()) : 0;
}

int ChecklistTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistTableModel::data(const QModelIndex &index, int role) const {
    const ChecklistEntry *e = entryAt(index.row());
    if (!e)
        return {};
    switch (role) {
    case MaterialNameRole:
        return e->standard.name;
    case StateRole:
        return static_cast<int>(e->state);
    case StateNameRole:
        return Checklist::stateName(e->state);
    case BlockingRole:
        return blocking(*e);
    case DeferrableRole:
        return e->deferrable();
    case RequiredRole:
        return e->required();
    case ScanPagesRole: {
        const MaterialScanRecord *scan = scanAt(index.row());
        return scan ? scan->pageCount : 0;
    }
    case Qt::ToolTipRole:
        return e->standard.note.isEmpty() ? e->standard.name
                                          : e->standard.name + QLatin1Char('\n') + e->standard.note;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case MaterialColumn:
        return e->standard.name;
    case NecessityColumn:
        return e->deferrable() && e->required() ? tr("%1 (deferrable)").arg(e->standard.necessity)
                                                : e->standard.necessity;
    case RequirementColumn:
        return tr("%1 × %2").arg(e->standard.form).arg(e->standard.count);
    case StateColumn:
        return stateText(e->state);
    case DetailColumn:
        return detailText(*e);
    case BlockingColumn:
        return blocking(*e) ? tr("Blocks") : QString();
    case ScanColumn: {
        const MaterialScanRecord *scan = scanAt(index.row());
        return scan ? tr("%n page(s), %1", nullptr, scan->pageCount)
                          .arg(QLocale().formattedDataSize(scan->byteSize))
                    : QString();
    }
    default:
        return {};
    }
}

QVariant ChecklistTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case MaterialColumn:
        return tr("Material");
    case NecessityColumn:
        return tr("Necessity");
    case RequirementColumn:
        return tr("Required form");
    case StateColumn:
        return tr("State");
    case DetailColumn:
        return tr("Detail");
    case BlockingColumn:
        return tr("Blocking?");
    case ScanColumn:
        return tr("Scanned");
    default:
        return {};
    }
}

Qt::ItemFlags ChecklistTableModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == StateColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ChecklistTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || index.column() != StateColumn)
        return false;
    const auto state = Checklist::stateFromName(value.toString());
    if (!state || (*state != MaterialState::Received && *state != MaterialState::Missing))
        return false;
    MaterialMark m;
    m.state = *state;
    if (const ChecklistEntry *e = entryAt(index.row()))
        m.original = !e->standard.form.contains(QStringLiteral("复印件"));
    return mark(index.row(), m).ok();
}

} // namespace ow
