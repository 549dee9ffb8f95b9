#pragma once

#include "result.h"
#include "userrepository.h"

#include <QObject>
#include <QString>

#include <optional>

namespace ow {

// The signed-in user of this workstation: signs in and out, and changes the password (forced
// after a one-time password). Messages are translated and never say whether the user name or
// the password was the wrong one.
class AuthService : public QObject {
    Q_OBJECT
public:
    explicit AuthService(UserRepository &users, QObject *parent = nullptr);

    Status login(const QString &name, const QString &password);
    void logout();

    bool isLoggedIn() const { return m_user.has_value(); }
    const std::optional<User> &currentUser() const { return m_user; }
    bool mustChangePassword() const { return m_user && m_user->mustChangePassword; }

    // A voluntary change: the current password is checked again.
    Status changePassword(const QString &currentPassword, const QString &newPassword);
    // The change that follows a one-time password; allowed only while it is required.
    Status replaceOneTimePassword(const QString &newPassword);

    // Why a new password is not acceptable, or an empty string.
    static QString passwordProblem(const QString &userName, const QString &password);
    static constexpr int minimumPasswordLength = 8;

signals:
    void sessionChanged();

private:
    Status storeNewPassword(const QString &newPassword);

    UserRepository &m_users;
    std::optional<User> m_user;
};

} // namespace ow
