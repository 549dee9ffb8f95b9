#include "tesseractengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

namespace ow::vision {

struct TesseractEngine::Api {
    tesseract::TessBaseAPI api;
};

namespace {

// Tesseract's strings are new[]-allocated UTF-8.
QString takeText(char *text) {
    const QString result = QString::fromUtf8(text).trimmed();
    delete[] text;
    return result;
}

} // namespace

QString OcrText::joined() const {
    QStringList texts;
    for (const OcrLine &line : lines)
        texts << line.text;
    return texts.join(QLatin1Char('\n'));
}

QString TesseractEngine::defaultTessdataDir() {
    const QString fromEnvironment = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStringLiteral("/usr/share/tesseract-ocr/5/tessdata");
}

TesseractEngine::TesseractEngine(std::unique_ptr<Api> api, QString language)
    : m_api(std::move(api))
    , m_language(std::move(language)) {}

TesseractEngine::~TesseractEngine() {
    if (m_api)
        m_api->api.End();
}

Result<std::shared_ptr<TesseractEngine>> TesseractEngine::create(const QString &language,
                                                                 const QString &tessdataDir) {
    using R = Result<std::shared_ptr<TesseractEngine>>;
    const QString dir = tessdataDir.isEmpty() ? defaultTessdataDir() : tessdataDir;
    // Checked here because Tesseract only prints to stderr when the file is missing.
    for (const QString &part : language.split(QLatin1Char('+'))) {
        const QString file = QDir(dir).filePath(part + QStringLiteral(".traineddata"));
        if (!QFileInfo::exists(file))
            return R::failure(tr("OCR language data \"%1\" is missing (looked for %2): install the "
                                 "package tesseract-ocr-%3.")
                                  .arg(part, file, QString(part).replace(u'_', u'-')));
    }
    auto api = std::make_unique<Api>();
    if (api->api.Init(QFile::encodeName(dir).constData(), language.toUtf8().constData(),
                      tesseract::OEM_LSTM_ONLY) != 0)
        return R::failure(
            tr("OCR engine could not load language \"%1\" from %2.").arg(language, dir));
    api->api.SetVariable("debug_file", "/dev/null"); // no "Estimating resolution" chatter
    return std::shared_ptr<TesseractEngine>(new TesseractEngine(std::move(api), language));
}

Result<OcrText> TesseractEngine::recognise(const cv::Mat &image, OcrLayout layout, int dpi) {
    if (image.empty() || image.depth() != CV_8U || (image.channels() != 1 && image.channels() != 3))
        return Result<OcrText>::failure(tr("OCR needs an 8-bit grey or colour image."));
    QElapsedTimer timer;
    timer.start();
    cv::Mat grey;
    try {
        if (image.channels() == 3)
            cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
        else
            grey = image.isContinuous() ? image : image.clone();
    } catch (const cv::Exception &e) {
        return Result<OcrText>::failure(
            tr("OCR could not prepare the image: %1").arg(QString::fromStdString(e.what())));
    }
    tesseract::TessBaseAPI &api = m_api->api;
    switch (layout) {
    case OcrLayout::Page:
        api.SetPageSegMode(tesseract::PSM_AUTO);
        break;
    case OcrLayout::Block:
        api.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
        break;
    case OcrLayout::SingleLine:
        api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
        break;
    }
    api.SetImage(grey.data, grey.cols, grey.rows, 1, int(grey.step));
    api.SetSourceResolution(dpi);
    if (api.Recognize(nullptr) != 0) {
        api.Clear();
        return Result<OcrText>::failure(tr("OCR failed on this image."));
    }
    OcrText text;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (it) {
        do {
            const tesseract::PageIteratorLevel level = tesseract::RIL_TEXTLINE;
            if (it->Empty(level))
                continue;
            OcrLine line;
            line.text = takeText(it->GetUTF8Text(level));
            line.confidence = qBound(0.0, double(it->Confidence(level)) / 100.0, 1.0);
            int left = 0, top = 0, right = 0, bottom = 0;
            if (it->BoundingBox(level, &left, &top, &right, &bottom))
                line.box = cv::Rect(left, top, right - left, bottom - top);
            if (!line.text.isEmpty())
                text.lines.push_back(line);
        } while (it->Next(tesseract::RIL_TEXTLINE));
    }
    api.Clear();
    text.timeMs = double(timer.nsecsElapsed()) / 1e6;
    return text;
}

} // namespace ow::vision
