#include "mainwindow.h"

#include "appsettings.h"
#include "changepassworddialog.h"
#include "commitmentledgerwidget.h"
#include "intakesession.h"
#include "intakewidget.h"
#include "itemguidewidget.h"
#include "rolenames.h"
#include "syncstatuslabel.h"
#include "syncthread.h"
#include "ui_mainwindow.h"
#include "workstationcontext.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>

namespace ow {

MainWindow::MainWindow(WorkstationContext &context, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
    , m_settings(settings)
    , m_userStatus(new QLabel(this))
    , m_catalogStatus(new QLabel(this)) {
    m_ui->setupUi(this);
    m_ui->statusBar->addWidget(m_userStatus, 1);
    m_ui->statusBar->addPermanentWidget(m_catalogStatus);

    auto *languages = new QActionGroup(this);
    languages->addAction(m_ui->actionLanguageChinese);
    languages->addAction(m_ui->actionLanguageEnglish);
    const bool chinese = settings.language() == QStringLiteral("zh_CN");
    m_ui->actionLanguageChinese->setChecked(chinese);
    m_ui->actionLanguageEnglish->setChecked(!chinese);
    connect(m_ui->actionLanguageChinese, &QAction::triggered, this,
            [this] { chooseLanguage(QStringLiteral("zh_CN")); });
    connect(m_ui->actionLanguageEnglish, &QAction::triggered, this,
            [this] { chooseLanguage(QStringLiteral("en")); });
    connect(m_ui->actionChangePassword, &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(&context.auth(), &AuthService::sessionChanged, this, &MainWindow::showSession);

    addAreas();
    connectSync();
    showSession();
    m_catalogStatus->setText(tr("Catalog: %n item(s)", nullptr, context.itemCount()));
    if (!settings.mainWindowGeometry().isEmpty())
        restoreGeometry(settings.mainWindowGeometry());
}

MainWindow::~MainWindow() = default;

int MainWindow::areaCount() const {
    return m_ui->areaTabs->count();
}

void MainWindow::addAreas() {
    // Every role looks items up. The queue, intake and supervision areas join here by role
    // (currentUser()->hasRole(...)) as they are built.
    m_itemGuide = new ItemGuideWidget(m_context, m_ui->areaTabs);
    m_ui->areaTabs->addTab(m_itemGuide, tr("&Item guide"));
    m_ui->areaTabs->setCurrentWidget(m_itemGuide);
    m_itemGuide->focusSearch();

    // Intake at the window: clerks, the help desk (which also receives files) and admins.
    const auto &user = m_context.auth().currentUser();
    if (user && (user->hasRole(Role::Clerk) || user->hasRole(Role::Helpdesk) ||
                 user->hasRole(Role::Admin))) {
        m_intake = new IntakeWidget(m_context, m_ui->areaTabs);
        m_ui->areaTabs->addTab(m_intake, tr("I&ntake"));
    }

    // The commitment ledger: whoever takes intake, and the supervisor (read only).
    if (user && (user->hasRole(Role::Clerk) || user->hasRole(Role::Helpdesk) ||
                 user->hasRole(Role::Admin) || user->hasRole(Role::Supervisor))) {
        m_ledger = new CommitmentLedgerWidget(m_context, m_ui->areaTabs);
        m_ledger->setDueSoonDays(m_settings.commitmentDueSoonDays());
        m_ui->areaTabs->addTab(m_ledger, tr("Commitment le&dger"));
        // A case of the open visit changed by the ledger is read again by the intake.
        if (m_intake)
            connect(m_ledger, &CommitmentLedgerWidget::caseUpdated, m_intake->session(),
                    &IntakeSession::reloadCase);
    }
}

// The sync indicator, and a nudge to the background sync after every save of the work areas.
void MainWindow::connectSync() {
    SyncThread *sync = m_context.backgroundSync();
    if (!sync)
        return;
    m_syncStatus = new SyncStatusLabel(this);
    m_ui->statusBar->addPermanentWidget(m_syncStatus);
    m_syncStatus->setServer(sync->server());
    m_syncStatus->setState(sync->state());
    connect(sync, &SyncThread::stateChanged, m_syncStatus, &SyncStatusLabel::setState);
    if (m_intake) {
        IntakeSession *session = m_intake->session();
        connect(session, &IntakeSession::visitChanged, sync, &SyncThread::nudge);
        connect(session, &IntakeSession::caseAdded, sync, &SyncThread::nudge);
        connect(session, &IntakeSession::caseChanged, sync, &SyncThread::nudge);
    }
    if (m_ledger)
        connect(m_ledger, &CommitmentLedgerWidget::caseUpdated, sync, &SyncThread::nudge);
}

void MainWindow::showSession() {
    const auto &user = m_context.auth().currentUser();
    if (!user) {
        m_ui->userBadgeLabel->setText(tr("Not signed in"));
        m_userStatus->setText(tr("Not signed in"));
        return;
    }
    const QString name = user->displayName.isEmpty() ? user->name : user->displayName;
    const QString roles = roleDisplayNames(user->roles);
    m_ui->userBadgeLabel->setText(tr("%1  ·  %2").arg(name, roles));
    m_userStatus->setText(tr("Signed in as %1 (%2)").arg(user->name, roles));
}

void MainWindow::chooseLanguage(const QString &language) {
    if (language == m_settings.language())
        return;
    m_settings.setLanguage(language);
    m_settings.sync();
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("The new language applies the next time OneWindow starts."),
                    QMessageBox::NoButton, this);
    box.addButton(tr("OK"), QMessageBox::AcceptRole);
    box.exec();
}

void MainWindow::changePassword() {
    ChangePasswordDialog dialog(m_context.auth(), ChangePasswordDialog::Mode::Voluntary, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password has been changed."), 5000);
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About OneWindow"),
        tr("<h3>OneWindow Workstation %1</h3>"
           "<p>The comprehensive window's workstation of a government service hall: item "
           "guide, intake, queue and supervision.</p><p>Data folder: %2</p>")
            .arg(QStringLiteral(ONEWINDOW_VERSION), m_context.dataDir().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace ow
