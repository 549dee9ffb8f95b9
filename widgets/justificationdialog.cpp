#include "justificationdialog.h"

#include "ui_justificationdialog.h"

#include <QPushButton>

namespace ow {

JustificationDialog::JustificationDialog(const QString &newMaterials, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::JustificationDialog>()) {
    m_ui->setupUi(this);
    m_ui->warningLabel->setText(
        tr("The first notice did not list: %1. Asking for them now breaks the one-time notice "
           "rule and is recorded as a violation.")
            .arg(newMaterials));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Issue the notice"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->justificationEdit, &QPlainTextEdit::textChanged, this,
            &JustificationDialog::updateOk);
    m_ui->justificationEdit->setFocus();
    updateOk();
}

JustificationDialog::~JustificationDialog() = default;

QString JustificationDialog::justification() const {
    return m_ui->justificationEdit->toPlainText().trimmed();
}

void JustificationDialog::updateOk() {
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!justification().isEmpty());
}

} // namespace ow
