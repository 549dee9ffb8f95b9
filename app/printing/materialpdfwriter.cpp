#include "materialpdfwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace ow {

namespace {

constexpr double kA4LongMm = 297.0;
constexpr double kMmPerInch = 25.4;

QString tr(const char *text) {
    return QCoreApplication::translate("MaterialPdfWriter", text);
}

// Portrait size and orientation of the page that holds the image.
QPageLayout layoutFor(const MaterialPage &page) {
    const QSize px = page.image.size();
    const double dpi =
        page.dpi > 0.0 ? page.dpi : std::max(px.width(), px.height()) / (kA4LongMm / kMmPerInch);
    const double shortMm = std::min(px.width(), px.height()) / dpi * kMmPerInch;
    const double longMm = std::max(px.width(), px.height()) / dpi * kMmPerInch;
    QPageSize size(QSizeF(shortMm, longMm), QPageSize::Millimeter, QString(),
                   QPageSize::FuzzyMatch);
    // FuzzyMatch snaps only within a point or so: snap A-sizes within 2% too.
    for (const QPageSize::PageSizeId id : {QPageSize::A4, QPageSize::A5, QPageSize::A3}) {
        const QSizeF standard = QPageSize::size(id, QPageSize::Millimeter);
        if (std::abs(standard.width() - shortMm) < 0.02 * standard.width() &&
            std::abs(standard.height() - longMm) < 0.02 * standard.height())
            size = QPageSize(id);
    }
    const auto orientation =
        px.width() > px.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0));
}

// Qt's PDF engine keeps a 1-bit image as 1 bit (Flate) only when its colour table is exactly
// {black, white}; any other table (Qt's own threshold conversion gives {white, black}) makes it
// a full-colour JPEG about ten times larger.
QImage pdfReady(const QImage &image) {
    if (image.depth() != 1)
        return image;
    const QList<QRgb> blackWhite{qRgb(0, 0, 0), qRgb(255, 255, 255)};
    QImage mono = image.convertToFormat(QImage::Format_Mono);
    if (mono.colorTable() == blackWhite)
        return mono;
    // Keep the picture: index 0 must be the dark entry; swap the bits when it is the light one.
    const QList<QRgb> table = mono.colorTable();
    const bool firstIsLight = qGray(table.value(0)) >= qGray(table.value(1, table.value(0)));
    if (firstIsLight && table.size() == 2)
        mono.invertPixels();
    mono.setColorTable(blackWhite);
    return mono;
}

} // namespace

Result<QString> MaterialPdfWriter::write(const QString &path, const QList<MaterialPage> &pages,
                                         const QString &title) {
    if (pages.isEmpty())
        return Result<QString>::failure(tr("%1: a material needs at least one page").arg(path));
    for (qsizetype i = 0; i < pages.size(); ++i)
        if (pages[i].image.isNull())
            return Result<QString>::failure(tr("%1: page %2 has no image").arg(path).arg(i + 1));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<QString>::failure(
            tr("%1: cannot write the PDF: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("OneWindow"));
        // 72 dpi device units: the painter places each image in points; the image itself is
        // embedded at its own resolution, never resampled.
        writer.setResolution(72);
        writer.setPageLayout(layoutFor(pages.first()));
        QPainter painter;
        if (!painter.begin(&writer))
            return Result<QString>::failure(tr("%1: cannot start the PDF").arg(path));
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0) {
                writer.setPageLayout(layoutFor(pages[i]));
                writer.newPage();
            }
            const QRectF target(QPointF(0, 0), writer.pageLayout().fullRectPoints().size());
            painter.drawImage(target, pdfReady(pages[i].image));
        }
        painter.end();
    }
    if (!file.commit())
        return Result<QString>::failure(
            tr("%1: cannot write the PDF: %2").arg(path, file.errorString()));

    QFile written(path);
    if (!written.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            tr("%1: cannot read the PDF back: %2").arg(path, written.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&written);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace ow
