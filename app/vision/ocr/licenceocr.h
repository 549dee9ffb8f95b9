#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <opencv2/core.hpp>

#include <memory>

namespace ow::vision {

class TesseractEngine;

// Key fields read from a business licence (营业执照) photo or scan, to fill the applicant when
// the licence's QR code cannot be used. Empty fields were not found.
struct LicenceFields {
    QString creditCode;              // 统一社会信用代码, valid by CreditCode::check
    double creditCodeConfidence = 0; // 0..1; lowered for each corrected character
    int creditCodeCorrections = 0;   // look-alike characters fixed with the check characters
    QString name;                    // 名称
    double nameConfidence = 0;       // 0..1
    double timeMs = 0;               // OCR time
};

// Reads the credit code and the name from an upright, cropped licence image (grey or BGR).
// Dark borders around the page (scanner lid, desk, rotation corners) are whitened first:
// Tesseract reads them as characters.
class LicenceOcr {
    Q_DECLARE_TR_FUNCTIONS(LicenceOcr)
public:
    explicit LicenceOcr(std::shared_ptr<TesseractEngine> engine);

    // Fails only when the image is unusable or the engine fails; a licence whose fields cannot
    // be read gives empty fields.
    Result<LicenceFields> read(const cv::Mat &licence) const;

    // Grey copy of the image with dark regions touching the image edge turned white.
    static cv::Mat whiteOutBorders(const cv::Mat &image);

private:
    std::shared_ptr<TesseractEngine> m_engine;
};

} // namespace ow::vision
