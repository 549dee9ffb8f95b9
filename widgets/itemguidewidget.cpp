#include "itemguidewidget.h"

#include "departmentlistmodel.h"
#include "itempagewidget.h"
#include "itemsearchmodel.h"
#include "ui_itemguidewidget.h"
#include "workstationcontext.h"

#include <QAction>
#include <QKeyEvent>
#include <QTimer>

namespace ow {

ItemGuideWidget::ItemGuideWidget(WorkstationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ItemGuideWidget>())
    , m_context(context)
    , m_results(new ItemSearchModel(context.itemSearch(), this))
    , m_departments(new DepartmentListModel(this))
    , m_debounce(new QTimer(this)) {
    m_ui->setupUi(this);
    const QList<Department> departments = context.departments();
    for (const Department &d : departments)
        m_departmentNames.insert(d.id, d.name);
    m_departments->setDepartments(departments);
    m_ui->departmentCombo->setModel(m_departments);
    m_ui->resultList->setModel(m_results);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({340, 860});

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(searchDelayMs);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ItemGuideWidget::searchNow);
    connect(m_ui->departmentCombo, &QComboBox::currentIndexChanged, this,
            &ItemGuideWidget::departmentChosen);
    connect(m_ui->resultList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ItemGuideWidget::showItemAt);
    connect(m_ui->resultList, &QListView::activated, this, [this](const QModelIndex &index) {
        showItemAt(index);
        m_ui->itemPage->focusMaterials();
    });
    connect(m_results, &QAbstractItemModel::modelReset, this, &ItemGuideWidget::updateCount);
    m_ui->searchEdit->installEventFilter(this);

    auto *find = new QAction(tr("Find item"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, &ItemGuideWidget::focusSearch);
    addAction(find);

    setFocusProxy(m_ui->searchEdit);
    updateCount();
}

ItemGuideWidget::~ItemGuideWidget() = default;

ItemPageWidget *ItemGuideWidget::itemPage() const {
    return m_ui->itemPage;
}

void ItemGuideWidget::focusSearch() {
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void ItemGuideWidget::searchNow() {
    m_debounce->stop();
    m_results->setQuery(m_ui->searchEdit->text());
}

void ItemGuideWidget::departmentChosen(int row) {
    searchNow();
    m_results->setDepartmentId(m_departments->departmentIdAt(row));
}

void ItemGuideWidget::showItemAt(const QModelIndex &index) {
    if (!index.isValid())
        return;
    const QString id = index.data(ItemSearchModel::ItemIdRole).toString();
    if (id == m_ui->itemPage->itemId())
        return;
    Result<Item> item = m_context.item(id);
    if (!item) {
        m_ui->itemPage->clear();
        m_ui->resultCountLabel->setText(
            tr("The item %1 could not be read: %2").arg(id, item.error()));
        return;
    }
    m_ui->itemPage->showItem(item.value(), m_departmentNames.value(item->deptId));
}

void ItemGuideWidget::updateCount() {
    const int count = m_results->rowCount();
    if (count == 0 && !m_results->query().isEmpty())
        m_ui->resultCountLabel->setText(tr("No item matches “%1”.").arg(m_results->query()));
    else
        m_ui->resultCountLabel->setText(tr("%n item(s)", nullptr, count));
}

bool ItemGuideWidget::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            searchNow();
            if (m_results->rowCount() > 0) {
                m_ui->resultList->setFocus(Qt::TabFocusReason);
                if (!m_ui->resultList->currentIndex().isValid())
                    m_ui->resultList->setCurrentIndex(m_results->index(0));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ow
