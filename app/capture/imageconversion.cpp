#include "imageconversion.h"

#include <opencv2/imgproc.hpp>

namespace ow {

cv::Mat toBgrMat(const QImage &image) {
    if (image.isNull())
        return {};
    if (image.format() == QImage::Format_Grayscale8) {
        const cv::Mat view(image.height(), image.width(), CV_8UC1,
                           const_cast<uchar *>(image.constBits()),
                           static_cast<size_t>(image.bytesPerLine()));
        return view.clone();
    }
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()),
                       static_cast<size_t>(rgb.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

QImage toQImage(const cv::Mat &mat) {
    if (mat.empty())
        return {};
    if (mat.type() == CV_8UC1) {
        const QImage view(mat.data, mat.cols, mat.rows, static_cast<qsizetype>(mat.step),
                          QImage::Format_Grayscale8);
        return view.copy();
    }
    cv::Mat rgb;
    if (mat.type() == CV_8UC3)
        cv::cvtColor(mat, rgb, cv::COLOR_BGR2RGB);
    else if (mat.type() == CV_8UC4)
        cv::cvtColor(mat, rgb, cv::COLOR_BGRA2RGB);
    else
        return {};
    const QImage view(rgb.data, rgb.cols, rgb.rows, static_cast<qsizetype>(rgb.step),
                      QImage::Format_RGB888);
    return view.copy();
}

QImage toArchiveImage(const cv::Mat &page, bool blackWhite) {
    const QImage image = toQImage(page);
    if (!blackWhite || image.format() != QImage::Format_Grayscale8)
        return image;
    return image.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither | Qt::MonoOnly);
}

} // namespace ow
