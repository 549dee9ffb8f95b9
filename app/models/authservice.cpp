#include "authservice.h"

namespace ow {

AuthService::AuthService(UserRepository &users, QObject *parent)
    : QObject(parent)
    , m_users(users) {}

Status AuthService::login(const QString &name, const QString &password) {
    const QString userName = name.trimmed();
    if (userName.isEmpty())
        return Status::failure(tr("Enter your user name."));
    if (password.isEmpty())
        return Status::failure(tr("Enter your password."));
    Result<User> user = m_users.authenticate(userName, password);
    if (!user)
        return Status::failure(tr("The user name or the password is not correct."));
    m_user = user.value();
    emit sessionChanged();
    return {};
}

void AuthService::logout() {
    if (!m_user)
        return;
    m_user.reset();
    emit sessionChanged();
}

QString AuthService::passwordProblem(const QString &userName, const QString &password) {
    if (password.size() < minimumPasswordLength)
        return tr("The new password needs at least %1 characters.").arg(minimumPasswordLength);
    if (password.trimmed() != password)
        return tr("The new password must not begin or end with a space.");
    if (!userName.isEmpty() && password.compare(userName, Qt::CaseInsensitive) == 0)
        return tr("The new password must not be the user name.");
    bool hasLetter = false;
    bool hasDigit = false;
    for (QChar c : password) {
        hasLetter = hasLetter || c.isLetter();
        hasDigit = hasDigit || c.isDigit();
    }
    if (!hasLetter || !hasDigit)
        return tr("The new password needs both letters and digits.");
    return {};
}

Status AuthService::changePassword(const QString &currentPassword, const QString &newPassword) {
    if (!m_user)
        return Status::failure(tr("Nobody is signed in."));
    if (!m_users.authenticate(m_user->name, currentPassword))
        return Status::failure(tr("The current password is not correct."));
    if (currentPassword == newPassword)
        return Status::failure(tr("The new password must differ from the current one."));
    return storeNewPassword(newPassword);
}

Status AuthService::replaceOneTimePassword(const QString &newPassword) {
    if (!m_user)
        return Status::failure(tr("Nobody is signed in."));
    if (!m_user->mustChangePassword)
        return Status::failure(tr("Use Change Password with your current password instead."));
    // The one-time password must not survive as the new one.
    if (m_users.authenticate(m_user->name, newPassword))
        return Status::failure(tr("The new password must differ from the current one."));
    return storeNewPassword(newPassword);
}

Status AuthService::storeNewPassword(const QString &newPassword) {
    if (const QString problem = passwordProblem(m_user->name, newPassword); !problem.isEmpty())
        return Status::failure(problem);
    if (Status st = m_users.setPassword(m_user->name, newPassword, false); !st)
        return Status::failure(tr("The password could not be saved: %1").arg(st.error()));
    m_user->mustChangePassword = false;
    emit sessionChanged();
    return {};
}

} // namespace ow
