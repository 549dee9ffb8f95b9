#pragma once

#include "facechecktypes.h"
#include "result.h"
#include "userrepository.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <optional>

namespace ow {

class Clock;
class FaceCheckRepository;
class FaceCheckWorker;
class FaceImageVault;
class FrameSource;
class WorkstationContext;

// Whose face is checked, by whom, where: what the record names besides the evidence.
struct FaceCheckSubject {
    QString applicantKey; // the applicants table's key (full ID number), never shown
    QString applicantMasked;
    QString visitId;
    QString operatorName;
    QString workstation;
};

// One ID-photo match at the window (人证合一). Owns a worker thread with the model pipeline and
// the live check; takes the card photo and the frames of a FrameSource, drops frames while the
// worker is busy (the preview never waits for the models), decides with the configured
// thresholds and saves the record (FaceCheckRepository) when the check ends. The widgets
// drive it; the header is free of OpenCV.
class FaceCheckSession : public QObject {
    Q_OBJECT
public:
    // repository may be null (nothing is saved: demos); the clock stamps records and overrides.
    FaceCheckSession(FaceCheckRepository *repository, const Clock &clock,
                     QObject *parent = nullptr);
    // The workstation's repository, clock and face image vault.
    explicit FaceCheckSession(WorkstationContext &context, QObject *parent = nullptr);
    ~FaceCheckSession() override;

    void setOptions(const FaceCheckOptions &options) { m_options = options; }
    const FaceCheckOptions &options() const { return m_options; }
    void setSubject(const FaceCheckSubject &subject) { m_subject = subject; }
    const FaceCheckSubject &subject() const { return m_subject; }
    // Where the images go when options().retentionDays > 0 (not owned; may be null: then
    // nothing is kept whatever the option says). A saved check's card portrait and best live
    // frame are stored under its record id, then the expired files are purged.
    void setImageVault(FaceImageVault *vault) { m_vault = vault; }

    // Loads the model pack on the worker thread (modelsReady or failed); start() does it too.
    void loadModels();
    // Analyses the card photo (cardPhotoReady): a photo or scan of the card face, or the
    // portrait itself (CardPhotoExtractor).
    void setCardPhoto(const QImage &photo);
    // Starts the source (not owned) and the live check; ends with finished() or failed().
    void start(FrameSource *source);
    void cancel();
    bool isRunning() const { return m_running; }
    int framesDropped() const { return m_dropped; }

    std::optional<FaceCheckResult> lastResult() const { return m_last; }
    // The decision in force for the last check: its own or the override's.
    std::optional<FaceDecision> effectiveDecision() const { return m_effective; }

    // Overrides the last saved check (audited); refused without a permitted role or a reason.
    Result<QString> overrideLast(FaceDecision decision, const QString &reason, const User &user);
    // Why this user may not override with this reason (translated), or empty.
    static QString overrideProblem(const QList<Role> &roles, const QString &reason);
    static bool mayOverride(const QList<Role> &roles);
    // 通过 / 待复核 / 不通过 in the clerk's language.
    static QString decisionText(FaceDecision decision);
    // A sentence for the verdict's reason code ("not-live" → "Liveness was not confirmed.").
    static QString reasonText(const QString &reasonCode);

signals:
    void modelsReady(const QString &packId);
    void cardPhotoReady(bool faceFound, const QImage &portrait, const QString &problem);
    void previewFrame(const QImage &frame);
    void overlayChanged(const ow::FaceOverlay &overlay);
    void finished(const ow::FaceCheckResult &result);
    void failed(const QString &message);
    void overridden(ow::FaceDecision decision);

private:
    void frameArrived(const QImage &frame, qint64 timestampMs);
    void frameHandled();
    void workerFinished(const FaceCheckResult &result);
    void frameUnusable(const QString &message);
    void sourceFailed(const QString &message);
    void fail(const QString &message);
    void detachSource();
    void retainImages(FaceCheckResult &result);

    FaceCheckRepository *m_repository;
    FaceImageVault *m_vault = nullptr;
    const Clock &m_clock;
    FaceCheckOptions m_options;
    FaceCheckSubject m_subject;
    QThread m_thread;
    FaceCheckWorker *m_worker; // lives on m_thread
    QPointer<FrameSource> m_source;
    bool m_running = false;
    bool m_modelsRequested = false;
    bool m_frameInFlight = false;
    int m_badFrames = 0;
    int m_dropped = 0;
    std::optional<FaceCheckResult> m_last;
    std::optional<FaceDecision> m_effective;
};

} // namespace ow
