#include "noticeprinter.h"

#include "noticefonts.h"
#include "noticelayout.h"
#include "noticepainter.h"
#include "noticeqrcode.h"
#include "noticevalidator.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace ow {

namespace {

QPageLayout a4Portrait() {
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
}

QString pdfTitle(const NoticeDocument &document) {
    return document.number.isEmpty() ? document.title
                                     : QStringLiteral("%1 %2").arg(document.title, document.number);
}

} // namespace

Status NoticePrinter::print(const NoticeDocument &document, QPagedPaintDevice *device) {
    if (device == nullptr)
        return Status::failure(QStringLiteral("no printer or PDF device to print to"));
    if (const Status valid = NoticeValidator::check(document); !valid)
        return valid;
    const Result<NoticeFonts> fonts = NoticeFonts::load();
    if (!fonts)
        return Status::failure(fonts.error());

    QImage qrImage;
    if (!document.qrText.isEmpty()) {
        const int qrPixels = qRound(NoticeLayout::kQrSizeMm * NoticePage::kDotsPerMm);
        Result<QImage> qr = NoticeQrCode::render(document.qrText, qrPixels);
        if (!qr)
            return Status::failure(
                QStringLiteral("document \"%1\": %2").arg(document.title, qr.error()));
        qrImage = std::move(qr.value());
    }
    const QList<NoticePage> pages = NoticeLayout(*fonts).layout(document);

    device->setPageLayout(a4Portrait());
    QPainter painter;
    if (!painter.begin(device))
        return Status::failure(
            QStringLiteral("cannot start printing \"%1\" on the device").arg(document.title));
    // Layout units are dots of 1/300 inch from the paper's corner; the device may have another
    // resolution and may put the painter's origin at its printable area.
    const qreal dpi = device->logicalDpiX();
    const QRect printable = device->pageLayout().paintRectPixels(qRound(dpi));
    painter.translate(-printable.topLeft());
    painter.scale(dpi / NoticePage::kDotsPerInch, dpi / NoticePage::kDotsPerInch);

    const NoticePainter pagePainter(*fonts, qrImage);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return Status::failure(QStringLiteral("the device refused page %1 of \"%2\"")
                                       .arg(i + 1)
                                       .arg(document.title));
        }
        pagePainter.paint(painter, pages.at(i));
    }
    if (!painter.end())
        return Status::failure(QStringLiteral("printing \"%1\" failed").arg(document.title));
    return {};
}

Result<QByteArray> NoticePrinter::pdf(const NoticeDocument &document) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setTitle(pdfTitle(document));
        writer.setCreator(
            QStringLiteral("OneWindow 一窗通办工作台 %1").arg(QLatin1String(ONEWINDOW_VERSION)));
        if (const Status printed = print(document, &writer); !printed)
            return Result<QByteArray>::failure(printed.error());
    }
    buffer.close();
    return bytes;
}

Status NoticePrinter::writePdf(const NoticeDocument &document, const QString &path) {
    if (path.trimmed().isEmpty())
        return Status::failure(
            QStringLiteral("no file name given for the PDF of \"%1\"").arg(document.title));
    const Result<QByteArray> bytes = pdf(document);
    if (!bytes)
        return Status::failure(bytes.error());
    // Written to a temporary file and renamed, so a failure never leaves half a PDF behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("cannot write the PDF to %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(*bytes);
    if (!file.commit())
        return Status::failure(QStringLiteral("cannot write the PDF to %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace ow
