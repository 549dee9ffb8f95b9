#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ChangePasswordDialog;
}

namespace ow {

class AuthService;

// Sets a new password for the signed-in user. Forced after a one-time password (then the
// current password is not asked again and Cancel signs out); voluntary from the File menu.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { ReplaceOneTimePassword, Voluntary };

    ChangePasswordDialog(AuthService &auth, Mode mode, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    Mode mode() const { return m_mode; }
    QString errorText() const;

private:
    void change();
    void showError(const QString &message);

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    AuthService &m_auth;
    Mode m_mode;
};

} // namespace ow
