#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QWidget>

namespace ow {

// Shows a page's original photo or scan with its four corners as draggable handles, for when
// the page was found wrongly. Corners are in image pixels (TL, TR, BR, BL); a drag ends with
// cornersEdited. Without corners the image's own corners are shown.
class PageCornerEditor : public QWidget {
    Q_OBJECT
public:
    explicit PageCornerEditor(QWidget *parent = nullptr);

    void setImage(const QImage &image, const QList<QPointF> &corners);
    QList<QPointF> corners() const { return m_corners; }
    bool hasImage() const { return !m_image.isNull(); }
    // Where handle i is drawn, in widget coordinates (tests drag it with QTest).
    QPoint handlePosition(int corner) const;

    QSize sizeHint() const override { return {360, 420}; }

signals:
    void cornersEdited(const QList<QPointF> &corners);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF imageRect() const; // where the image is drawn
    QPointF toWidget(const QPointF &imagePoint) const;
    QPointF toImage(const QPointF &widgetPoint) const;

    QImage m_image;
    QImage m_scaled; // cached for painting
    QList<QPointF> m_corners;
    int m_dragging = -1;
};

} // namespace ow
