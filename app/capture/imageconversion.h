#pragma once

#include <QImage>

#include <opencv2/core.hpp>

namespace ow {

// Deep copies between Qt and OpenCV images, so neither side ever points into the other's buffer.
// Colour becomes 8-bit BGR, grey stays 8-bit grey; an empty input gives an empty output.
cv::Mat toBgrMat(const QImage &image);
QImage toQImage(const cv::Mat &mat); // CV_8UC1 → Grayscale8, CV_8UC3 (BGR) → RGB888

// A processed page as the archive PDF wants it: Format_Mono when blackWhite (the page holds
// 0/255 grey), else as toQImage.
QImage toArchiveImage(const cv::Mat &page, bool blackWhite);

} // namespace ow
