#pragma once

#include "applicant.h"

#include <QImage>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;

namespace Ui {
class IdentityCheckBar;
}

namespace ow {

class FaceCheckDialog;
class FrameSource;
class IdCardSession;
class WorkstationContext;
struct IdCardReadResult;

// The identity strip of the applicant panel: reads the ID card off the UI thread (F10; the
// reader's port is remembered) and opens the face check (F12) against the card photo. A read
// fills the applicant only when the whole card was read and valid.
class IdentityCheckBar : public QWidget {
    Q_OBJECT
public:
    explicit IdentityCheckBar(WorkstationContext &context, QWidget *parent = nullptr);
    ~IdentityCheckBar() override;

    void setReader(const QString &reader);
    QString reader() const;
    bool readCard();
    bool isReading() const;
    QString statusText() const;

    // The card holder of the last read (key = full ID number), for the face check.
    const QString &applicantKey() const { return m_applicantKey; }
    // A typed applicant (no card read) or the started visit: whom the face check is for.
    void setApplicant(const QString &applicantKey, const QString &visitId);
    // Seams for tests and demos: the camera the face check uses (default: the configured
    // camera) and what happens to the dialog (default: exec()).
    void setFrameSourceFactory(std::function<FrameSource *()> factory);
    void setDialogRunner(std::function<void(FaceCheckDialog &)> runner);
    bool openFaceCheck();

signals:
    void cardRead(const ow::Applicant &applicant, bool expired);

private:
    void readDone(const IdCardReadResult &result);
    void readFailed(const QString &message);
    void showStatus(const QString &text, bool error);

    std::unique_ptr<Ui::IdentityCheckBar> m_ui;
    WorkstationContext &m_context;
    IdCardSession *m_cards;
    QString m_applicantKey;
    QString m_applicantMasked;
    QString m_visitId;
    QImage m_cardPhoto;
    std::function<FrameSource *()> m_sourceFactory;
    std::function<void(FaceCheckDialog &)> m_runDialog;
};

} // namespace ow
