#include "supplydialog.h"

#include "commitmentservice.h"
#include "ui_supplydialog.h"

#include <QPushButton>

namespace ow {

SupplyDialog::SupplyDialog(const LedgerEntry &entry, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SupplyDialog>()) {
    m_ui->setupUi(this);
    m_ui->commitmentLabel->setText(
        tr("%1\nCase %2 · %3 · promised by %4")
            .arg(entry.commitment.material, entry.caseNumber, entry.itemName,
                 entry.commitment.promisedDate.toString(QStringLiteral("yyyy-MM-dd"))));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Record the supply"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->whatEdit, &QLineEdit::textChanged, this, &SupplyDialog::updateOk);
    connect(m_ui->completeCheck, &QCheckBox::toggled, m_ui->partialHintLabel, &QWidget::setHidden);
    m_ui->partialHintLabel->setHidden(m_ui->completeCheck->isChecked());
    m_ui->whatEdit->setFocus();
    updateOk();
}

SupplyDialog::~SupplyDialog() = default;

QString SupplyDialog::what() const {
    return m_ui->whatEdit->text().trimmed();
}

bool SupplyDialog::complete() const {
    return m_ui->completeCheck->isChecked();
}

void SupplyDialog::updateOk() {
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!what().isEmpty());
}

} // namespace ow
