#include "facecheckdialog.h"

#include "appsettings.h"
#include "facecheckrepository.h"
#include "facechecksession.h"
#include "faceoverridedialog.h"
#include "framesource.h"
#include "framesourcefactory.h"
#include "ui_facecheckdialog.h"
#include "workstationcontext.h"

#include <QFileDialog>
#include <QImageReader>
#include <QStyle>
#include <QSysInfo>

namespace ow {

namespace {

const char *const kResultStyle = R"css(
QLabel#resultLabel { font-size: 22pt; font-weight: bold; border-radius: 6px; padding: 6px; }
QLabel#resultLabel[decision="pass"] { color: #1b6e34; background: #e8f5ec; }
QLabel#resultLabel[decision="review"] { color: #7a5200; background: #fff4d6; }
QLabel#resultLabel[decision="fail"] { color: #b3261e; background: #fde7e5; }
)css";

FaceCheckOptions optionsFromSettings() {
    const AppSettings settings;
    FaceCheckOptions options;
    options.thresholds = settings.faceThresholds();
    options.challenge = faceChallengeFromKey(settings.faceChallenge(), FaceChallenge::Blink);
    options.retentionDays = settings.faceRetentionDays();
    return options;
}

} // namespace

FaceCheckDialog::FaceCheckDialog(WorkstationContext &context, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FaceCheckDialog>())
    , m_context(context)
    , m_session(new FaceCheckSession(context, this)) {
    m_ui->setupUi(this);
    setStyleSheet(QString::fromLatin1(kResultStyle));
    m_session->setOptions(optionsFromSettings());
    FaceCheckSubject subject;
    subject.workstation = QSysInfo::machineHostName();
    if (const auto &user = context.auth().currentUser())
        subject.operatorName = user->name;
    m_session->setSubject(subject);
    connect(m_session, &FaceCheckSession::previewFrame, m_ui->preview,
            &FacePreviewWidget::setFrame);
    connect(m_session, &FaceCheckSession::overlayChanged, m_ui->preview,
            &FacePreviewWidget::setOverlay);
    connect(m_session, &FaceCheckSession::cardPhotoReady, this, &FaceCheckDialog::showCardPhoto);
    connect(m_session, &FaceCheckSession::finished, this, &FaceCheckDialog::showResult);
    connect(m_session, &FaceCheckSession::failed, this, &FaceCheckDialog::showFailure);
    connect(m_ui->startButton, &QPushButton::clicked, this, &FaceCheckDialog::startCheck);
    connect(m_ui->overrideButton, &QPushButton::clicked, this, &FaceCheckDialog::overrideResult);
    connect(m_ui->cardFileButton, &QPushButton::clicked, this, &FaceCheckDialog::chooseCardFile);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->resultLabel->hide();
    m_session->loadModels(); // while the clerk positions the applicant
    updateButtons();
}

FaceCheckDialog::~FaceCheckDialog() {
    m_session->cancel(); // stops the camera before it goes
}

void FaceCheckDialog::setSubject(const QString &applicantKey, const QString &applicantMasked,
                                 const QString &visitId) {
    FaceCheckSubject subject = m_session->subject();
    subject.applicantKey = applicantKey;
    subject.applicantMasked = applicantMasked;
    subject.visitId = visitId;
    m_session->setSubject(subject);
    setWindowTitle(tr("Face check — %1").arg(applicantMasked));
}

void FaceCheckDialog::setCardPhoto(const QImage &photo) {
    m_cardPhoto = photo;
    m_ui->cardStatusLabel->setText(tr("Looking for the face on the card…"));
    m_session->setCardPhoto(photo);
    updateButtons();
}

void FaceCheckDialog::setFrameSource(FrameSource *source) {
    if (m_source == source)
        return;
    if (m_source) {
        m_session->cancel();
        delete m_source;
    }
    m_source = source;
    if (m_source)
        m_source->setParent(this);
}

void FaceCheckDialog::setOptions(const FaceCheckOptions &options) {
    m_session->setOptions(options);
}

void FaceCheckDialog::chooseCardFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Photo or scan of the card face"), QString(),
                                     tr("Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)"));
    if (path.isEmpty())
        return;
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_ui->cardStatusLabel->setText(tr("Could not read %1: %2").arg(path, reader.errorString()));
        return;
    }
    setCardPhoto(image);
}

void FaceCheckDialog::showCardPhoto(bool faceFound, const QImage &portrait,
                                    const QString &problem) {
    m_ui->cardPhotoLabel->setPixmap(QPixmap::fromImage(portrait.scaled(
        m_ui->cardPhotoLabel->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_ui->cardStatusLabel->setText(faceFound ? tr("Face found on the card.") : problem);
    updateButtons();
}

bool FaceCheckDialog::startCheck() {
    if (m_session->isRunning())
        return false;
    if (m_session->subject().applicantKey.isEmpty()) {
        showFailure(tr("Read the applicant's card first."));
        return false;
    }
    if (m_cardPhoto.isNull()) {
        showFailure(tr("Give the card photo first: from the reader's vendor library, or a photo "
                       "or scan of the card face (Card photo from file…)."));
        return false;
    }
    if (!m_source) {
        auto source = FrameSourceFactory::create(AppSettings().faceCamera(), this);
        if (!source) {
            showFailure(source.error());
            return false;
        }
        setFrameSource(source.value());
    }
    m_ui->resultLabel->hide();
    m_ui->detailLabel->clear();
    m_ui->preview->clear();
    m_session->start(m_source);
    updateButtons();
    return m_session->isRunning();
}

void FaceCheckDialog::showDecision(FaceDecision decision, const QString &suffix) {
    m_ui->resultLabel->setText(FaceCheckSession::decisionText(decision) + suffix);
    m_ui->resultLabel->setProperty("decision", faceDecisionName(decision));
    m_ui->resultLabel->style()->unpolish(m_ui->resultLabel);
    m_ui->resultLabel->style()->polish(m_ui->resultLabel);
    m_ui->resultLabel->show();
}

void FaceCheckDialog::showResult(const FaceCheckResult &result) {
    showDecision(result.verdict.decision, QString());
    QStringList lines;
    lines << tr("Score %1 (pass from %2, review from %3)")
                 .arg(result.evidence.score, 0, 'f', 3)
                 .arg(result.thresholds.passAt, 0, 'f', 2)
                 .arg(result.thresholds.reviewFrom, 0, 'f', 2);
    lines << tr("Liveness %1 (at least %2)")
                 .arg(result.evidence.liveness, 0, 'f', 2)
                 .arg(result.thresholds.liveAt, 0, 'f', 2);
    if (result.challenge != FaceChallenge::None)
        lines << (result.evidence.challengePassed ? tr("Challenge: done")
                                                  : tr("Challenge: not done"));
    if (const QString why = FaceCheckSession::reasonText(result.verdict.reasonCode); !why.isEmpty())
        lines << why;
    if (!result.saveError.isEmpty())
        lines << tr("Not recorded: %1").arg(result.saveError);
    if (!result.retentionError.isEmpty())
        lines << tr("The face images were not kept: %1").arg(result.retentionError);
    m_ui->detailLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->preview->setMessage(QString());
    updateButtons();
}

void FaceCheckDialog::showFailure(const QString &message) {
    m_ui->preview->setMessage(message);
    m_ui->detailLabel->setText(message);
    updateButtons();
}

QString FaceCheckDialog::resultText() const {
    return m_ui->resultLabel->isHidden() ? QString() : m_ui->resultLabel->text();
}

QString FaceCheckDialog::detailText() const {
    return m_ui->detailLabel->text();
}

QString FaceCheckDialog::cardStatusText() const {
    return m_ui->cardStatusLabel->text();
}

bool FaceCheckDialog::overrideAllowed() const {
    const auto &user = m_context.auth().currentUser();
    const auto last = m_session->lastResult();
    return user && last && !last->recordId.isEmpty() && !m_session->isRunning() &&
           FaceCheckSession::mayOverride(user->roles);
}

bool FaceCheckDialog::overrideResult() {
    const auto &user = m_context.auth().currentUser();
    const auto current = m_session->effectiveDecision();
    if (!user || !current)
        return false;
    FaceOverrideDialog dialog(*current, user->name, user->roles, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const auto recorded = m_session->overrideLast(dialog.decision(), dialog.reason(), *user);
    if (!recorded) {
        m_ui->detailLabel->setText(recorded.error());
        return false;
    }
    showDecision(dialog.decision(), tr(" (overridden by %1)").arg(user->name));
    return true;
}

void FaceCheckDialog::updateButtons() {
    const bool running = m_session->isRunning();
    m_ui->startButton->setEnabled(!running);
    m_ui->cardFileButton->setEnabled(!running);
    m_ui->overrideButton->setEnabled(overrideAllowed());
    m_ui->overrideButton->setToolTip(
        overrideAllowed() ? QString()
                          : tr("Only a supervisor or an administrator may override a saved "
                               "check."));
}

} // namespace ow
