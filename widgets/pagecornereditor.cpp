#include "pagecornereditor.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace ow {

namespace {
constexpr double kHandleRadius = 8.0;
constexpr double kGrabDistance = 18.0;
} // namespace

PageCornerEditor::PageCornerEditor(QWidget *parent)
    : QWidget(parent) {
    setMinimumSize(200, 240);
    setMouseTracking(false);
    setToolTip(tr("Drag the four corners onto the corners of the page."));
}

void PageCornerEditor::setImage(const QImage &image, const QList<QPointF> &corners) {
    m_image = image;
    m_scaled = QImage();
    const QSizeF s = image.size();
    m_corners =
        corners.size() == 4
            ? corners
            : QList<QPointF>{{0, 0}, {s.width(), 0}, {s.width(), s.height()}, {0, s.height()}};
    m_dragging = -1;
    update();
}

QRectF PageCornerEditor::imageRect() const {
    if (m_image.isNull())
        return {};
    const QSizeF fitted = QSizeF(m_image.size())
                              .scaled(QSizeF(size()) - QSizeF(2 * kHandleRadius, 2 * kHandleRadius),
                                      Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                  fitted);
}

QPointF PageCornerEditor::toWidget(const QPointF &p) const {
    const QRectF r = imageRect();
    const double scale = r.width() / m_image.width();
    return r.topLeft() + p * scale;
}

QPointF PageCornerEditor::toImage(const QPointF &p) const {
    const QRectF r = imageRect();
    const double scale = r.width() / m_image.width();
    const QPointF q = (p - r.topLeft()) / scale;
    return {std::clamp(q.x(), 0.0, double(m_image.width())),
            std::clamp(q.y(), 0.0, double(m_image.height()))};
}

QPoint PageCornerEditor::handlePosition(int corner) const {
    if (corner < 0 || corner >= m_corners.size() || m_image.isNull())
        return {};
    return toWidget(m_corners[corner]).toPoint();
}

void PageCornerEditor::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_image.isNull()) {
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Select a page to see its corners."));
        return;
    }
    const QRectF r = imageRect();
    if (m_scaled.size() != r.size().toSize())
        m_scaled = m_image.scaled(r.size().toSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    p.drawImage(r.topLeft(), m_scaled);
    p.setRenderHint(QPainter::Antialiasing);
    QPolygonF outline;
    for (const QPointF &c : std::as_const(m_corners))
        outline << toWidget(c);
    p.setPen(QPen(QColor(0, 120, 215), 2));
    p.setBrush(QColor(0, 120, 215, 40));
    p.drawPolygon(outline);
    for (int i = 0; i < outline.size(); ++i) {
        p.setBrush(i == m_dragging ? QColor(255, 160, 0) : QColor(255, 255, 255));
        p.drawEllipse(outline[i], kHandleRadius, kHandleRadius);
    }
}

void PageCornerEditor::mousePressEvent(QMouseEvent *event) {
    if (m_image.isNull() || event->button() != Qt::LeftButton)
        return;
    double best = kGrabDistance;
    m_dragging = -1;
    for (int i = 0; i < m_corners.size(); ++i) {
        const double d = QLineF(toWidget(m_corners[i]), event->position()).length();
        if (d <= best) {
            best = d;
            m_dragging = i;
        }
    }
    update();
}

void PageCornerEditor::mouseMoveEvent(QMouseEvent *event) {
    if (m_dragging < 0)
        return;
    m_corners[m_dragging] = toImage(event->position());
    update();
}

void PageCornerEditor::mouseReleaseEvent(QMouseEvent *event) {
    if (m_dragging < 0)
        return;
    m_corners[m_dragging] = toImage(event->position());
    m_dragging = -1;
    update();
    emit cornersEdited(m_corners);
}

} // namespace ow
