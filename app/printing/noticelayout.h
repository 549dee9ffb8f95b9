#pragma once

#include "noticedocument.h"
#include "noticefonts.h"
#include "noticepage.h"

#include <QList>
#include <QRectF>

namespace ow {

// Lays out a NoticeDocument on A4 portrait pages: title, number, QR code, fields, body,
// tables, closing text, issuer with seal and date, signature lines, and a footer with the page
// number and the copy label. With copies > 1 the pages hold one full set per copy.
class NoticeLayout {
public:
    static constexpr qreal kQrSizeMm = 26.0;

    explicit NoticeLayout(const NoticeFonts &fonts);

    // Every page of every copy in print order. The document must have passed NoticeValidator.
    QList<NoticePage> layout(const NoticeDocument &document) const;

    static QRectF contentArea();
    // The QR code's place on the first page of each copy.
    static QRectF qrArea();
    // The footer label of copy `index` (0-based): the document's label, 第N联 when it has none
    // and there are several copies, empty for a single unlabelled copy.
    static QString copyLabel(const NoticeDocument &document, int index);

private:
    QList<NoticePage> layoutOneCopy(const NoticeDocument &document) const;
    void addFooters(QList<NoticePage> &pages, const QString &copyLabel) const;

    const NoticeFonts &m_fonts;
};

} // namespace ow
