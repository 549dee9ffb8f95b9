#pragma once

#include "noticefonts.h"

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace ow {

// One line of text placed on a page.
struct NoticeTextRun {
    QPointF baseline; // left end of the baseline
    QString text;
    NoticeFontRole role = NoticeFontRole::Body;
};

// One laid-out page: everything positioned in layout units (dots of 1/300 inch, origin at the
// paper's top-left corner). NoticeLayout fills it, NoticePainter draws it.
struct NoticePage {
    static constexpr qreal kDotsPerInch = 300.0;
    static constexpr qreal kDotsPerMm = kDotsPerInch / 25.4;
    static constexpr QSizeF kA4{210.0 * kDotsPerMm, 297.0 * kDotsPerMm};

    QList<NoticeTextRun> texts;
    QList<QLineF> rules; // table borders, signature lines
    QList<QRectF> seals; // circle placeholders where the seal is stamped
    QRectF qrCode;       // where the QR code goes; null when the document has none
};

} // namespace ow
