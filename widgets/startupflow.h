#pragma once

#include "workstationstore.h"

#include <QObject>
#include <QPointer>

class QDialog;

namespace ow {

class AppSettings;
class MainWindow;
class WorkstationContext;

// The screens between start and work, one after the other without blocking the event loop:
// the first-run password (once), sign-in, the forced password change after a one-time
// password, then the main window. Cancelling any step ends the flow with cancelled().
class StartupFlow : public QObject {
    Q_OBJECT
public:
    StartupFlow(WorkstationContext &context, AppSettings &settings,
                WorkstationStore::FirstRun firstRun, QObject *parent = nullptr);
    ~StartupFlow() override;

    void start();
    // The dialog now waiting for the user, if any.
    QDialog *currentDialog() const { return m_dialog; }
    MainWindow *mainWindow() const { return m_window; }

signals:
    void mainWindowShown(ow::MainWindow *window);
    void cancelled();

private:
    void showFirstRun();
    void showLogin();
    void showPasswordChange();
    void showMainWindow();
    void present(QDialog *dialog, void (StartupFlow::*next)());

    WorkstationContext &m_context;
    AppSettings &m_settings;
    WorkstationStore::FirstRun m_firstRun;
    QPointer<QDialog> m_dialog;
    QPointer<MainWindow> m_window;
};

} // namespace ow
