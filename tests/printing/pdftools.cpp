#include "pdftools.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <ZXing/ReadBarcode.h>

namespace ow::test {

QString PdfTools::missingProgram() {
    for (const char *program : {"pdftotext", "pdffonts", "pdfinfo", "pdftoppm"}) {
        if (QStandardPaths::findExecutable(QLatin1String(program)).isEmpty())
            return QLatin1String(program) + QStringLiteral(" (package poppler-utils)");
    }
    return {};
}

QString PdfTools::run(const QString &program, const QStringList &arguments, QString *error) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3 %4")
                     .arg(program, arguments.join(QLatin1Char(' ')), process.errorString(),
                          QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString PdfTools::text(const QString &pdfPath, QString *error) {
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath,
                QStringLiteral("-")},
               error);
}

QString PdfTools::fonts(const QString &pdfPath, QString *error) {
    return run(QStringLiteral("pdffonts"), {pdfPath}, error);
}

int PdfTools::pageCount(const QString &pdfPath, QString *error) {
    const QString info = run(QStringLiteral("pdfinfo"), {pdfPath}, error);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QImage PdfTools::renderPage(const QString &pdfPath, int page, int dpi, QString *error) {
    const QFileInfo pdf(pdfPath);
    const QString prefix = pdf.absolutePath() + QLatin1Char('/') + pdf.completeBaseName() +
                           QStringLiteral("-page%1").arg(page);
    const QString pageText = QString::number(page);
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), QStringLiteral("-f"),
         pageText, QStringLiteral("-l"), pageText, QStringLiteral("-singlefile"), pdfPath, prefix},
        error);
    QImage image(prefix + QStringLiteral(".png"));
    if (image.isNull() && error->isEmpty())
        *error = QStringLiteral("pdftoppm wrote no image for page %1 of %2").arg(page).arg(pdfPath);
    return image;
}

QString PdfTools::decodeQrCode(const QImage &image) {
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, static_cast<int>(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode).setTryHarder(true);
    ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        result = ZXing::ReadBarcode(view, hints.setBinarizer(ZXing::Binarizer::GlobalHistogram));
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

double PdfTools::inkCoverage(const QImage &image) {
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    qint64 inked = 0;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            inked += line[x] < 200 ? 1 : 0;
    }
    const qint64 total = qint64(gray.width()) * gray.height();
    return total == 0 ? 0.0 : double(inked) / double(total);
}

} // namespace ow::test
