#pragma once

#include "facechecktypes.h"

#include <QImage>
#include <QWidget>

namespace ow {

// The live camera picture with the face box and the guidance for the applicant painted over it
// (请正对摄像头, 光线太暗, 请眨眼 ...). Shows whatever frame it was given last; it never waits
// for the face models.
class FacePreviewWidget : public QWidget {
    Q_OBJECT
public:
    explicit FacePreviewWidget(QWidget *parent = nullptr);

    void setFrame(const QImage &frame);
    void setOverlay(const FaceOverlay &overlay);
    void setMessage(const QString &message); // shown when there is no frame (or an error)
    void clear();

    const QImage &frame() const { return m_frame; }
    const FaceOverlay &overlay() const { return m_overlay; }
    QString guidanceText() const { return m_overlay.guidance; }

    QSize sizeHint() const override { return {480, 360}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_frame;
    FaceOverlay m_overlay;
    QString m_message;
};

} // namespace ow
