#include "scantestpages.h"

#include "deskew.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <opencv2/imgproc.hpp>

#include <random>
#include <string>

namespace ow::scantest {

cv::Size a4(double dpi) {
    return {static_cast<int>(210.0 / 25.4 * dpi), static_cast<int>(297.0 / 25.4 * dpi)};
}

cv::Mat latinTextPage(cv::Size size, int lines, unsigned seed, int firstLine) {
    static const char *const words[] = {"application", "licence",  "Beijing",   "hall",
                                        "permit",      "form",     "quality",   "deposit",
                                        "window",      "yearly",   "judgement", "shipping",
                                        "public",      "registry", "applicant", "kept"};
    std::mt19937 rng(seed);
    cv::Mat page(size, CV_8UC3, cv::Scalar(255, 255, 255));
    const double ppm = size.height / 297.0;
    const double scale = 3.2 * ppm / 22.0; // Hershey simplex: scale 1 = 22 px cap height
    const int thickness = std::max(1, static_cast<int>(0.35 * ppm));
    const int left = static_cast<int>(25 * ppm);
    const int right = size.width - static_cast<int>(25 * ppm);
    const int spacing = static_cast<int>(7.5 * ppm);
    for (int i = 0; i < lines; ++i) {
        const int y = static_cast<int>(35 * ppm) + (firstLine + i) * spacing;
        if (y > size.height - static_cast<int>(20 * ppm))
            break;
        int x = left;
        while (true) {
            const std::string word = words[rng() % std::size(words)];
            int baseline = 0;
            const cv::Size box =
                cv::getTextSize(word, cv::FONT_HERSHEY_SIMPLEX, scale, thickness, &baseline);
            if (x + box.width > right)
                break;
            cv::putText(page, word, cv::Point(x, y), cv::FONT_HERSHEY_SIMPLEX, scale,
                        cv::Scalar(20, 20, 20), thickness, cv::LINE_AA);
            x += box.width + static_cast<int>(2.5 * ppm);
        }
    }
    return page;
}

cv::Mat rotated(const cv::Mat &page, double angleDeg) {
    return vision::rotateImage(page, angleDeg, cv::Scalar(255, 255, 255));
}

cv::Mat barcodeImage(const QString &format, const QString &text, int modulePixels) {
    const auto zxFormat = ZXing::BarcodeFormatFromString(format.toStdString());
    const bool matrix = format == QLatin1String("QRCode");
    // Encode at the minimum size, then scale each module up exactly.
    ZXing::MultiFormatWriter writer(zxFormat);
    writer.setMargin(matrix ? 4 : 10);
    if (matrix)
        writer.setEncoding(ZXing::CharacterSet::UTF8);
    const ZXing::BitMatrix bits = writer.encode(text.toStdString(), 1, matrix ? 1 : 60);
    const auto m = ZXing::ToMatrix<uint8_t>(bits);
    cv::Mat img(m.height(), m.width(), CV_8U, const_cast<uint8_t *>(m.data()));
    cv::Mat out;
    const int heightScale = matrix ? modulePixels : std::max(1, modulePixels);
    cv::resize(img, out, cv::Size(img.cols * modulePixels, img.rows * heightScale), 0, 0,
               cv::INTER_NEAREST);
    return out;
}

void paste(cv::Mat &page, const cv::Mat &image, cv::Point topLeft) {
    cv::Mat bgr;
    if (image.channels() == 1)
        cv::cvtColor(image, bgr, cv::COLOR_GRAY2BGR);
    else
        bgr = image;
    const cv::Rect target = cv::Rect(topLeft, bgr.size()) & cv::Rect(0, 0, page.cols, page.rows);
    bgr(cv::Rect(0, 0, target.width, target.height)).copyTo(page(target));
}

} // namespace ow::scantest
