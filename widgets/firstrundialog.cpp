#include "firstrundialog.h"

#include "ui_firstrundialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>

namespace ow {

FirstRunDialog::FirstRunDialog(const QString &adminName, const QString &oneTimePassword,
                               bool catalogLoaded, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>()) {
    m_ui->setupUi(this);
    m_ui->adminNameEdit->setText(adminName);
    m_ui->passwordEdit->setText(oneTimePassword);
    m_ui->catalogLabel->setVisible(catalogLoaded);
    m_ui->statusLabel->hide();
    connect(m_ui->copyButton, &QPushButton::clicked, this, &FirstRunDialog::copyPassword);
    connect(m_ui->notedCheckBox, &QCheckBox::toggled, m_ui->continueButton,
            &QPushButton::setEnabled);
    connect(m_ui->continueButton, &QPushButton::clicked, this, &QDialog::accept);
    m_ui->notedCheckBox->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

bool FirstRunDialog::isConfirmed() const {
    return m_ui->notedCheckBox->isChecked();
}

void FirstRunDialog::reject() {
    // Escape or the close button would lose the password for good; accept only once noted.
    if (isConfirmed()) {
        accept();
        return;
    }
    m_ui->statusLabel->setText(tr("Note the password first, then tick the box above."));
    m_ui->statusLabel->show();
    m_ui->notedCheckBox->setFocus();
}

void FirstRunDialog::copyPassword() {
    QGuiApplication::clipboard()->setText(m_ui->passwordEdit->text());
    m_ui->statusLabel->setText(tr("The password is on the clipboard."));
    m_ui->statusLabel->show();
}

} // namespace ow
