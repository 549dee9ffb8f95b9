#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace ow {

class AuthService;

// Asks for the user name and password and signs in through the AuthService. Enter submits; a
// failure shows why under the fields, clears the password and keeps the dialog open.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(AuthService &auth, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Pre-fills the user name (the last one used) and puts the cursor in the password field.
    void setUserName(const QString &name);
    QString userName() const;
    QString errorText() const;

private:
    void signIn();
    void showError(const QString &message);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    AuthService &m_auth;
};

} // namespace ow
