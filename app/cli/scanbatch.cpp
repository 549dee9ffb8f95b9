#include "scanbatch.h"

#include "imageconversion.h"
#include "materialpdfwriter.h"
#include "pageimagefile.h"
#include "pageprocessor.h"

#include <QDir>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <vector>

namespace ow::cli {

namespace {

// What goes into the archive for each mode: PNG 1-bit for black-and-white, JPEG for the rest.
bool writePageFile(const QString &path, const cv::Mat &page, vision::EnhanceMode mode) {
    try {
        const std::vector<int> parameters =
            mode == vision::EnhanceMode::BlackWhite
                ? std::vector<int>{cv::IMWRITE_PNG_BILEVEL, 1, cv::IMWRITE_PNG_COMPRESSION, 9}
                : std::vector<int>{cv::IMWRITE_JPEG_QUALITY, 80};
        return cv::imwrite(QFile::encodeName(path).toStdString(), page, parameters);
    } catch (const cv::Exception &) {
        return false;
    }
}

QString pageFileName(int index, vision::EnhanceMode mode) {
    return QStringLiteral("page-%1.%2")
        .arg(index, 3, 10, QLatin1Char('0'))
        .arg(mode == vision::EnhanceMode::BlackWhite ? QStringLiteral("png")
                                                     : QStringLiteral("jpg"));
}

} // namespace

int ScanBatch::run(const QStringList &files, const vision::PageOptions &options,
                   const QString &outDir, QTextStream &out, QTextStream &err) {
    // Check every file first: a bad one stops the batch before anything is written.
    std::vector<cv::Mat> images;
    for (const QString &file : files) {
        auto image = vision::PageImageFile::load(file);
        if (!image) {
            err << "scan: " << image.error() << "\n";
            return 2;
        }
        images.push_back(std::move(image.value()));
    }
    QDir dir(outDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        err << "scan: " << outDir << ": cannot create the folder\n";
        return 2;
    }

    QList<QList<MaterialPage>> materials(1);
    for (size_t i = 0; i < images.size(); ++i) {
        const vision::ProcessedPage page = vision::processPage(images[i], options);
        const QString file = files[static_cast<qsizetype>(i)];
        if (page.page.empty()) {
            err << "scan: " << file << ": the page could not be processed\n";
            return 2;
        }
        const QString name = pageFileName(static_cast<int>(i) + 1, options.mode);
        if (!writePageFile(dir.filePath(name), page.page, options.mode)) {
            err << "scan: " << dir.filePath(name) << ": cannot write the page\n";
            return 2;
        }
        out << name << "  " << QFileInfo(file).fileName() << "  angle "
            << QString::number(page.angleDeg, 'f', 2) << "  " << page.page.cols << "x"
            << page.page.rows << " @ " << QString::number(page.dpi, 'f', 0) << " dpi"
            << (page.blank ? "  blank" : "")
            << (page.separator ? QStringLiteral("  separator %1").arg(page.separatorCode)
                               : QString());
        for (const vision::Barcode &code : page.barcodes)
            out << "  " << code.format << ":" << code.text;
        if (!page.creditCode.isEmpty())
            out << "  credit code " << page.creditCode;
        out << "  " << QString::number(page.timeMs, 'f', 0) << " ms\n";
        if (page.separator) {
            if (!materials.last().isEmpty())
                materials.append(QList<MaterialPage>());
            continue;
        }
        if (!page.blank)
            materials.last().append(
                {toArchiveImage(page.page, options.mode == vision::EnhanceMode::BlackWhite),
                 page.dpi});
    }

    int number = 0;
    for (const QList<MaterialPage> &pages : materials) {
        if (pages.isEmpty())
            continue;
        const QString name =
            QStringLiteral("material-%1.pdf").arg(++number, 2, 10, QLatin1Char('0'));
        const auto sha = MaterialPdfWriter::write(dir.filePath(name), pages);
        if (!sha) {
            err << "scan: " << sha.error() << "\n";
            return 2;
        }
        out << name << "  " << pages.size() << (pages.size() == 1 ? " page" : " pages") << "  "
            << QFileInfo(dir.filePath(name)).size() << " bytes  sha256 " << *sha << "\n";
    }
    if (number == 0)
        out << "no material: every page was blank or a separator\n";
    return 0;
}

} // namespace ow::cli
