#include "facechecksession.h"

#include "clock.h"
#include "facecheckrepository.h"
#include "facecheckworker.h"
#include "faceimagevault.h"
#include "framesource.h"
#include "workstationcontext.h"

#include <QBuffer>

namespace ow {

namespace {

QByteArray jpegOf(const QImage &image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (image.isNull() || !buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "JPG", 90))
        return {};
    return bytes;
}

} // namespace

FaceCheckSession::FaceCheckSession(FaceCheckRepository *repository, const Clock &clock,
                                   QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_clock(clock)
    , m_worker(new FaceCheckWorker) {
    qRegisterMetaType<FaceOverlay>();
    qRegisterMetaType<FaceCheckResult>();
    m_thread.setObjectName(QStringLiteral("facecheck"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FaceCheckWorker::loaded, this, &FaceCheckSession::modelsReady);
    connect(m_worker, &FaceCheckWorker::loadFailed, this, [this](const QString &message) {
        m_modelsRequested = false; // try again next time (the pack may be installed by then)
        fail(tr("The face models could not be loaded: %1").arg(message));
    });
    connect(m_worker, &FaceCheckWorker::cardPhotoAnalyzed, this, &FaceCheckSession::cardPhotoReady);
    connect(m_worker, &FaceCheckWorker::frameProcessed, this, [this](const FaceOverlay &overlay) {
        m_badFrames = 0;
        emit overlayChanged(overlay);
    });
    connect(m_worker, &FaceCheckWorker::frameUnusable, this, &FaceCheckSession::frameUnusable);
    connect(m_worker, &FaceCheckWorker::frameHandled, this, &FaceCheckSession::frameHandled);
    connect(m_worker, &FaceCheckWorker::finished, this, &FaceCheckSession::workerFinished);
    m_thread.start();
}

FaceCheckSession::FaceCheckSession(WorkstationContext &context, QObject *parent)
    : FaceCheckSession(&context.faceChecks(), context.clock(), parent) {
    m_vault = &context.faceVault();
}

FaceCheckSession::~FaceCheckSession() {
    detachSource();
    m_thread.quit();
    m_thread.wait();
}

void FaceCheckSession::loadModels() {
    if (m_modelsRequested)
        return;
    m_modelsRequested = true;
    const QString dir = m_options.packDir;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, dir] { worker->load(dir); }, Qt::QueuedConnection);
}

void FaceCheckSession::setCardPhoto(const QImage &photo) {
    loadModels();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, photo] { worker->setCardPhoto(photo); },
        Qt::QueuedConnection);
}

void FaceCheckSession::start(FrameSource *source) {
    if (!source) {
        emit failed(tr("There is no camera to check the face with."));
        return;
    }
    if (const QString problem = m_options.thresholds.problem(); !problem.isEmpty()) {
        emit failed(tr("The face check thresholds are not usable: %1").arg(problem));
        return;
    }
    detachSource();
    loadModels();
    m_last.reset();
    m_effective.reset();
    m_badFrames = 0;
    m_dropped = 0;
    m_frameInFlight = false;
    m_running = true;
    const FaceCheckOptions options = m_options;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, options] { worker->begin(options); }, Qt::QueuedConnection);
    m_source = source;
    connect(source, &FrameSource::frameReady, this, &FaceCheckSession::frameArrived);
    connect(source, &FrameSource::failed, this, &FaceCheckSession::sourceFailed);
    if (!source->isActive())
        source->start();
}

void FaceCheckSession::cancel() {
    m_running = false;
    detachSource();
}

void FaceCheckSession::detachSource() {
    if (!m_source)
        return;
    m_source->disconnect(this);
    m_source->stop();
    m_source.clear();
}

void FaceCheckSession::frameArrived(const QImage &frame, qint64 timestampMs) {
    if (!m_running)
        return;
    emit previewFrame(frame);
    // One frame at a time on the worker: the rest are shown but not analysed.
    if (m_frameInFlight) {
        ++m_dropped;
        return;
    }
    m_frameInFlight = true;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, frame, timestampMs] { worker->processFrame(frame, timestampMs); },
        Qt::QueuedConnection);
}

void FaceCheckSession::frameHandled() {
    m_frameInFlight = false;
}

void FaceCheckSession::frameUnusable(const QString &message) {
    if (!m_running)
        return;
    if (++m_badFrames >= m_options.maxBadFrames)
        fail(tr("The camera keeps sending unusable frames (%1). Check the camera and its cable.")
                 .arg(message));
}

void FaceCheckSession::sourceFailed(const QString &message) {
    if (m_running)
        fail(message);
}

void FaceCheckSession::fail(const QString &message) {
    m_running = false;
    detachSource();
    emit failed(message);
}

void FaceCheckSession::workerFinished(const FaceCheckResult &finishedResult) {
    if (!m_running)
        return;
    m_running = false;
    detachSource();
    FaceCheckResult result = finishedResult;
    if (m_repository) {
        FaceCheckRecord record;
        record.visitId = m_subject.visitId;
        record.applicantKey = m_subject.applicantKey;
        record.applicantMasked = m_subject.applicantMasked;
        record.evidence = result.evidence;
        record.thresholds = result.thresholds;
        record.challenge = faceChallengeKey(result.challenge);
        record.framesUsed = result.framesUsed;
        record.modelPack = result.modelPack;
        record.decision = result.verdict.decision;
        record.reasonCode = result.verdict.reasonCode;
        record.operatorName = m_subject.operatorName;
        record.checkedAt = m_clock.now();
        record.workstation = m_subject.workstation;
        auto saved = m_repository->save(record);
        if (saved)
            result.recordId = saved.value();
        else
            result.saveError = saved.error();
    }
    retainImages(result);
    m_last = result;
    m_effective = result.verdict.decision;
    emit finished(result);
}

// Keeps the saved check's images encrypted when the site retains them, then drops them from
// the result either way. Nothing is written with a retention of 0 or without a record.
void FaceCheckSession::retainImages(FaceCheckResult &result) {
    const QImage card = result.cardPortrait;
    const QImage live = result.bestLiveFrame;
    result.cardPortrait = QImage();
    result.bestLiveFrame = QImage();
    const int days = m_options.retentionDays;
    if (days <= 0 || !m_vault || result.recordId.isEmpty())
        return;
    const QDateTime now = m_clock.now();
    QStringList problems;
    const std::pair<FaceImageVault::Kind, QImage> images[] = {{FaceImageVault::Kind::Card, card},
                                                              {FaceImageVault::Kind::Live, live}};
    for (const auto &[kind, image] : images) {
        if (image.isNull())
            continue; // no card photo, or no face was ever seen
        const QByteArray jpeg = jpegOf(image);
        const Status stored = jpeg.isEmpty()
                                  ? Status::failure(tr("The %1 image could not be encoded as JPEG.")
                                                        .arg(FaceImageVault::kindKey(kind)))
                                  : m_vault->store(result.recordId, kind, jpeg, now, days);
        if (stored)
            result.retainedFiles << m_vault->filePath(result.recordId, kind);
        else
            problems << stored.error();
    }
    // Paths and check ids only in the log: never an ID number or image data.
    if (!problems.isEmpty()) {
        result.retentionError = problems.join(QLatin1Char('\n'));
        qWarning("face vault: %s", qUtf8Printable(result.retentionError));
    }
    // Housekeeping, not the clerk's concern: a file it cannot read is logged and left.
    if (auto purged = m_vault->purgeExpired(now); !purged)
        qWarning("face vault: %s", qUtf8Printable(purged.error()));
}

bool FaceCheckSession::mayOverride(const QList<Role> &roles) {
    return FaceCheckRepository::mayOverride(roles);
}

QString FaceCheckSession::overrideProblem(const QList<Role> &roles, const QString &reason) {
    if (!FaceCheckRepository::mayOverride(roles))
        return tr("Only a supervisor or an administrator may override a face check.");
    if (reason.trimmed().size() < FaceCheckRepository::minimumReasonLength)
        return tr("Give the reason for the override (at least %1 characters).")
            .arg(FaceCheckRepository::minimumReasonLength);
    return {};
}

Result<QString> FaceCheckSession::overrideLast(FaceDecision decision, const QString &reason,
                                               const User &user) {
    using R = Result<QString>;
    if (!m_last || m_last->recordId.isEmpty() || !m_repository)
        return R::failure(tr("There is no saved face check to override."));
    if (const QString problem = overrideProblem(user.roles, reason); !problem.isEmpty())
        return R::failure(problem);
    FaceOverride o;
    o.checkId = m_last->recordId;
    o.decision = decision;
    o.by = user.name;
    o.role = FaceCheckRepository::overrideRole(user.roles).value_or(Role::Supervisor);
    o.reason = reason.trimmed();
    o.at = m_clock.now();
    o.workstation = m_subject.workstation;
    auto recorded = m_repository->recordOverride(o);
    if (!recorded)
        return R::failure(tr("The override could not be recorded: %1").arg(recorded.error()));
    m_effective = decision;
    emit overridden(decision);
    return recorded;
}

QString FaceCheckSession::decisionText(FaceDecision decision) {
    switch (decision) {
    case FaceDecision::Pass:
        return tr("Pass");
    case FaceDecision::Review:
        return tr("Review");
    case FaceDecision::Fail:
        break;
    }
    return tr("Fail");
}

QString FaceCheckSession::reasonText(const QString &reasonCode) {
    if (reasonCode == QLatin1String("no-card-face"))
        return tr("No face was found in the card photo.");
    if (reasonCode == QLatin1String("no-live-face"))
        return tr("No usable face was seen by the camera.");
    if (reasonCode == QLatin1String("not-live"))
        return tr("Liveness was not confirmed.");
    if (reasonCode == QLatin1String("challenge-failed"))
        return tr("The blink or head turn was not seen in time.");
    if (reasonCode == QLatin1String("inconsistent"))
        return tr("The face changed during the check.");
    if (reasonCode == QLatin1String("low-score"))
        return tr("The face does not match the card photo.");
    if (reasonCode == QLatin1String("grey-band"))
        return tr("The match is uncertain: a person must review it.");
    return {};
}

} // namespace ow
