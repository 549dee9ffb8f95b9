#include "itempagewidget.h"

#include "itemdetails.h"
#include "materialtablemodel.h"
#include "ui_itempagewidget.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimer>

namespace ow {

ItemPageWidget::ItemPageWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ItemPageWidget>())
    , m_materials(new MaterialTableModel(this))
    , m_fitRows(new QTimer(this)) {
    m_ui->setupUi(this);
    m_ui->materialTable->setModel(m_materials);
    QHeaderView *header = m_ui->materialTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MaterialTableModel::NameColumn, QHeaderView::Stretch);
    // Forms such as 原件（核验）或电子营业执照 wrap instead of squeezing the material names.
    header->setSectionResizeMode(MaterialTableModel::FormColumn, QHeaderView::Interactive);
    header->resizeSection(MaterialTableModel::FormColumn, 170);
    header->setHighlightSections(false);
    m_ui->materialTable->verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
    // Wrapped texts need their rows re-measured once the columns have their final widths.
    m_fitRows->setSingleShot(true);
    m_fitRows->setInterval(0);
    connect(m_fitRows, &QTimer::timeout, m_ui->materialTable, &QTableView::resizeRowsToContents);
    connect(header, &QHeaderView::sectionResized, m_fitRows, qOverload<>(&QTimer::start));
    m_ui->pages->setCurrentWidget(m_ui->emptyPage);
}

ItemPageWidget::~ItemPageWidget() = default;

bool ItemPageWidget::isShowingItem() const {
    return m_ui->pages->currentWidget() == m_ui->detailsPage;
}

void ItemPageWidget::clear() {
    m_itemId.clear();
    m_materials->setMaterials({});
    m_ui->pages->setCurrentWidget(m_ui->emptyPage);
}

void ItemPageWidget::focusMaterials() {
    if (isShowingItem())
        m_ui->materialTable->setFocus();
}

void ItemPageWidget::showItem(const Item &item, const QString &departmentName) {
    m_itemId = item.id;
    m_ui->itemNameLabel->setText(item.name);
    QStringList meta{tr("Code %1").arg(item.id)};
    if (!departmentName.isEmpty())
        meta << departmentName;
    if (!item.type.isEmpty())
        meta << item.type;
    m_ui->itemMetaLabel->setText(meta.join(QStringLiteral("  ·  ")));
    setFlags(item);
    m_ui->servingValue->setText(ItemDetails::servingText(item.serving));
    m_ui->legalLimitValue->setText(ItemDetails::limitWithBasis(item.legalLimit));
    m_ui->committedLimitValue->setText(ItemDetails::limitWithBasis(item.committedLimit));
    m_ui->visitsValue->setText(ItemDetails::visitsText(item.visitsMax));
    m_ui->notesValue->setText(item.notes);
    m_ui->factsLayout->setRowVisible(m_ui->notesValue, !item.notes.isEmpty());
    m_materials->setMaterials(item.materials);
    m_fitRows->start();
    m_ui->materialSummaryLabel->setText(ItemDetails::materialSummary(item.materials));
    m_ui->pages->setCurrentWidget(m_ui->detailsPage);
}

void ItemPageWidget::setFlags(const Item &item) {
    qDeleteAll(m_flagChips);
    m_flagChips.clear();
    const QStringList flags = ItemDetails::handlingFlags(item);
    for (const QString &flag : flags) {
        auto *chip = new QLabel(flag, m_ui->detailsPage);
        chip->setObjectName(QStringLiteral("flagChip"));
        chip->setProperty("chip", true);
        // Insert before the trailing spacer.
        m_ui->flagsLayout->insertWidget(m_ui->flagsLayout->count() - 1, chip);
        m_flagChips << chip;
    }
    if (flags.isEmpty()) {
        auto *none = new QLabel(tr("Regular processing"), m_ui->detailsPage);
        none->setProperty("heading", QStringLiteral("hint"));
        m_ui->flagsLayout->insertWidget(0, none);
        m_flagChips << none;
    }
}

} // namespace ow
