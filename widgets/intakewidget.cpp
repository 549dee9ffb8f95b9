#include "intakewidget.h"

#include "applicantpanel.h"
#include "casedocumentspanel.h"
#include "casestatetext.h"
#include "checklistpanel.h"
#include "checklisttablemodel.h"
#include "deadlinestatusdelegate.h"
#include "deferraldialog.h"
#include "identitycheckbar.h"
#include "intakesession.h"
#include "itemdetails.h"
#include "itemsearchmodel.h"
#include "justificationdialog.h"
#include "refusaldialog.h"
#include "ui_intakewidget.h"
#include "visitcasesmodel.h"
#include "workstationcontext.h"

#include <QAction>
#include <QKeyEvent>
#include <QStyle>

#include <functional>

namespace ow {

namespace {
// Deadline colours for the labels beside the decision keys (the shared style sheet has none).
const char *const kIntakeStyle = R"css(
QLabel[clock="green"] { color: #1b6e34; background: #e8f5ec; border-radius: 4px; padding: 3px 6px; }
QLabel[clock="yellow"] { color: #7a5200; background: #fff4d6; border-radius: 4px; padding: 3px 6px;
                         font-weight: bold; }
QLabel[clock="red"] { color: #b3261e; background: #fde7e5; border-radius: 4px; padding: 3px 6px;
                      font-weight: bold; }
QLabel[clock="none"] { color: #5b6677; padding: 3px 6px; }
QLabel[heading="ok"] { color: #1b6e34; font-weight: bold; }
)css";

void restyle(QWidget *widget, const char *property, const QString &value) {
    widget->setProperty(property, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}
} // namespace

IntakeWidget::IntakeWidget(WorkstationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::IntakeWidget>())
    , m_context(context)
    , m_session(new IntakeSession(context, this))
    , m_items(new ItemSearchModel(context.itemSearch(), this))
    , m_cases(new VisitCasesModel(*m_session, this))
    , m_identity(new IdentityCheckBar(context, this)) {
    m_ui->setupUi(this);
    // Card reading (F10) fills the applicant; the face check (F12) checks the card holder.
    m_ui->applicantPanel->attachIdentityBar(m_identity);
    connect(m_identity, &IdentityCheckBar::cardRead, this,
            [this](const Applicant &applicant, bool expired) {
                if (!m_ui->applicantPanel->fillFromCard(applicant, expired))
                    showMessage(tr("A visit is in progress: press New visit before reading "
                                   "another applicant's card."),
                                true);
            });
    setStyleSheet(QString::fromLatin1(kIntakeStyle));
    m_ui->applicantPanel->setSession(m_session);
    m_ui->checklistPanel->setSession(m_session);
    m_ui->documentsPanel->setSession(m_session);
    m_items->setLimit(100);
    m_items->refresh();
    m_ui->itemResultList->setModel(m_items);
    m_ui->casesList->setModel(m_cases);
    m_ui->casesList->setWordWrap(true);
    m_ui->casesList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->casesList->setItemDelegate(
        new DeadlineStatusDelegate(VisitCasesModel::DeadlineStatusRole, m_ui->casesList));
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 0);
    m_ui->splitter->setStretchFactor(2, 1);
    m_ui->splitter->setSizes({300, 275, 765});
    m_ui->messageLabel->hide();

    connect(m_ui->itemSearchEdit, &QLineEdit::textChanged, this, &IntakeWidget::searchItems);
    connect(m_ui->addItemButton, &QPushButton::clicked, this, &IntakeWidget::addChosenItem);
    connect(m_ui->itemResultList, &QListView::activated, this, &IntakeWidget::addChosenItem);
    connect(m_ui->casesList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &IntakeWidget::caseChosen);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &IntakeWidget::acceptCase);
    connect(m_ui->deferButton, &QPushButton::clicked, this, &IntakeWidget::acceptDeferred);
    connect(m_ui->correctionButton, &QPushButton::clicked, this, &IntakeWidget::requestCorrection);
    connect(m_ui->refuseButton, &QPushButton::clicked, this, &IntakeWidget::refuseCase);
    connect(m_ui->checklistPanel, &ChecklistPanel::message, this, &IntakeWidget::showMessage);
    connect(m_ui->applicantPanel, &ApplicantPanel::visitStarted, this, &IntakeWidget::visitStarted);
    connect(m_ui->applicantPanel, &ApplicantPanel::visitClosed, this, &IntakeWidget::visitClosed);
    connect(m_session, &IntakeSession::commitmentsChanged, this, &IntakeWidget::showCase);
    connect(m_session, &IntakeSession::caseChanged, this, [this](const QString &caseId) {
        if (caseId == m_caseId)
            showCase();
    });
    m_ui->itemSearchEdit->installEventFilter(this);

    // F5–F8 decide; F1–F4 are left for the queue caller.
    const QList<std::pair<QKeySequence, std::function<void()>>> keys = {
        {QKeySequence(Qt::Key_F5), [this] { acceptCase(); }},
        {QKeySequence(Qt::Key_F6), [this] { acceptDeferred(); }},
        {QKeySequence(Qt::Key_F7), [this] { requestCorrection(); }},
        {QKeySequence(Qt::Key_F8), [this] { refuseCase(); }},
        {QKeySequence(Qt::CTRL | Qt::Key_I),
         [this] {
             m_ui->itemSearchEdit->setFocus(Qt::ShortcutFocusReason);
             m_ui->itemSearchEdit->selectAll();
         }},
        {QKeySequence(Qt::CTRL | Qt::Key_L), [this] { m_ui->checklistPanel->focusTable(); }},
    };
    for (const auto &[key, run] : keys) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, run);
        addAction(action);
    }
    visitClosed();
}

IntakeWidget::~IntakeWidget() = default;

ApplicantPanel *IntakeWidget::applicantPanel() const {
    return m_ui->applicantPanel;
}

ChecklistPanel *IntakeWidget::checklistPanel() const {
    return m_ui->checklistPanel;
}

CaseDocumentsPanel *IntakeWidget::documentsPanel() const {
    return m_ui->documentsPanel;
}

void IntakeWidget::setExportPathChooser(ExportPathChooser *chooser) {
    m_ui->documentsPanel->setExportPathChooser(chooser);
}

void IntakeWidget::focusApplicant() {
    m_ui->applicantPanel->focusFirstField();
}

void IntakeWidget::visitStarted() {
    if (const Visit *visit = m_session->visit())
        m_identity->setApplicant(visit->applicant.key(), visit->id);
    m_ui->itemFrame->setEnabled(true);
    m_ui->itemSearchEdit->setFocus(Qt::OtherFocusReason);
    showMessage(tr("Visit started. Add the items the applicant asks for."), false);
}

void IntakeWidget::visitClosed() {
    m_ui->itemFrame->setEnabled(m_session->hasVisit());
    selectCase(QString());
    m_ui->messageLabel->hide();
}

void IntakeWidget::searchItems(const QString &query) {
    m_items->setQuery(query);
    if (m_items->rowCount() > 0 && !m_ui->itemResultList->currentIndex().isValid())
        m_ui->itemResultList->setCurrentIndex(m_items->index(0));
}

bool IntakeWidget::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_ui->itemSearchEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_items->rowCount() > 0) {
                m_ui->itemResultList->setFocus(Qt::TabFocusReason);
                if (!m_ui->itemResultList->currentIndex().isValid())
                    m_ui->itemResultList->setCurrentIndex(m_items->index(0));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void IntakeWidget::addChosenItem() {
    const QModelIndex index = m_ui->itemResultList->currentIndex();
    if (!index.isValid()) {
        showMessage(tr("Choose an item first."), true);
        return;
    }
    addItem(index.data(ItemSearchModel::ItemIdRole).toString());
}

bool IntakeWidget::addItem(const QString &itemId) {
    const auto added = m_session->addItem(itemId);
    if (!added) {
        showMessage(added.error(), true);
        return false;
    }
    selectCase(added.value());
    m_ui->checklistPanel->focusTable();
    showMessage(tr("Added. Check each material: R received, E e-licence, D deferred, M "
                   "missing, X defective, N not applicable."),
                false);
    return true;
}

void IntakeWidget::caseChosen(const QModelIndex &index) {
    const QString caseId = m_cases->caseIdAt(index.row());
    if (caseId == m_caseId)
        return;
    m_caseId = caseId;
    m_ui->checklistPanel->setCaseId(caseId);
    m_ui->documentsPanel->setCaseId(caseId);
    showCase();
}

void IntakeWidget::selectCase(const QString &caseId) {
    const int row = m_cases->rowOfCase(caseId);
    if (row >= 0) {
        m_ui->casesList->setCurrentIndex(m_cases->index(row));
        return;
    }
    m_caseId.clear();
    m_ui->casesList->setCurrentIndex({});
    m_ui->checklistPanel->setCaseId(QString());
    m_ui->documentsPanel->setCaseId(QString());
    showCase();
}

void IntakeWidget::showCase() {
    const IntakeCase *kase = m_session->caseById(m_caseId);
    const bool open = kase && (kase->state() == CaseState::Received ||
                               kase->state() == CaseState::CorrectionRequested);
    for (QPushButton *button :
         {m_ui->acceptButton, m_ui->deferButton, m_ui->correctionButton, m_ui->refuseButton})
        button->setEnabled(open);
    m_ui->correctionButton->setEnabled(kase && kase->state() == CaseState::Received);
    // A blacklisted applicant may not use deferred acceptance: say so where F6 would be.
    const bool barred = m_session->deferralBarred();
    m_ui->deferButton->setEnabled(open && !barred);
    m_ui->deferButton->setToolTip(barred ? deferralBarredText()
                                         : tr("Deferrable materials promised for a date"));
    if (!kase) {
        m_ui->caseTitleLabel->setText(tr("No case selected"));
        m_ui->caseStateLabel->hide();
        m_ui->caseNumberLabel->clear();
        showDeadlines();
        return;
    }
    m_ui->caseTitleLabel->setText(kase->itemName);
    m_ui->caseStateLabel->setText(CaseStateText::label(kase->state()));
    m_ui->caseStateLabel->show();
    m_ui->caseNumberLabel->setText(kase->number.isEmpty() ? kase->id
                                                          : tr("No. %1").arg(kase->number));
    showDeadlines();
}

void IntakeWidget::showDeadlines() {
    const IntakeCase *kase = m_session->caseById(m_caseId);
    const Item *item = m_session->itemOf(m_caseId);
    const QList<std::pair<QLabel *, DeadlineTrack::Basis>> rows = {
        {m_ui->legalDueLabel, DeadlineTrack::Basis::Legal},
        {m_ui->committedDueLabel, DeadlineTrack::Basis::Committed}};
    for (const auto &[label, basis] : rows) {
        const bool legal = basis == DeadlineTrack::Basis::Legal;
        const QString name = legal ? tr("Legal limit") : tr("Committed limit");
        if (!kase || !item) {
            label->clear();
            restyle(label, "clock", QStringLiteral("none"));
            continue;
        }
        const TimeLimit &limit = legal ? item->legalLimit : item->committedLimit;
        const auto reading = m_session->deadline(m_caseId, basis);
        if (!reading) {
            label->setText(
                tr("%1: %2 (runs from acceptance)").arg(name, ItemDetails::limitText(limit)));
            restyle(label, "clock", QStringLiteral("none"));
            continue;
        }
        QString text = tr("%1: %2 — due %3, %n working day(s) left", nullptr,
                          qMax(0, reading->workingDaysLeft))
                           .arg(name, ItemDetails::limitText(limit),
                                reading->due.toString(QStringLiteral("yyyy-MM-dd")));
        if (reading->status == ClockStatus::Red)
            text = tr("%1: %2 — due %3, overdue")
                       .arg(name, ItemDetails::limitText(limit),
                            reading->due.toString(QStringLiteral("yyyy-MM-dd")));
        label->setText(text);
        restyle(label, "clock", LegalClock::statusName(reading->status));
    }
}

void IntakeWidget::showMessage(const QString &text, bool error) {
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
    restyle(m_ui->messageLabel, "heading", error ? QStringLiteral("error") : QStringLiteral("ok"));
}

QString IntakeWidget::messageText() const {
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

QPushButton *IntakeWidget::deferButton() const {
    return m_ui->deferButton;
}

QString IntakeWidget::legalDueText() const {
    return m_ui->legalDueLabel->text();
}

QString IntakeWidget::committedDueText() const {
    return m_ui->committedDueLabel->text();
}

bool IntakeWidget::finish(const DecisionOutcome &outcome, const QString &done) {
    if (!outcome.ok) {
        showMessage(outcome.message, true);
        return false;
    }
    showMessage(done, false);
    m_ui->documentsPanel->setFocus(Qt::OtherFocusReason);
    return true;
}

bool IntakeWidget::acceptCase() {
    if (m_caseId.isEmpty())
        return false;
    return finish(m_session->accept(m_caseId),
                  tr("Accepted. Print the acceptance notice for the applicant."));
}

QString IntakeWidget::deferralBarredText() const {
    const Visit *visit = m_session->visit();
    const QString reason = visit ? visit->applicant.credit.reason : QString();
    return reason.isEmpty()
               ? tr("Deferred acceptance is not allowed: the applicant is on the dishonesty "
                    "list.")
               : tr("Deferred acceptance is not allowed: the applicant is on the dishonesty "
                    "list (%1).")
                     .arg(reason);
}

bool IntakeWidget::acceptDeferred() {
    if (m_caseId.isEmpty())
        return false;
    if (m_session->deferralBarred()) { // F6 reaches here even with the button disabled
        showMessage(deferralBarredText(), true);
        return false;
    }
    const QStringList materials = m_session->materialsToPromise(m_caseId);
    if (materials.isEmpty())
        return finish(m_session->acceptDeferred(m_caseId, {}), QString());
    const auto latest = m_session->latestPromiseDate(m_caseId);
    if (!latest) {
        showMessage(latest.error(), true);
        return false;
    }
    QMap<QString, QDate> marked;
    if (const IntakeCase *kase = m_session->caseById(m_caseId))
        for (const ChecklistEntry &e : kase->checklist.entries())
            if (e.state == MaterialState::Deferred)
                marked.insert(e.standard.name, e.promisedDate);
    DeferralDialog dialog(materials, marked, m_session->today(), latest.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return finish(m_session->acceptDeferred(m_caseId, dialog.promises()),
                  tr("Accepted with deferred materials. Print the commitment for the applicant "
                     "to sign, and the notice (two copies)."));
}

bool IntakeWidget::requestCorrection() {
    if (m_caseId.isEmpty())
        return false;
    DecisionOutcome outcome = m_session->requestCorrection(m_caseId);
    if (outcome.refusedFor(IntakeRefusal::Code::JustificationRequired)) {
        QString materials;
        for (const IntakeRefusal &r : outcome.refusals)
            if (r.code == IntakeRefusal::Code::JustificationRequired)
                materials = r.material;
        JustificationDialog dialog(materials, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        outcome = m_session->requestCorrection(m_caseId, dialog.justification());
    }
    return finish(outcome, tr("Correction requested. Print the notice: it lists every missing "
                              "material at once."));
}

bool IntakeWidget::refuseCase() {
    const IntakeCase *kase = m_session->caseById(m_caseId);
    if (!kase)
        return false;
    RefusalDialog dialog(kase->itemName, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return finish(m_session->refuse(m_caseId, dialog.reason(), dialog.competentOrgan()),
                  tr("Refused. Print the refusal notice; it states the applicant's rights."));
}

} // namespace ow
