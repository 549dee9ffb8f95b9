#include "imagefileimporter.h"

#include "imagecompleteness.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QPdfDocument>

namespace ow {

namespace {

bool looksLikePdf(const QByteArray &head) {
    return head.contains("%PDF-");
}

void setResolution(QImage &image, double dpi) {
    const int dotsPerMetre = int(dpi / 0.0254 + 0.5);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
}

} // namespace

ImageFileImporter::ImageFileImporter(ImportLimits limits)
    : m_limits(limits) {}

QString ImageFileImporter::fileLabel(const QString &path) {
    return QFileInfo(path).fileName();
}

QStringList ImageFileImporter::nameFilters() {
    QStringList filters;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        filters << QStringLiteral("*.") + QString::fromLatin1(format);
    filters << QStringLiteral("*.pdf");
    return filters;
}

ImportResult ImageFileImporter::importFile(const QString &path, const PageCallback &onPage,
                                           const ProgressCallback &onProgress,
                                           const std::atomic_bool *cancel) const {
    const QString name = fileLabel(path);
    QFile file(path);
    if (!file.exists())
        return {ImportResult::Outcome::Failed, 0, tr("File \"%1\" does not exist.").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return {ImportResult::Outcome::Failed, 0,
                tr("File \"%1\" cannot be opened: %2").arg(name, file.errorString())};
    if (file.size() == 0)
        return {ImportResult::Outcome::Failed, 0, tr("File \"%1\" is empty.").arg(name)};
    if (file.size() > m_limits.maxFileBytes)
        return {ImportResult::Outcome::Failed, 0,
                tr("File \"%1\" is %2 MB, more than the %3 MB limit for an import.")
                    .arg(name)
                    .arg(file.size() >> 20)
                    .arg(m_limits.maxFileBytes >> 20)};
    const QByteArray head = file.peek(1024);
    file.close();
    if (looksLikePdf(head))
        return importPdf(path, onPage, onProgress, cancel);
    return importImage(path, onPage, onProgress, cancel);
}

QString ImageFileImporter::checkPageSize(const QString &path, QSize size, int pageNumber,
                                         int pageCount) const {
    const QString where = pageCount > 1
                              ? tr("Page %1 of \"%2\"").arg(pageNumber).arg(fileLabel(path))
                              : tr("Image \"%1\"").arg(fileLabel(path));
    if (!size.isValid() || size.isEmpty())
        return tr("%1 has no readable size: the file is damaged or not an image.").arg(where);
    if (qMin(size.width(), size.height()) < m_limits.minPageSide)
        return tr("%1 is only %2 × %3 pixels, too small for a document page.")
            .arg(where)
            .arg(size.width())
            .arg(size.height());
    const qint64 pixels = qint64(size.width()) * size.height();
    if (pixels > m_limits.maxPagePixels)
        return tr("%1 is %2 × %3 pixels, more than the %4 megapixel limit: the file is damaged or "
                  "not a document page.")
            .arg(where)
            .arg(size.width())
            .arg(size.height())
            .arg(m_limits.maxPagePixels / 1'000'000);
    return {};
}

ImportResult ImageFileImporter::importImage(const QString &path, const PageCallback &onPage,
                                            const ProgressCallback &onProgress,
                                            const std::atomic_bool *cancel) const {
    const QString name = fileLabel(path);
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    if (!reader.canRead())
        return {ImportResult::Outcome::Failed, 0,
                tr("File \"%1\" is neither an image this program can read nor a PDF.").arg(name)};
    const QByteArray format = reader.format();
    if (format == "png" || format == "jpeg") {
        QFile file(path);
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        const bool whole = format == "png" ? ImageCompleteness::pngComplete(bytes)
                                           : ImageCompleteness::jpegComplete(bytes);
        if (!whole)
            return {ImportResult::Outcome::Failed, 0,
                    tr("Image \"%1\" is cut off (the end of the file is missing): copy it again "
                       "from its source.")
                        .arg(name)};
    }
    // Only TIFF holds document pages; the frames of an animated GIF are not pages.
    const int count = format == "tiff" ? qMax(1, reader.imageCount()) : 1;
    if (count > m_limits.maxPages)
        return {ImportResult::Outcome::Failed, 0,
                tr("File \"%1\" has %2 pages, more than the %3 allowed in one import.")
                    .arg(name)
                    .arg(count)
                    .arg(m_limits.maxPages)};
    for (int index = 0; index < count; ++index) {
        if (cancel && cancel->load())
            return {ImportResult::Outcome::Cancelled, index, tr("Import was cancelled.")};
        if (index > 0 && !reader.jumpToNextImage())
            return {ImportResult::Outcome::Failed, index,
                    tr("Page %1 of \"%2\" cannot be reached: the file is damaged.")
                        .arg(index + 1)
                        .arg(name)};
        if (const QString problem = checkPageSize(path, reader.size(), index + 1, count);
            !problem.isEmpty())
            return {ImportResult::Outcome::Failed, index, problem};
        QImage page = reader.read();
        if (page.isNull())
            return {ImportResult::Outcome::Failed, index,
                    count > 1
                        ? tr("Page %1 of \"%2\" cannot be read: %3")
                              .arg(index + 1)
                              .arg(name, reader.errorString())
                        : tr("Image \"%1\" cannot be read: %2").arg(name, reader.errorString())};
        if (page.dotsPerMeterX() <= 0 || page.dotsPerMeterY() <= 0)
            setResolution(page, 300); // no resolution stored: assume a 300 dpi scan
        if (onPage)
            onPage(page, index + 1, count);
        if (onProgress)
            onProgress(index + 1, count);
    }
    return {ImportResult::Outcome::Completed, count, {}};
}

ImportResult ImageFileImporter::importPdf(const QString &path, const PageCallback &onPage,
                                          const ProgressCallback &onProgress,
                                          const std::atomic_bool *cancel) const {
    const QString name = fileLabel(path);
    QPdfDocument document;
    const QPdfDocument::Error error = document.load(path);
    switch (error) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return {ImportResult::Outcome::Failed, 0,
                tr("PDF \"%1\" is password-protected: save an unprotected copy and import that.")
                    .arg(name)};
    default:
        return {ImportResult::Outcome::Failed, 0,
                tr("PDF \"%1\" is damaged and cannot be opened.").arg(name)};
    }
    const int count = document.pageCount();
    if (count <= 0)
        return {ImportResult::Outcome::Failed, 0, tr("PDF \"%1\" has no pages.").arg(name)};
    if (count > m_limits.maxPages)
        return {ImportResult::Outcome::Failed, 0,
                tr("PDF \"%1\" has %2 pages, more than the %3 allowed in one import.")
                    .arg(name)
                    .arg(count)
                    .arg(m_limits.maxPages)};
    const double dpi = m_limits.pdfDpi;
    for (int index = 0; index < count; ++index) {
        if (cancel && cancel->load())
            return {ImportResult::Outcome::Cancelled, index, tr("Import was cancelled.")};
        const QSizeF points = document.pagePointSize(index);
        if (qMax(points.width(), points.height()) / 72.0 > m_limits.maxPdfPageInches)
            return {ImportResult::Outcome::Failed, index,
                    tr("Page %1 of PDF \"%2\" measures %3 × %4 mm, too large for a document page.")
                        .arg(index + 1)
                        .arg(name)
                        .arg(qRound(points.width() / 72.0 * 25.4))
                        .arg(qRound(points.height() / 72.0 * 25.4))};
        const QSize pixels(qMax(1, qRound(points.width() / 72.0 * dpi)),
                           qMax(1, qRound(points.height() / 72.0 * dpi)));
        if (const QString problem = checkPageSize(path, pixels, index + 1, count);
            !problem.isEmpty())
            return {ImportResult::Outcome::Failed, index, problem};
        const QImage rendered = document.render(index, pixels);
        if (rendered.isNull())
            return {ImportResult::Outcome::Failed, index,
                    tr("Page %1 of PDF \"%2\" cannot be rendered.").arg(index + 1).arg(name)};
        // Transparent parts of a PDF page are paper: flatten onto white.
        QImage page(rendered.size(), QImage::Format_RGB888);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            painter.drawImage(0, 0, rendered);
        }
        setResolution(page, dpi);
        if (onPage)
            onPage(page, index + 1, count);
        if (onProgress)
            onProgress(index + 1, count);
    }
    return {ImportResult::Outcome::Completed, count, {}};
}

} // namespace ow
