#pragma once

#include "noticedocument.h"
#include "result.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;

namespace ow {

// Prints NoticeDocuments: PDF files, PDF bytes, or any paged device (a QPrinter, or the printer
// QPrintPreviewDialog::paintRequested hands over). A4 portrait, fonts embedded, text searchable.
// Needs a QGuiApplication (fonts); without a display use the "offscreen" platform.
class NoticePrinter {
public:
    static constexpr int kPdfResolution = 300;

    static Status writePdf(const NoticeDocument &document, const QString &path);
    static Result<QByteArray> pdf(const NoticeDocument &document);
    // Sets the device to A4 portrait and paints every page of every copy.
    static Status print(const NoticeDocument &document, QPagedPaintDevice *device);
};

} // namespace ow
