#include "materialpromptdialog.h"

#include "ui_materialpromptdialog.h"

#include <QPushButton>

namespace ow {

MaterialPromptDialog::MaterialPromptDialog(const QString &material, const QString &prompt,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MaterialPromptDialog>()) {
    m_ui->setupUi(this);
    m_ui->materialLabel->setText(material);
    m_ui->promptLabel->setText(prompt);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->textEdit, &QLineEdit::textChanged, this, &MaterialPromptDialog::updateOk);
    m_ui->textEdit->hide();
    m_ui->dateEdit->hide();
}

MaterialPromptDialog::~MaterialPromptDialog() = default;

void MaterialPromptDialog::askDate(const QDate &initial, const QDate &minimum,
                                   const QDate &maximum) {
    m_asksText = false;
    m_ui->textEdit->hide();
    m_ui->dateEdit->show();
    m_ui->dateEdit->setDateRange(minimum, maximum);
    m_ui->dateEdit->setDate(initial);
    m_ui->dateEdit->setFocus();
    updateOk();
}

void MaterialPromptDialog::askText(const QString &initial, const QString &placeholder) {
    m_asksText = true;
    m_ui->dateEdit->hide();
    m_ui->textEdit->show();
    m_ui->textEdit->setText(initial);
    m_ui->textEdit->setPlaceholderText(placeholder);
    m_ui->textEdit->selectAll();
    m_ui->textEdit->setFocus();
    updateOk();
}

QDate MaterialPromptDialog::date() const {
    return m_ui->dateEdit->date();
}

QString MaterialPromptDialog::text() const {
    return m_ui->textEdit->text().trimmed();
}

void MaterialPromptDialog::updateOk() {
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_asksText || !text().isEmpty());
}

} // namespace ow
