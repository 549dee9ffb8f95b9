// PageRenderer's sheets with little or nothing on them: blank, near-blank, separators.
#include "barcodepainter.h"
#include "pagerenderer.h"
#include "pagetextsource.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ow::scaneval {

namespace {
using T = PageTextSource;
}

void PageRenderer::paintBlank(QPainter &p, double ppm, std::mt19937_64 &rng) {
    const int variant = T::uniform(rng, 0, 3);
    if (variant == 1) {
        // Bleed-through: the back side's text, mirrored and very faint.
        p.save();
        p.translate(210 * ppm, 0);
        p.scale(-1, 1);
        p.setPen(QColor(226, 226, 226));
        p.setFont(T::font(4 * ppm));
        p.drawText(QRectF(25 * ppm, 40 * ppm, 160 * ppm, 200 * ppm), Qt::TextWordWrap,
                   T::paragraph(rng, 10));
        p.restore();
    } else if (variant == 2) {
        // Punch holes: two 6 mm holes 80 mm apart near the left edge (dark scanner lid behind).
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(40, 40, 40));
        p.drawEllipse(QPointF(12 * ppm, 108.5 * ppm), 3 * ppm, 3 * ppm);
        p.drawEllipse(QPointF(12 * ppm, 188.5 * ppm), 3 * ppm, 3 * ppm);
    } else if (variant == 3) {
        // A few specks of dust and a faint fold line.
        p.setPen(QPen(QColor(228, 228, 228), 0.3 * ppm));
        p.drawLine(QPointF(0, 148 * ppm), QPointF(210 * ppm, 149 * ppm));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(120, 120, 120));
        for (int i = 0; i < 6; ++i)
            p.drawEllipse(
                QPointF(T::uniform(rng, 10.0, 200.0) * ppm, T::uniform(rng, 10.0, 287.0) * ppm),
                0.15 * ppm, 0.15 * ppm);
    }
}

void PageRenderer::paintNearBlank(QPainter &p, double ppm, std::mt19937_64 &rng) {
    switch (T::uniform(rng, 0, 2)) {
    case 0:
        p.setFont(T::font(4 * ppm));
        p.drawText(QRectF(25 * ppm, 30 * ppm, 160 * ppm, 8 * ppm), Qt::AlignLeft,
                   T::paragraph(rng, 1).left(30));
        break;
    case 1:
        p.setFont(T::font(3.5 * ppm));
        p.drawText(QRectF(25 * ppm, 280 * ppm, 160 * ppm, 6 * ppm), Qt::AlignCenter,
                   QStringLiteral("- %1 -").arg(T::uniform(rng, 2, 40)));
        break;
    default: {
        // A handwritten-looking signature: one wavy stroke.
        QPainterPath stroke;
        const double x0 = T::uniform(rng, 110.0, 140.0);
        const double y0 = T::uniform(rng, 230.0, 260.0);
        stroke.moveTo(x0 * ppm, y0 * ppm);
        for (int i = 1; i <= 12; ++i) {
            const double x = x0 + i * 4.0;
            const double y = y0 + 4 * std::sin(i * 1.3 + T::uniform(rng, 0.0, 0.8));
            stroke.quadTo((x - 2) * ppm, (y - 5) * ppm, x * ppm, y * ppm);
        }
        p.setPen(QPen(QColor(20, 30, 90), 0.6 * ppm, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(stroke);
        break;
    }
    }
}

void PageRenderer::paintSeparator(QPainter &p, double ppm, std::mt19937_64 &rng,
                                  RenderedPage &out) {
    p.setFont(T::font(12 * ppm, true));
    p.drawText(QRectF(20 * ppm, 40 * ppm, 170 * ppm, 20 * ppm), Qt::AlignCenter,
               QStringLiteral("文档分隔页"));
    const TruthCode code{QStringLiteral("Code128"), QStringLiteral("SEP-") + T::digits(rng, 6)};
    if (BarcodePainter::paint(p, QRectF(45 * ppm, 90 * ppm, 120 * ppm, 25 * ppm), code))
        out.codes.push_back(code);
    p.setFont(T::font(5 * ppm));
    p.drawText(QRectF(20 * ppm, 125 * ppm, 170 * ppm, 10 * ppm), Qt::AlignCenter, code.text);
}

void PageRenderer::paintPatchT(QPainter &p, double ppm) {
    // One patch near the leading (top) edge, bars 60 mm long; read upside down it would be
    // WNWN = patch 3, so the orientation step must run first.
    BarcodePainter::paintPatchT(p, ppm, QPointF(75, 15), 60);
    p.setFont(PageTextSource::font(6 * ppm, true));
    p.drawText(QRectF(20 * ppm, 140 * ppm, 170 * ppm, 14 * ppm), Qt::AlignCenter,
               QStringLiteral("PATCH T 分隔页"));
}

} // namespace ow::scaneval
