#include "logindialog.h"

#include "authservice.h"
#include "ui_logindialog.h"

#include <QApplication>
#include <QCursor>
#include <QPushButton>

namespace ow {

LoginDialog::LoginDialog(AuthService &auth, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_auth(auth) {
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->userNameEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUserName(const QString &name) {
    m_ui->userNameEdit->setText(name);
    if (!name.isEmpty())
        m_ui->passwordEdit->setFocus();
}

QString LoginDialog::userName() const {
    return m_ui->userNameEdit->text().trimmed();
}

QString LoginDialog::errorText() const {
    return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString();
}

void LoginDialog::signIn() {
    // Verifying an argon2id hash takes a noticeable moment: say so with the cursor.
    QApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    const Status st = m_auth.login(m_ui->userNameEdit->text(), m_ui->passwordEdit->text());
    QApplication::restoreOverrideCursor();
    if (!st) {
        showError(st.error());
        return;
    }
    m_ui->passwordEdit->clear();
    accept();
}

void LoginDialog::showError(const QString &message) {
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    m_ui->passwordEdit->clear();
    if (m_ui->userNameEdit->text().trimmed().isEmpty())
        m_ui->userNameEdit->setFocus();
    else
        m_ui->passwordEdit->setFocus();
}

} // namespace ow
