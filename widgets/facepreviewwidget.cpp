#include "facepreviewwidget.h"

#include <QPainter>

namespace ow {

FacePreviewWidget::FacePreviewWidget(QWidget *parent)
    : QWidget(parent) {
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void FacePreviewWidget::setFrame(const QImage &frame) {
    m_frame = frame;
    update();
}

void FacePreviewWidget::setOverlay(const FaceOverlay &overlay) {
    m_overlay = overlay;
    update();
}

void FacePreviewWidget::setMessage(const QString &message) {
    m_message = message;
    update();
}

void FacePreviewWidget::clear() {
    m_frame = QImage();
    m_overlay = FaceOverlay{};
    m_message.clear();
    update();
}

void FacePreviewWidget::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), QColor(32, 36, 40));
    if (m_frame.isNull()) {
        p.setPen(Qt::white);
        p.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                   m_message.isEmpty() ? tr("Waiting for the camera…") : m_message);
        return;
    }
    // The frame scaled to fit, centred; the box is mapped with the same transform.
    const QSizeF scaled = QSizeF(m_frame.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - scaled.width()) / 2, (height() - scaled.height()) / 2),
                        scaled);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(target, m_frame);
    if (m_overlay.hasFace && m_overlay.frameSize.isValid()) {
        const double sx = target.width() / m_overlay.frameSize.width();
        const double sy = target.height() / m_overlay.frameSize.height();
        const QRectF box(target.x() + m_overlay.faceBox.x() * sx,
                         target.y() + m_overlay.faceBox.y() * sy, m_overlay.faceBox.width() * sx,
                         m_overlay.faceBox.height() * sy);
        const bool good = m_overlay.phase == FaceCheckPhase::Collecting ||
                          m_overlay.phase == FaceCheckPhase::Done;
        p.setPen(QPen(good ? QColor(76, 175, 80) : QColor(255, 193, 7), 3));
        p.drawRect(box);
    }
    const QString text = m_message.isEmpty() ? m_overlay.guidance : m_message;
    if (!text.isEmpty()) {
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
        f.setBold(true);
        p.setFont(f);
        const QRectF band(0, height() - 56, width(), 56);
        p.fillRect(band, QColor(0, 0, 0, 150));
        p.setPen(Qt::white);
        p.drawText(band, Qt::AlignCenter, text);
    }
}

} // namespace ow
