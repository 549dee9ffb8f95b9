#include "refusaldialog.h"

#include "ui_refusaldialog.h"

#include <QPushButton>

namespace ow {

RefusalDialog::RefusalDialog(const QString &itemName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RefusalDialog>()) {
    m_ui->setupUi(this);
    m_ui->itemLabel->setText(tr("Item: %1").arg(itemName));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Refuse (F8)"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, &RefusalDialog::updateOk);
    m_ui->reasonEdit->setFocus();
    updateOk();
}

RefusalDialog::~RefusalDialog() = default;

QString RefusalDialog::reason() const {
    return m_ui->reasonEdit->toPlainText().trimmed();
}

QString RefusalDialog::competentOrgan() const {
    return m_ui->organEdit->text().trimmed();
}

void RefusalDialog::updateOk() {
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace ow
