#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <opencv2/core.hpp>

#include <memory>
#include <vector>

namespace ow::vision {

struct OcrLine {
    QString text;
    double confidence = 0.0; // 0..1
    cv::Rect box;            // in the input image's pixels
};

struct OcrText {
    std::vector<OcrLine> lines; // in reading order
    double timeMs = 0.0;        // wall time of recognition
    QString joined() const;     // lines separated by '\n'
};

enum class OcrLayout {
    Page,       // find blocks and lines (PSM_AUTO)
    Block,      // one uniform block of text (PSM_SINGLE_BLOCK)
    SingleLine, // exactly one line (PSM_SINGLE_LINE)
};

// One Tesseract instance (LSTM engine). Not shareable between threads: give each worker thread
// its own (creating one takes about 0.3 s). Debian's libtesseract uses OpenMP; when several
// engines run in parallel on few cores, start the process with OMP_THREAD_LIMIT=1.
class TesseractEngine {
    Q_DECLARE_TR_FUNCTIONS(TesseractEngine)
public:
    // language: Tesseract's code, "chi_sim" for Simplified Chinese (includes digits and Latin
    // letters). tessdataDir empty: $TESSDATA_PREFIX, else Debian's
    // /usr/share/tesseract-ocr/5/tessdata. Fails with a message when the data file is missing.
    static Result<std::shared_ptr<TesseractEngine>>
    create(const QString &language = QStringLiteral("chi_sim"), const QString &tessdataDir = {});
    ~TesseractEngine();
    TesseractEngine(const TesseractEngine &) = delete;
    TesseractEngine &operator=(const TesseractEngine &) = delete;

    // 8-bit grey or BGR input. Never throws; a failure says why.
    Result<OcrText> recognise(const cv::Mat &image, OcrLayout layout = OcrLayout::Page,
                              int dpi = 300);

    static QString defaultTessdataDir();
    const QString &language() const { return m_language; }

private:
    struct Api;
    TesseractEngine(std::unique_ptr<Api> api, QString language);

    std::unique_ptr<Api> m_api;
    QString m_language;
};

} // namespace ow::vision
