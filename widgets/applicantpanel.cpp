#include "applicantpanel.h"

#include "applicantcheck.h"
#include "casestatetext.h"
#include "commitmentledgermodel.h"
#include "idnumber.h"
#include "intakesession.h"
#include "supplydialog.h"
#include "ui_applicantpanel.h"

#include <QEvent>
#include <QStyle>

namespace ow {

ApplicantPanel::ApplicantPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApplicantPanel>()) {
    m_ui->setupUi(this);
    connect(m_ui->naturalRadio, &QRadioButton::toggled, this, &ApplicantPanel::kindChanged);
    connect(m_ui->idNumberEdit, &QLineEdit::textEdited, this, &ApplicantPanel::idNumberEdited);
    connect(m_ui->idNumberEdit, &QLineEdit::editingFinished, this, &ApplicantPanel::maskIdNumber);
    connect(m_ui->creditCodeEdit, &QLineEdit::textEdited, this, &ApplicantPanel::creditCodeEdited);
    connect(m_ui->agentCheck, &QCheckBox::toggled, m_ui->agentPage, &QWidget::setVisible);
    connect(m_ui->startVisitButton, &QPushButton::clicked, this, &ApplicantPanel::startVisit);
    connect(m_ui->newVisitButton, &QPushButton::clicked, this, &ApplicantPanel::newVisit);
    connect(m_ui->lookUpButton, &QPushButton::clicked, this, &ApplicantPanel::lookUpEarlierVisits);
    connect(m_ui->supplyButton, &QPushButton::clicked, this,
            &ApplicantPanel::supplySelectedCommitment);
    connect(m_ui->commitmentsList, &QListWidget::itemActivated, this,
            &ApplicantPanel::supplySelectedCommitment);
    // The red 失信 badge beside the heading (the shared style sheet has no such role).
    m_ui->creditBadgeLabel->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: #c62828; border-radius: 4px;"
                       " padding: 2px 8px; font-weight: bold; }"));
    m_ui->creditBadgeLabel->hide();
    m_ui->creditReasonLabel->hide();
    m_ui->commitmentsPage->hide();
    m_ui->idNumberEdit->installEventFilter(this);
    m_ui->agentPage->setVisible(false);
    m_ui->problemsLabel->hide();
    m_ui->newVisitButton->setEnabled(false);
    m_expiredLabel = new QLabel(this);
    m_expiredLabel->setWordWrap(true);
    m_expiredLabel->setProperty("heading", QStringLiteral("error"));
    m_expiredLabel->hide();
    m_ui->applicantLayout->insertWidget(m_ui->applicantLayout->indexOf(m_ui->kindStack) + 1,
                                        m_expiredLabel);
    kindChanged();
}

void ApplicantPanel::attachIdentityBar(QWidget *bar) {
    m_identityBar = bar;
    m_ui->applicantLayout->insertWidget(m_ui->applicantLayout->indexOf(m_ui->kindStack), bar);
}

bool ApplicantPanel::fillFromCard(const Applicant &applicant, bool expired) {
    if (!m_ui->startVisitButton->isEnabled())
        return false; // a visit is running: its applicant stays
    m_ui->naturalRadio->setChecked(true);
    m_fullIdNumber = applicant.idNumber;
    m_masked = true;
    m_ui->idNumberEdit->setText(IdNumber::mask(m_fullIdNumber));
    m_ui->personNameEdit->setText(applicant.name);
    m_ui->nationEdit->setText(applicant.card.nation);
    m_ui->addressEdit->setText(applicant.card.address);
    m_ui->validUntilEdit->setText(applicant.card.validUntil.toString(QStringLiteral("yyyy-MM-dd")));
    m_readCard = applicant.card;
    m_readCardId = applicant.idNumber;
    showIdCheck(m_fullIdNumber);
    m_expiredLabel->setText(
        tr("The ID card expired on %1: ask for a valid identity document before accepting.")
            .arg(applicant.card.validUntil.toString(QStringLiteral("yyyy-MM-dd"))));
    m_expiredLabel->setVisible(expired);
    lookUpCredit(m_fullIdNumber);
    return true;
}

bool ApplicantPanel::expiredCardWarningShown() const {
    return !m_expiredLabel->isHidden();
}

QString ApplicantPanel::idNumberShown() const {
    return m_ui->idNumberEdit->text();
}

ApplicantPanel::~ApplicantPanel() = default;

void ApplicantPanel::setSession(IntakeSession *session) {
    m_session = session;
    if (m_session)
        connect(m_session, &IntakeSession::commitmentsChanged, this, [this] {
            showOpenCommitments();
            if (m_session->visit())
                showCredit(m_session->visit()->applicant.credit);
        });
}

void ApplicantPanel::focusFirstField() {
    if (m_ui->naturalRadio->isChecked())
        m_ui->idNumberEdit->setFocus(Qt::ShortcutFocusReason);
    else
        m_ui->creditCodeEdit->setFocus(Qt::ShortcutFocusReason);
}

void ApplicantPanel::kindChanged() {
    const bool natural = m_ui->naturalRadio->isChecked();
    m_ui->kindStack->setCurrentWidget(natural ? m_ui->naturalPage : m_ui->legalPage);
    m_ui->problemsLabel->hide();
}

QString ApplicantPanel::typedIdNumber() const {
    return m_masked ? m_fullIdNumber : m_ui->idNumberEdit->text().trimmed();
}

void ApplicantPanel::showStatus(QLabel *label, const QString &text, bool error) {
    label->setText(text);
    label->setProperty("heading", error ? QStringLiteral("error") : QStringLiteral("hint"));
    label->style()->unpolish(label);
    label->style()->polish(label);
}

void ApplicantPanel::idNumberEdited(const QString &text) {
    m_masked = false;
    if (creditBadgeShown())
        showCredit(CreditStatus{}); // another number: look it up again once complete
    const QString id = text.trimmed();
    // While the number is still being typed, count characters rather than complain.
    if (id.size() < 18) {
        showStatus(m_ui->idStatusLabel,
                   id.isEmpty() ? QString() : tr("%1 of 18 characters").arg(id.size()), false);
        return;
    }
    showIdCheck(id);
    if (const IdNumberCheck check = IdNumber::check(id, m_session ? m_session->today() : QDate());
        check.valid)
        lookUpCredit(check.normalized);
}

void ApplicantPanel::showIdCheck(const QString &id) {
    const QDate today = m_session ? m_session->today() : QDate();
    const QString problem = ApplicantCheck::idNumberProblem(id, today);
    if (!problem.isEmpty()) {
        showStatus(m_ui->idStatusLabel, problem, true);
        return;
    }
    const IdNumberCheck check = IdNumber::check(id, today);
    const QString sex = check.sex == IdNumberCheck::Sex::Female ? tr("female") : tr("male");
    showStatus(m_ui->idStatusLabel,
               tr("✓ Valid · %1 · born %2")
                   .arg(sex, check.birthDate.toString(QStringLiteral("yyyy-MM-dd"))),
               false);
}

void ApplicantPanel::maskIdNumber() {
    if (m_masked)
        return;
    const QString id = m_ui->idNumberEdit->text().trimmed();
    const IdNumberCheck check = IdNumber::check(id, m_session ? m_session->today() : QDate());
    if (!id.isEmpty())
        showIdCheck(id);
    if (!check.valid)
        return;
    // Screens show the masked number; the full one stays behind it for the case.
    m_fullIdNumber = check.normalized;
    m_masked = true;
    m_ui->idNumberEdit->setText(IdNumber::mask(m_fullIdNumber));
    lookUpCredit(m_fullIdNumber);
}

bool ApplicantPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_ui->idNumberEdit && event->type() == QEvent::FocusIn && m_masked &&
        !m_ui->idNumberEdit->isReadOnly()) {
        // Editing again: show the number itself.
        m_masked = false;
        m_ui->idNumberEdit->setText(m_fullIdNumber);
    }
    return QWidget::eventFilter(watched, event);
}

void ApplicantPanel::creditCodeEdited(const QString &text) {
    if (creditBadgeShown())
        showCredit(CreditStatus{});
    const QString code = text.trimmed();
    if (code.size() < 18) {
        showStatus(m_ui->creditStatusLabel,
                   code.isEmpty() ? QString() : tr("%1 of 18 characters").arg(code.size()), false);
        return;
    }
    const QString problem = ApplicantCheck::creditCodeProblem(code);
    showStatus(m_ui->creditStatusLabel, problem.isEmpty() ? tr("✓ Valid credit code") : problem,
               !problem.isEmpty());
    if (problem.isEmpty())
        lookUpCredit(code.toUpper());
}

void ApplicantPanel::lookUpCredit(const QString &applicantKey) {
    if (!m_session)
        return;
    const auto credit = m_session->creditStatus(applicantKey);
    if (!credit) {
        showCredit(CreditStatus{});
        m_ui->creditReasonLabel->setText(credit.error());
        m_ui->creditReasonLabel->show();
        return;
    }
    showCredit(credit.value());
}

void ApplicantPanel::showCredit(const CreditStatus &credit) {
    m_ui->creditBadgeLabel->setVisible(credit.blacklisted);
    m_ui->creditReasonLabel->setVisible(credit.blacklisted);
    if (credit.blacklisted) {
        const QString reason =
            credit.reason.isEmpty() ? tr("listed in the credit record") : credit.reason;
        m_ui->creditBadgeLabel->setToolTip(reason);
        m_ui->creditReasonLabel->setText(
            tr("Dishonesty record: %1. Deferred acceptance (F6) is not allowed.").arg(reason));
    } else {
        m_ui->creditBadgeLabel->setToolTip(QString());
        m_ui->creditReasonLabel->clear();
    }
    emit creditLookedUp(credit.blacklisted);
}

bool ApplicantPanel::creditBadgeShown() const {
    return !m_ui->creditBadgeLabel->isHidden();
}

QString ApplicantPanel::creditReasonText() const {
    return m_ui->creditReasonLabel->isHidden() ? QString() : m_ui->creditReasonLabel->text();
}

void ApplicantPanel::showOpenCommitments() {
    m_ui->commitmentsList->clear();
    m_openCommitments.clear();
    if (m_session && m_session->hasVisit()) {
        const auto open = m_session->openCommitmentsOfApplicant();
        if (open)
            m_openCommitments = open.value();
        else
            m_ui->commitmentsList->addItem(tr("The look-up failed: %1").arg(open.error()));
    }
    for (const LedgerEntry &e : std::as_const(m_openCommitments)) {
        const QString due =
            e.due == LedgerEntry::Due::Overdue ? tr("overdue since %1") : tr("promised by %1");
        QString line =
            tr("%1 — %2 (case %3)")
                .arg(e.commitment.material,
                     due.arg(e.commitment.promisedDate.toString(QStringLiteral("yyyy-MM-dd"))),
                     e.caseNumber);
        if (e.commitment.partlySupplied())
            line += QLatin1Char('\n') + CommitmentLedgerModel::stateText(e);
        m_ui->commitmentsList->addItem(line);
    }
    if (!m_openCommitments.isEmpty())
        m_ui->commitmentsList->setCurrentRow(0);
    m_ui->commitmentsHeading->setText(
        tr("Open commitments (%1): take the supply now").arg(m_openCommitments.size()));
    m_ui->commitmentsPage->setVisible(m_ui->commitmentsList->count() > 0);
    m_ui->supplyButton->setEnabled(!m_openCommitments.isEmpty() &&
                                   m_session->commitments().mayChange());
}

QStringList ApplicantPanel::openCommitmentLines() const {
    QStringList lines;
    for (int row = 0; row < m_ui->commitmentsList->count(); ++row)
        lines << m_ui->commitmentsList->item(row)->text();
    return lines;
}

bool ApplicantPanel::supplySelectedCommitment() {
    const int row = m_ui->commitmentsList->currentRow();
    if (!m_session || row < 0 || row >= m_openCommitments.size())
        return false;
    const LedgerEntry entry = m_openCommitments.at(row);
    SupplyDialog dialog(entry, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Status supplied = m_session->commitments().supply(
        entry.commitment.caseId, entry.commitment.id, dialog.what(), dialog.complete());
    if (!supplied) {
        m_ui->problemsLabel->setText(supplied.error());
        m_ui->problemsLabel->show();
        return false;
    }
    m_ui->problemsLabel->hide();
    return true;
}

Applicant ApplicantPanel::applicant() const {
    Applicant a;
    if (m_ui->naturalRadio->isChecked()) {
        a.kind = Applicant::Kind::NaturalPerson;
        a.idNumber = typedIdNumber().toUpper();
        a.name = m_ui->personNameEdit->text().trimmed();
        a.phone = m_ui->personPhoneEdit->text().trimmed();
        a.card.nation = m_ui->nationEdit->text().trimmed();
        a.card.address = m_ui->addressEdit->text().trimmed();
        a.card.validUntil =
            QDate::fromString(m_ui->validUntilEdit->text().trimmed(), QStringLiteral("yyyy-MM-dd"));
        if (!m_readCardId.isEmpty() && a.idNumber == m_readCardId) {
            a.card.authority = m_readCard.authority;
            a.card.validFrom = m_readCard.validFrom;
        }
    } else {
        a.kind = Applicant::Kind::LegalPerson;
        a.creditCode = m_ui->creditCodeEdit->text().trimmed().toUpper();
        a.name = m_ui->orgNameEdit->text().trimmed();
        a.legalRepresentative = m_ui->representativeEdit->text().trimmed();
        a.phone = m_ui->orgPhoneEdit->text().trimmed();
    }
    if (m_ui->agentCheck->isChecked()) {
        Agent agent;
        agent.name = m_ui->agentNameEdit->text().trimmed();
        agent.idNumber = m_ui->agentIdEdit->text().trimmed().toUpper();
        agent.powerOfAttorney = m_ui->powerOfAttorneyCheck->isChecked();
        a.agent = agent;
    }
    return a;
}

bool ApplicantPanel::startVisit() {
    if (!m_session)
        return false;
    maskIdNumber();
    const QStringList problems = m_session->startVisit(applicant());
    if (!problems.isEmpty()) {
        m_ui->problemsLabel->setText(problems.join(QLatin1Char('\n')));
        m_ui->problemsLabel->show();
        return false;
    }
    m_ui->problemsLabel->hide();
    setLocked(true);
    m_ui->visitLabel->setText(m_session->visit()->id);
    showCredit(m_session->visit()->applicant.credit);
    lookUpEarlierVisits();
    showOpenCommitments();
    emit visitStarted();
    return true;
}

void ApplicantPanel::newVisit() {
    if (m_session)
        m_session->closeVisit();
    setLocked(false);
    clearFields();
    focusFirstField();
    emit visitClosed();
}

void ApplicantPanel::setLocked(bool locked) {
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (m_identityBar && m_identityBar->isAncestorOf(edit))
            continue; // the reader's port is a setting, not applicant data
        edit->setReadOnly(locked);
        edit->setCursorPosition(0); // long names read from their start
    }
    m_ui->naturalRadio->setEnabled(!locked);
    m_ui->legalRadio->setEnabled(!locked);
    m_ui->agentCheck->setEnabled(!locked);
    m_ui->powerOfAttorneyCheck->setEnabled(!locked);
    m_ui->startVisitButton->setEnabled(!locked);
    m_ui->newVisitButton->setEnabled(locked);
}

void ApplicantPanel::clearFields() {
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits)
        if (!m_identityBar || !m_identityBar->isAncestorOf(edit))
            edit->clear();
    m_fullIdNumber.clear();
    m_masked = false;
    m_readCard = IdCardData{};
    m_readCardId.clear();
    m_expiredLabel->hide();
    m_ui->agentCheck->setChecked(false);
    m_ui->powerOfAttorneyCheck->setChecked(false);
    m_ui->idStatusLabel->clear();
    m_ui->creditStatusLabel->clear();
    m_ui->visitLabel->clear();
    m_ui->earlierList->clear();
    m_ui->problemsLabel->hide();
    m_ui->commitmentsList->clear();
    m_openCommitments.clear();
    m_ui->commitmentsPage->hide();
    showCredit(CreditStatus{});
}

void ApplicantPanel::lookUpEarlierVisits() {
    m_ui->earlierList->clear();
    if (!m_session)
        return;
    const Applicant a = applicant();
    const QString key = a.kind == Applicant::Kind::NaturalPerson ? a.idNumber : a.creditCode;
    if (key.isEmpty())
        return;
    const auto visits = m_session->earlierVisits(key);
    if (!visits) {
        m_ui->earlierList->addItem(tr("The look-up failed: %1").arg(visits.error()));
        return;
    }
    for (const VisitSummary &visit : visits.value()) {
        QStringList cases;
        for (const CaseSummary &c : visit.cases)
            cases << tr("%1 (%2)").arg(c.itemName, CaseStateText::label(c.state));
        m_ui->earlierList->addItem(
            tr("%1  %2\n%3")
                .arg(visit.openedAt.toString(QStringLiteral("yyyy-MM-dd")), visit.visitId,
                     cases.isEmpty() ? tr("no case") : cases.join(QStringLiteral("; "))));
    }
    if (visits->isEmpty())
        m_ui->earlierList->addItem(tr("First visit: no earlier cases."));
}

QString ApplicantPanel::problemsText() const {
    return m_ui->problemsLabel->isHidden() ? QString() : m_ui->problemsLabel->text();
}

} // namespace ow
