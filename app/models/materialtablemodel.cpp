#include "materialtablemodel.h"

namespace ow {

namespace {
const QString kCheckMark = QStringLiteral("✓");
}

MaterialTableModel::MaterialTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void MaterialTableModel::setMaterials(const QList<Material> &materials) {
    beginResetModel();
    m_materials = materials;
    endResetModel();
}

bool MaterialTableModel::isCheckColumn(int column) {
    return column == DeferrableColumn || column == ELicenceColumn || column == BlankFormColumn ||
           column == SampleFormColumn;
}

int MaterialTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_materials.size());
}

int MaterialTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool MaterialTableModel::checked(const Material &m, int column) {
    switch (column) {
    case DeferrableColumn:
        return m.deferrable;
    case ELicenceColumn:
        return m.eLicenceExempt;
    case BlankFormColumn:
        return m.hasBlankForm;
    case SampleFormColumn:
        return m.hasSampleForm;
    default:
        return false;
    }
}

QVariant MaterialTableModel::displayText(const Material &m, int column) const {
    switch (column) {
    case NameColumn:
        return m.name;
    case FormColumn:
        return m.form;
    case CountColumn:
        return m.count;
    case PaperColumn:
        return m.paperSpec;
    case NecessityColumn:
        return m.necessity;
    default:
        return checked(m, column) ? kCheckMark : QString();
    }
}

QString MaterialTableModel::tooltip(const Material &m) const {
    QStringList lines{m.name};
    if (!m.source.isEmpty())
        lines << tr("Source: %1").arg(m.source);
    if (!m.format.isEmpty())
        lines << tr("Format: %1").arg(m.format);
    if (!m.note.isEmpty())
        lines << tr("Note: %1").arg(m.note);
    return lines.join(QLatin1Char('\n'));
}

QVariant MaterialTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_materials.size() || index.column() >= ColumnCount)
        return {};
    const Material &m = m_materials[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(m, index.column());
    case Qt::ToolTipRole:
        return tooltip(m);
    case Qt::TextAlignmentRole:
        if (index.column() == NameColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignCenter);
    case CheckedRole:
        return isCheckColumn(index.column()) ? QVariant(checked(m, index.column())) : QVariant();
    default:
        return {};
    }
}

QVariant MaterialTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Material");
        case FormColumn:
            return tr("Original / copy");
        case CountColumn:
            return tr("Copies");
        case PaperColumn:
            return tr("Paper size");
        case NecessityColumn:
            return tr("Necessity");
        case DeferrableColumn:
            return tr("Deferrable");
        case ELicenceColumn:
            return tr("From e-licence");
        case BlankFormColumn:
            return tr("Blank form");
        case SampleFormColumn:
            return tr("Sample form");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DeferrableColumn:
            return tr("May be supplied later under deferred acceptance");
        case ELicenceColumn:
            return tr("Obtained from e-licences or shared data; the applicant need not submit it");
        case BlankFormColumn:
            return tr("A blank form is available");
        case SampleFormColumn:
            return tr("A filled-in sample form is available");
        default:
            return {};
        }
    }
    return {};
}

} // namespace ow
