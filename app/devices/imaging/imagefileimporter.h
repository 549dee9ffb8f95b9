#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QImageReader;

namespace ow {

// Limits that keep a hostile or broken file from exhausting memory or time. A page over a
// limit is refused with a message; nothing is allocated for it first.
struct ImportLimits {
    qint64 maxFileBytes = qint64(512) << 20; // 512 MB
    qint64 maxPagePixels = 200'000'000;      // A3 at 1200 dpi is ~ 280 M; A3 at 600 dpi ~ 70 M
    int minPageSide = 16; // smaller is an icon or a broken file, not a document page
    int maxPages = 500;
    int pdfDpi = 300;                // PDF pages are rendered at this resolution
    double maxPdfPageInches = 100.0; // longest side; A0 is 46.8 in
};

struct ImportResult {
    enum class Outcome { Completed, Cancelled, Failed };
    Outcome outcome = Outcome::Failed;
    int pages = 0;   // pages delivered before the end (all of them when Completed)
    QString message; // translated, names the file (and page); empty when Completed
    bool ok() const { return outcome == Outcome::Completed; }
};

// Reads image files (every format QImageReader knows, TIFF with all its pages) and PDFs
// (rendered page by page with Qt PDF) into page images with their resolution set. The format
// is decided from the content, never from the file name. Blocking: run it on a worker thread.
class ImageFileImporter {
    Q_DECLARE_TR_FUNCTIONS(ImageFileImporter)
public:
    using PageCallback = std::function<void(const QImage &page, int pageNumber, int pageCount)>;
    using ProgressCallback = std::function<void(int pagesDone, int pageCount)>;

    explicit ImageFileImporter(ImportLimits limits = {});

    // Pages go to onPage one by one. On failure, pages already delivered are counted in
    // ImportResult::pages; a caller that wants all-or-nothing drops them.
    ImportResult importFile(const QString &path, const PageCallback &onPage,
                            const ProgressCallback &onProgress = {},
                            const std::atomic_bool *cancel = nullptr) const;

    // Name filters for a file dialog, e.g. "*.png *.jpg … *.pdf".
    static QStringList nameFilters();

private:
    ImportResult importImage(const QString &path, const PageCallback &onPage,
                             const ProgressCallback &onProgress,
                             const std::atomic_bool *cancel) const;
    ImportResult importPdf(const QString &path, const PageCallback &onPage,
                           const ProgressCallback &onProgress,
                           const std::atomic_bool *cancel) const;
    QString checkPageSize(const QString &path, QSize size, int pageNumber, int pageCount) const;
    static QString fileLabel(const QString &path);

    ImportLimits m_limits;
};

} // namespace ow
