#pragma once

#include "facechecktypes.h"

#include <QDialog>
#include <QImage>

#include <memory>

namespace Ui {
class FaceCheckDialog;
}

namespace ow {

class FaceCheckSession;
class FrameSource;
class WorkstationContext;

// The face check at the window (人证合一): the live preview with the face box and guidance, the
// card photo beside it, and the result (通过 / 待复核 / 不通过 with score and liveness). A
// supervisor or administrator may override the result with a reason (audited). The camera and
// the models run in FaceCheckSession; this dialog only shows and asks.
class FaceCheckDialog : public QDialog {
    Q_OBJECT
public:
    explicit FaceCheckDialog(WorkstationContext &context, QWidget *parent = nullptr);
    ~FaceCheckDialog() override;

    // Whose card it is; the key (full ID number) is recorded, the masked one shown.
    void setSubject(const QString &applicantKey, const QString &applicantMasked,
                    const QString &visitId);
    // From the vendor library, or a photo/scan of the card face.
    void setCardPhoto(const QImage &photo);
    // The camera; the dialog owns it. Without one, start uses the configured camera.
    void setFrameSource(FrameSource *source);
    // Thresholds and challenge; by default from AppSettings.
    void setOptions(const FaceCheckOptions &options);

    bool startCheck();
    FaceCheckSession *session() const { return m_session; }
    QString resultText() const;
    QString detailText() const;
    QString cardStatusText() const;
    bool overrideAllowed() const;
    // Opens FaceOverrideDialog; true when an override was recorded.
    bool overrideResult();

private:
    void chooseCardFile();
    void showCardPhoto(bool faceFound, const QImage &portrait, const QString &problem);
    void showResult(const FaceCheckResult &result);
    void showFailure(const QString &message);
    void showDecision(FaceDecision decision, const QString &suffix);
    void updateButtons();

    std::unique_ptr<Ui::FaceCheckDialog> m_ui;
    WorkstationContext &m_context;
    FaceCheckSession *m_session;
    FrameSource *m_source = nullptr;
    QImage m_cardPhoto;
};

} // namespace ow
