#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace ow {

class AppSettings;
class CommitmentLedgerWidget;
class IntakeWidget;
class ItemGuideWidget;
class SyncStatusLabel;
class WorkstationContext;

// The workstation's shell: menus, the header with the signed-in user, one tab per work area the
// user's roles allow, and the status bar. The areas do the work; the shell only hosts them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(WorkstationContext &context, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    ItemGuideWidget *itemGuide() const { return m_itemGuide; }
    // The intake area, or nullptr when the user's roles do not include intake.
    IntakeWidget *intake() const { return m_intake; }
    // The commitment ledger, or nullptr when the user's roles do not include it.
    CommitmentLedgerWidget *ledger() const { return m_ledger; }
    int areaCount() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addAreas();
    void showSession();
    void chooseLanguage(const QString &language);
    void changePassword();
    void showAbout();
    void connectSync();

    std::unique_ptr<Ui::MainWindow> m_ui;
    WorkstationContext &m_context;
    AppSettings &m_settings;
    ItemGuideWidget *m_itemGuide = nullptr;
    IntakeWidget *m_intake = nullptr;
    CommitmentLedgerWidget *m_ledger = nullptr;
    QLabel *m_userStatus;
    QLabel *m_catalogStatus;
    SyncStatusLabel *m_syncStatus = nullptr;
};

} // namespace ow
