#pragma once

#include "noticefonts.h"
#include "noticepage.h"

#include <QImage>

class QPainter;

namespace ow {

// Draws laid-out pages. The painter must be set up so that one unit is one layout dot
// (NoticePage::kDotsPerInch) with the origin at the paper's top-left corner.
class NoticePainter {
public:
    NoticePainter(const NoticeFonts &fonts, QImage qrCode);

    void paint(QPainter &painter, const NoticePage &page) const;

private:
    const NoticeFonts &m_fonts;
    QImage m_qrCode;
};

} // namespace ow
