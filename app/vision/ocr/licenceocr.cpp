#include "licenceocr.h"

#include "creditcodecorrector.h"
#include "tesseractengine.h"

#include <QRegularExpression>

#include <cmath>

#include <opencv2/imgproc.hpp>

namespace ow::vision {

namespace {

// Licences are printed at about 300 dpi equivalents; text much smaller than this after
// scaling is unreadable, much larger only slows Tesseract down.
constexpr int kWorkingWidth = 2000;

QString withoutSpaces(QString text) {
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

// The name after its label: "名称：某某科技有限公司" → "某某科技有限公司".
QString nameAfterLabel(const QString &line) {
    const QString compact = withoutSpaces(line);
    const qsizetype at = compact.indexOf(QStringLiteral("名称"));
    if (at < 0)
        return {};
    QString name = compact.mid(at + 2);
    while (!name.isEmpty() && (name.front() == u':' || name.front() == u'：' ||
                               name.front() == u'.' || name.front() == u'·'))
        name.remove(0, 1);
    return name;
}

bool looksLikeOrganisationName(const QString &text) {
    static const QStringList endings = {
        QStringLiteral("公司"),   QStringLiteral("合作社"), QStringLiteral("事务所"),
        QStringLiteral("中心"),   QStringLiteral("厂"),     QStringLiteral("店"),
        QStringLiteral("工作室"), QStringLiteral("商行"),   QStringLiteral("部")};
    for (const QString &ending : endings)
        if (text.endsWith(ending))
            return text.size() >= ending.size() + 2;
    return false;
}

} // namespace

LicenceOcr::LicenceOcr(std::shared_ptr<TesseractEngine> engine)
    : m_engine(std::move(engine)) {}

cv::Mat LicenceOcr::whiteOutBorders(const cv::Mat &image) {
    cv::Mat grey;
    if (image.channels() == 3)
        cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
    else
        grey = image.clone();
    // Dark pixels connected to the image edge are background, not print.
    cv::Mat dark;
    cv::threshold(grey, dark, 90, 255, cv::THRESH_BINARY_INV);
    cv::Mat mask = cv::Mat::zeros(grey.rows + 2, grey.cols + 2, CV_8U);
    const auto seed = [&](int x, int y) {
        if (dark.at<uchar>(y, x) && !mask.at<uchar>(y + 1, x + 1))
            cv::floodFill(dark, mask, cv::Point(x, y), 128, nullptr, 0, 0,
                          4 | cv::FLOODFILL_MASK_ONLY | (255 << 8));
    };
    for (int x = 0; x < grey.cols; ++x) {
        seed(x, 0);
        seed(x, grey.rows - 1);
    }
    for (int y = 0; y < grey.rows; ++y) {
        seed(0, y);
        seed(grey.cols - 1, y);
    }
    cv::Mat border = mask(cv::Rect(1, 1, grey.cols, grey.rows));
    // Grow a little: anti-aliased edges of the dark region are lighter than the threshold.
    cv::dilate(border, border, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
    grey.setTo(255, border);
    return grey;
}

Result<LicenceFields> LicenceOcr::read(const cv::Mat &licence) const {
    if (!m_engine)
        return Result<LicenceFields>::failure(tr("No OCR engine is available."));
    if (licence.empty() || licence.depth() != CV_8U ||
        (licence.channels() != 1 && licence.channels() != 3) || licence.cols < 50 ||
        licence.rows < 50)
        return Result<LicenceFields>::failure(
            tr("The licence image is empty, too small or not an 8-bit picture."));
    cv::Mat page;
    try {
        page = whiteOutBorders(licence);
        if (page.cols > kWorkingWidth) {
            const double scale = double(kWorkingWidth) / page.cols;
            cv::resize(page, page, cv::Size(), scale, scale, cv::INTER_AREA);
        }
    } catch (const cv::Exception &e) {
        return Result<LicenceFields>::failure(tr("The licence image could not be prepared: %1")
                                                  .arg(QString::fromStdString(e.what())));
    }
    const Result<OcrText> text = m_engine->recognise(page, OcrLayout::Page);
    if (!text)
        return Result<LicenceFields>::failure(text.error());

    LicenceFields fields;
    fields.timeMs = text->timeMs;
    // The code: prefer the line with its label, then any line holding a valid code.
    std::optional<CorrectedCreditCode> code;
    double codeLineConfidence = 0;
    for (int pass = 0; pass < 2 && !code; ++pass)
        for (const OcrLine &line : text->lines) {
            const bool labelled = withoutSpaces(line.text).contains(QStringLiteral("信用代码"));
            if ((pass == 0) != labelled)
                continue;
            if ((code = CreditCodeCorrector::find(line.text))) {
                codeLineConfidence = line.confidence;
                break;
            }
        }
    if (code) {
        fields.creditCode = code->code;
        fields.creditCodeCorrections = code->substitutions;
        // Each corrected character makes a chance match likelier.
        fields.creditCodeConfidence = codeLineConfidence * std::pow(0.8, code->substitutions);
    }
    // The name: after its label; else the longest line that reads like an organisation's name.
    for (const OcrLine &line : text->lines) {
        const QString name = nameAfterLabel(line.text);
        if (name.size() >= 2) {
            fields.name = name;
            fields.nameConfidence = line.confidence;
            break;
        }
    }
    if (fields.name.isEmpty())
        for (const OcrLine &line : text->lines) {
            const QString compact = withoutSpaces(line.text);
            if (looksLikeOrganisationName(compact) && compact.size() > fields.name.size()) {
                fields.name = compact;
                fields.nameConfidence = line.confidence * 0.7; // no label to confirm it
            }
        }
    return fields;
}

} // namespace ow::vision
