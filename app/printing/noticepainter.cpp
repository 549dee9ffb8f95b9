#include "noticepainter.h"

#include <QPainter>
#include <QPen>

#include <utility>

namespace ow {

namespace {
constexpr qreal kRuleWidth = 0.25 * NoticePage::kDotsPerMm;
constexpr qreal kSealOutlineWidth = 0.3 * NoticePage::kDotsPerMm;
} // namespace

NoticePainter::NoticePainter(const NoticeFonts &fonts, QImage qrCode)
    : m_fonts(fonts)
    , m_qrCode(std::move(qrCode)) {}

void NoticePainter::paint(QPainter &painter, const NoticePage &page) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);

    painter.setPen(QPen(Qt::black, kRuleWidth, Qt::SolidLine, Qt::SquareCap));
    painter.drawLines(page.rules);

    // The seal placeholder: a dashed circle the clerk stamps over.
    painter.setPen(QPen(Qt::darkGray, kSealOutlineWidth, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    for (const QRectF &seal : page.seals)
        painter.drawEllipse(seal);

    if (!page.qrCode.isNull() && !m_qrCode.isNull()) {
        // Modules must stay crisp: no smoothing when the image is scaled to the device.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        // One image pixel per layout dot; only shrunk if the image is larger than its place.
        QSizeF size = QSizeF(m_qrCode.size());
        if (size.width() > page.qrCode.width() || size.height() > page.qrCode.height())
            size = size.scaled(page.qrCode.size(), Qt::KeepAspectRatio);
        const QRectF target(page.qrCode.topRight() - QPointF(size.width(), 0), size);
        painter.drawImage(target, m_qrCode);
    }

    painter.setPen(Qt::black);
    NoticeFontRole current = NoticeFontRole::Body;
    painter.setFont(m_fonts.font(current));
    for (const NoticeTextRun &run : page.texts) {
        if (run.role != current) {
            current = run.role;
            painter.setFont(m_fonts.font(current));
        }
        painter.drawText(run.baseline, run.text);
    }
    painter.restore();
}

} // namespace ow
