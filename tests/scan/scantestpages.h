#pragma once

#include <QString>

#include <opencv2/core.hpp>

namespace ow::scantest {

// Simple pages with known truth for the scan suites, drawn with OpenCV only.

// A white page with `lines` lines of Latin words (Hershey font, about 3 mm high at the page's
// scale: size is the page in pixels, A4 proportions expected), starting at firstLine.
cv::Mat latinTextPage(cv::Size size, int lines, unsigned seed, int firstLine = 0);

// The page turned counter-clockwise by angleDeg (canvas grown, white corners).
cv::Mat rotated(const cv::Mat &page, double angleDeg);

// A barcode drawn by ZXing's writer ("QRCode", "Code128", "Code39", "EAN-13"), black on white,
// with a quiet zone; modulePixels = the width of one module.
cv::Mat barcodeImage(const QString &format, const QString &text, int modulePixels);

// Pastes a grey or BGR image into page (BGR) at the top-left point.
void paste(cv::Mat &page, const cv::Mat &image, cv::Point topLeft);

// Page size in pixels of A4 portrait at dpi.
cv::Size a4(double dpi);

} // namespace ow::scantest
