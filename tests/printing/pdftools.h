#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace ow::test {

// The poppler-utils programs (pdftotext, pdffonts, pdfinfo, pdftoppm) run on a PDF file, and
// ZXing on the rendered page: what a reader or an archive search sees of a printed document.
class PdfTools {
public:
    // Empty when every program is installed, otherwise the one missing (tests skip with it).
    static QString missingProgram();

    // Output of the program, or a null string with the reason in *error.
    static QString run(const QString &program, const QStringList &arguments, QString *error);

    static QString text(const QString &pdfPath, QString *error);  // pdftotext -layout
    static QString fonts(const QString &pdfPath, QString *error); // pdffonts
    static int pageCount(const QString &pdfPath, QString *error); // pdfinfo, -1 on failure
    // pdftoppm -r dpi -png of one page (1-based), into a file beside the PDF.
    static QImage renderPage(const QString &pdfPath, int page, int dpi, QString *error);
    // The text of the QR code in the image, or an empty string; retries with the global
    // histogram binarizer, which reads printed codes the default one sometimes misses.
    static QString decodeQrCode(const QImage &image);
    // Share of pixels that are not white (0..1).
    static double inkCoverage(const QImage &image);
};

} // namespace ow::test
