#include "changepassworddialog.h"

#include "authservice.h"
#include "ui_changepassworddialog.h"

#include <QApplication>
#include <QCursor>
#include <QPushButton>

namespace ow {

ChangePasswordDialog::ChangePasswordDialog(AuthService &auth, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangePasswordDialog>())
    , m_auth(auth)
    , m_mode(mode) {
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->ruleLabel->setText(tr("At least %1 characters, with letters and digits.")
                                 .arg(AuthService::minimumPasswordLength));
    if (mode == Mode::ReplaceOneTimePassword) {
        m_ui->formLayout->setRowVisible(m_ui->currentPasswordEdit, false);
        m_ui->cancelButton->setText(tr("Sign &out"));
        m_ui->newPasswordEdit->setFocus();
    } else {
        m_ui->explanationLabel->setText(tr("Enter your current password, then the new one twice."));
        m_ui->currentPasswordEdit->setFocus();
    }
    connect(m_ui->changeButton, &QPushButton::clicked, this, &ChangePasswordDialog::change);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

QString ChangePasswordDialog::errorText() const {
    return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString();
}

void ChangePasswordDialog::change() {
    const QString newPassword = m_ui->newPasswordEdit->text();
    if (newPassword != m_ui->confirmPasswordEdit->text()) {
        showError(tr("The two new passwords are not the same."));
        return;
    }
    QApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    const Status st = m_mode == Mode::ReplaceOneTimePassword
                          ? m_auth.replaceOneTimePassword(newPassword)
                          : m_auth.changePassword(m_ui->currentPasswordEdit->text(), newPassword);
    QApplication::restoreOverrideCursor();
    if (!st) {
        showError(st.error());
        return;
    }
    accept();
}

void ChangePasswordDialog::showError(const QString &message) {
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    m_ui->newPasswordEdit->clear();
    m_ui->confirmPasswordEdit->clear();
    if (m_mode == Mode::Voluntary && m_ui->currentPasswordEdit->text().isEmpty())
        m_ui->currentPasswordEdit->setFocus();
    else
        m_ui->newPasswordEdit->setFocus();
}

} // namespace ow
