#include "startupflow.h"

#include "appsettings.h"
#include "changepassworddialog.h"
#include "firstrundialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "workstationcontext.h"

namespace ow {

StartupFlow::StartupFlow(WorkstationContext &context, AppSettings &settings,
                         WorkstationStore::FirstRun firstRun, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_settings(settings)
    , m_firstRun(std::move(firstRun)) {}

StartupFlow::~StartupFlow() {
    delete m_dialog;
    delete m_window;
}

void StartupFlow::start() {
    if (!m_firstRun.adminName.isEmpty())
        showFirstRun();
    else
        showLogin();
}

void StartupFlow::present(QDialog *dialog, void (StartupFlow::*next)()) {
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, next);
    connect(dialog, &QDialog::rejected, this, [this] {
        m_context.auth().logout();
        emit cancelled();
    });
    dialog->show();
}

void StartupFlow::showFirstRun() {
    auto *dialog = new FirstRunDialog(m_firstRun.adminName, m_firstRun.adminOneTimePassword,
                                      m_firstRun.catalogLoaded);
    // The password lives on only in the dialog.
    m_firstRun.adminOneTimePassword.clear();
    present(dialog, &StartupFlow::showLogin);
}

void StartupFlow::showLogin() {
    auto *dialog = new LoginDialog(m_context.auth());
    dialog->setUserName(m_firstRun.adminName.isEmpty() ? m_settings.lastUserName()
                                                       : m_firstRun.adminName);
    present(dialog, &StartupFlow::showPasswordChange);
}

void StartupFlow::showPasswordChange() {
    if (const auto &user = m_context.auth().currentUser())
        m_settings.setLastUserName(user->name);
    if (!m_context.auth().mustChangePassword()) {
        showMainWindow();
        return;
    }
    present(new ChangePasswordDialog(m_context.auth(),
                                     ChangePasswordDialog::Mode::ReplaceOneTimePassword),
            &StartupFlow::showMainWindow);
}

void StartupFlow::showMainWindow() {
    m_dialog = nullptr;
    m_window = new MainWindow(m_context, m_settings);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    m_window->show();
    emit mainWindowShown(m_window);
}

} // namespace ow
