#include "identitycheckbar.h"

#include "appsettings.h"
#include "facecheckdialog.h"
#include "idcardsession.h"
#include "idnumber.h"
#include "ui_identitycheckbar.h"
#include "workstationcontext.h"

#include <QAction>
#include <QStyle>

namespace ow {

IdentityCheckBar::IdentityCheckBar(WorkstationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::IdentityCheckBar>())
    , m_context(context)
    , m_cards(new IdCardSession(context.clock(), this)) {
    m_ui->setupUi(this);
    m_ui->readerEdit->setText(AppSettings().idCardReader());
    connect(m_ui->readButton, &QPushButton::clicked, this, &IdentityCheckBar::readCard);
    connect(m_ui->faceButton, &QPushButton::clicked, this, &IdentityCheckBar::openFaceCheck);
    connect(m_cards, &IdCardSession::cardRead, this, &IdentityCheckBar::readDone);
    connect(m_cards, &IdCardSession::readFailed, this, &IdentityCheckBar::readFailed);
    const QList<std::pair<QKeySequence, std::function<void()>>> keys = {
        {QKeySequence(Qt::Key_F10), [this] { readCard(); }},
        {QKeySequence(Qt::Key_F12), [this] { openFaceCheck(); }}};
    for (const auto &[key, run] : keys) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        // The keys work anywhere in the window that holds this bar (the intake screen).
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, run);
        addAction(action);
    }
    m_ui->statusLabel->hide();
}

IdentityCheckBar::~IdentityCheckBar() = default;

void IdentityCheckBar::setReader(const QString &reader) {
    m_ui->readerEdit->setText(reader);
}

QString IdentityCheckBar::reader() const {
    return m_ui->readerEdit->text().trimmed();
}

bool IdentityCheckBar::isReading() const {
    return m_cards->isBusy();
}

QString IdentityCheckBar::statusText() const {
    return m_ui->statusLabel->isHidden() ? QString() : m_ui->statusLabel->text();
}

void IdentityCheckBar::showStatus(const QString &text, bool error) {
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setProperty("heading",
                                   error ? QStringLiteral("error") : QStringLiteral("hint"));
    m_ui->statusLabel->style()->unpolish(m_ui->statusLabel);
    m_ui->statusLabel->style()->polish(m_ui->statusLabel);
    m_ui->statusLabel->setVisible(!text.isEmpty());
    // A wrapped message inside the panel's layout: reserve the lines it needs.
    m_ui->statusLabel->setMinimumHeight(
        text.isEmpty() ? 0 : m_ui->statusLabel->heightForWidth(qMax(200, width())));
}

bool IdentityCheckBar::readCard() {
    if (!isEnabled())
        return false;
    m_cards->setReader(reader());
    if (!m_cards->read())
        return false;
    if (!reader().isEmpty()) {
        AppSettings settings;
        settings.setIdCardReader(reader());
    }
    m_ui->readButton->setEnabled(false);
    showStatus(tr("Reading the card… keep it on the reader."), false);
    return true;
}

void IdentityCheckBar::readDone(const IdCardReadResult &result) {
    m_ui->readButton->setEnabled(true);
    m_applicantKey = result.applicant.idNumber;
    m_applicantMasked = result.maskedId;
    m_cardPhoto = result.photo;
    // An expired card is flagged under the applicant's fields (ApplicantPanel).
    showStatus(tr("Card read: %1, %2.").arg(result.applicant.name, result.maskedId), false);
    emit cardRead(result.applicant, result.expired);
}

void IdentityCheckBar::readFailed(const QString &message) {
    m_ui->readButton->setEnabled(!m_cards->isBusy());
    showStatus(tr("The card was not read: %1").arg(message), true);
}

void IdentityCheckBar::setApplicant(const QString &applicantKey, const QString &visitId) {
    if (applicantKey != m_applicantKey)
        m_cardPhoto = QImage(); // another person: the last card's photo is not theirs
    m_applicantKey = applicantKey;
    m_applicantMasked = IdNumber::mask(applicantKey);
    m_visitId = visitId;
}

void IdentityCheckBar::setFrameSourceFactory(std::function<FrameSource *()> factory) {
    m_sourceFactory = std::move(factory);
}

void IdentityCheckBar::setDialogRunner(std::function<void(FaceCheckDialog &)> runner) {
    m_runDialog = std::move(runner);
}

bool IdentityCheckBar::openFaceCheck() {
    if (m_applicantKey.isEmpty()) {
        showStatus(tr("Read the card (F10) or start the visit before the face check."), true);
        return false;
    }
    FaceCheckDialog dialog(m_context, this);
    dialog.setSubject(m_applicantKey, m_applicantMasked, m_visitId);
    if (!m_cardPhoto.isNull())
        dialog.setCardPhoto(m_cardPhoto);
    if (m_sourceFactory)
        dialog.setFrameSource(m_sourceFactory());
    if (m_runDialog)
        m_runDialog(dialog);
    else
        dialog.exec();
    return true;
}

} // namespace ow
