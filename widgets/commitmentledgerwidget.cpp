#include "commitmentledgerwidget.h"

#include "casestatetext.h"
#include "commitmentservice.h"
#include "duetextdelegate.h"
#include "supplydialog.h"
#include "ui_commitmentledgerwidget.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace ow {

CommitmentLedgerWidget::CommitmentLedgerWidget(WorkstationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CommitmentLedgerWidget>())
    , m_service(new CommitmentService(context, this))
    , m_model(new CommitmentLedgerModel(*m_service, this)) {
    m_ui->setupUi(this);
    m_ui->ledgerTable->setModel(m_model);
    m_ui->ledgerTable->setItemDelegateForColumn(
        CommitmentLedgerModel::DaysLeftColumn,
        new DueTextDelegate(CommitmentLedgerModel::DueStatusRole, m_ui->ledgerTable));
    m_ui->ledgerTable->verticalHeader()->hide();
    QHeaderView *header = m_ui->ledgerTable->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QList<std::pair<int, int>> widths = {{CommitmentLedgerModel::ApplicantColumn, 345},
                                               {CommitmentLedgerModel::CaseNumberColumn, 190},
                                               {CommitmentLedgerModel::ItemColumn, 130},
                                               {CommitmentLedgerModel::MaterialColumn, 240},
                                               {CommitmentLedgerModel::PromisedDateColumn, 100},
                                               {CommitmentLedgerModel::DaysLeftColumn, 130}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    m_ui->messageLabel->hide();
    // The chosen filter reads as pressed (the shared style sheet has no checked buttons).
    for (QPushButton *button : {m_ui->allButton, m_ui->dueSoonButton, m_ui->overdueButton})
        button->setStyleSheet(QStringLiteral(
            "QPushButton:checked { background: #1f4e8c; color: white; border-color: #1f4e8c; }"));

    using Filter = CommitmentLedgerModel::Filter;
    connect(m_ui->allButton, &QPushButton::clicked, this, [this] { setFilter(Filter::All); });
    connect(m_ui->dueSoonButton, &QPushButton::clicked, this,
            [this] { setFilter(Filter::DueSoon); });
    connect(m_ui->overdueButton, &QPushButton::clicked, this,
            [this] { setFilter(Filter::Overdue); });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &CommitmentLedgerWidget::refresh);
    connect(m_ui->supplyButton, &QPushButton::clicked, this,
            &CommitmentLedgerWidget::supplySelected);
    connect(m_ui->processButton, &QPushButton::clicked, this,
            &CommitmentLedgerWidget::processSelected);
    connect(m_ui->ledgerTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommitmentLedgerWidget::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            &CommitmentLedgerWidget::selectionChanged);
    connect(m_service, &CommitmentService::caseUpdated, this, &CommitmentLedgerWidget::caseUpdated);

    const bool readOnly = !m_service->mayChange();
    m_ui->readOnlyLabel->setVisible(readOnly);
    m_ui->supplyButton->setVisible(!readOnly);
    m_ui->processButton->setVisible(!readOnly);
    setDueSoonDays(CommitmentService::kDefaultDueSoonDays);
}

CommitmentLedgerWidget::~CommitmentLedgerWidget() = default;

void CommitmentLedgerWidget::setDueSoonDays(int days) {
    m_service->setDueSoonDays(days);
    m_ui->horizonLabel->setText(
        tr("Due soon: within %n working day(s)", nullptr, m_service->dueSoonDays()));
    refresh();
}

void CommitmentLedgerWidget::setFilter(CommitmentLedgerModel::Filter filter) {
    using Filter = CommitmentLedgerModel::Filter;
    m_model->setFilter(filter);
    m_ui->allButton->setChecked(filter == Filter::All);
    m_ui->dueSoonButton->setChecked(filter == Filter::DueSoon);
    m_ui->overdueButton->setChecked(filter == Filter::Overdue);
    if (m_model->rowCount() > 0)
        m_ui->ledgerTable->selectRow(0);
}

void CommitmentLedgerWidget::refresh() {
    const QString selected = selectedEntry() ? selectedEntry()->commitment.id : QString();
    if (!m_model->refresh())
        showMessage(m_model->lastError(), true);
    showCounts();
    if (!selectCommitment(selected) && m_model->rowCount() > 0)
        m_ui->ledgerTable->selectRow(0);
}

void CommitmentLedgerWidget::showCounts() {
    using Filter = CommitmentLedgerModel::Filter;
    m_ui->allButton->setText(tr("All (%1)").arg(m_model->count(Filter::All)));
    m_ui->dueSoonButton->setText(tr("Due soon (%1)").arg(m_model->count(Filter::DueSoon)));
    m_ui->overdueButton->setText(tr("Overdue (%1)").arg(m_model->count(Filter::Overdue)));
}

bool CommitmentLedgerWidget::selectCommitment(const QString &commitmentId) {
    const int row = commitmentId.isEmpty() ? -1 : m_model->rowOf(commitmentId);
    if (row < 0)
        return false;
    m_ui->ledgerTable->selectRow(row);
    return true;
}

const LedgerEntry *CommitmentLedgerWidget::selectedEntry() const {
    const QModelIndex current = m_ui->ledgerTable->currentIndex();
    return current.isValid() ? m_model->entryAt(current.row()) : nullptr;
}

void CommitmentLedgerWidget::selectionChanged() {
    const LedgerEntry *entry = selectedEntry();
    const bool overdue = entry && entry->due == LedgerEntry::Due::Overdue;
    m_ui->supplyButton->setEnabled(entry != nullptr);
    m_ui->processButton->setEnabled(overdue);
    m_ui->processButton->setToolTip(
        overdue ? (entry->overdueRefuses
                       ? tr("The item's rule: the application is refused and the applicant's "
                            "credit is marked.")
                       : tr("The item's rule: the case is terminated and the applicant's credit "
                            "is marked."))
                : tr("Only an overdue commitment can be processed."));
    if (!entry) {
        m_ui->selectionLabel->setText(m_model->rowCount() == 0 ? tr("No open commitment here.")
                                                               : QString());
        return;
    }
    m_ui->selectionLabel->setText(tr("%1 · %2 · case state: %3")
                                      .arg(entry->applicantName, entry->commitment.material,
                                           CaseStateText::label(entry->caseState)));
}

bool CommitmentLedgerWidget::supplySelected() {
    const LedgerEntry *selected = selectedEntry();
    if (!selected) {
        showMessage(tr("Choose a commitment first."), true);
        return false;
    }
    const LedgerEntry entry = *selected; // the refresh below replaces the model's copy
    SupplyDialog dialog(entry, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Status supplied = m_service->supply(entry.commitment.caseId, entry.commitment.id,
                                              dialog.what(), dialog.complete());
    if (!supplied) {
        showMessage(supplied.error(), true);
        return false;
    }
    refresh();
    showMessage(
        dialog.complete()
            ? tr("Supplied: “%1” of case %2 is complete; the commitment is closed.")
                  .arg(entry.commitment.material, entry.caseNumber)
            : tr("Partly supplied: “%1” of case %2 stays open until %3.")
                  .arg(entry.commitment.material, entry.caseNumber,
                       entry.commitment.promisedDate.toString(QStringLiteral("yyyy-MM-dd"))),
        false);
    return true;
}

bool CommitmentLedgerWidget::processSelected() {
    const LedgerEntry *selected = selectedEntry();
    if (!selected || selected->due != LedgerEntry::Due::Overdue) {
        showMessage(tr("Choose an overdue commitment first."), true);
        return false;
    }
    const LedgerEntry entry = *selected;
    const QString consequence = entry.overdueRefuses ? tr("The application will be refused.")
                                                     : tr("The case will be terminated.");
    QMessageBox box(QMessageBox::Warning, tr("Process an overdue commitment"),
                    tr("“%1” of case %2 was promised by %3 and has not been supplied.\n\n%4\nThe "
                       "applicant %5 will be marked in the credit record and may no longer use "
                       "deferred acceptance.\n\nThis cannot be undone. Continue?")
                        .arg(entry.commitment.material, entry.caseNumber,
                             entry.commitment.promisedDate.toString(QStringLiteral("yyyy-MM-dd")),
                             consequence, entry.applicantName),
                    QMessageBox::NoButton, this);
    QPushButton *apply = box.addButton(tr("Apply the rule"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(tr("Cancel"), QMessageBox::RejectRole));
    box.exec();
    if (box.clickedButton() != apply)
        return false;
    const auto processed = m_service->processOverdue(entry.commitment.caseId, entry.commitment.id);
    if (!processed) {
        refresh();
        showMessage(processed.error(), true);
        return false;
    }
    refresh();
    showMessage(tr("Case %1 is now %2; the applicant's credit is marked.")
                    .arg(entry.caseNumber, CaseStateText::label(processed.value())),
                false);
    return true;
}

void CommitmentLedgerWidget::showMessage(const QString &text, bool error) {
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
    m_ui->messageLabel->setProperty("heading",
                                    error ? QStringLiteral("error") : QStringLiteral("hint"));
    m_ui->messageLabel->style()->unpolish(m_ui->messageLabel);
    m_ui->messageLabel->style()->polish(m_ui->messageLabel);
}

QString CommitmentLedgerWidget::messageText() const {
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void CommitmentLedgerWidget::showEvent(QShowEvent *event) {
    // Deferred acceptances taken in the intake area meanwhile appear when the tab is opened.
    refresh();
    QWidget::showEvent(event);
}

} // namespace ow
