#include "scanpageprocessor.h"

#include "imageconversion.h"
#include "opencvthreadpolicy.h"
#include "pageprocessor.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ow {

namespace {

vision::EnhanceMode enhanceMode(ScanMode mode) {
    switch (mode) {
    case ScanMode::Colour:
        return vision::EnhanceMode::Colour;
    case ScanMode::Greyscale:
        return vision::EnhanceMode::Greyscale;
    case ScanMode::BlackWhite:
        return vision::EnhanceMode::BlackWhite;
    }
    return vision::EnhanceMode::Greyscale;
}

// The clerk's corners in the order the detector gives them: clockwise in image space, starting
// nearest the image's top-left. The pipeline then rectifies and turns the page upright exactly as
// it did for the detected corners, so a small correction never changes the page's orientation.
QList<QPointF> detectorOrder(QList<QPointF> corners) {
    QPointF centre;
    for (const QPointF &p : corners)
        centre += p / 4.0;
    std::sort(corners.begin(), corners.end(), [&](const QPointF &a, const QPointF &b) {
        return std::atan2(a.y() - centre.y(), a.x() - centre.x()) <
               std::atan2(b.y() - centre.y(), b.x() - centre.x());
    });
    const auto first =
        std::min_element(corners.cbegin(), corners.cend(), [](const QPointF &a, const QPointF &b) {
            return a.x() + a.y() < b.x() + b.y();
        });
    std::rotate(corners.begin(), corners.begin() + (first - corners.cbegin()), corners.end());
    return corners;
}

} // namespace

QImage ScanPageProcessor::thumbnailOf(const QImage &page) {
    if (page.isNull())
        return {};
    return page.convertToFormat(QImage::Format_RGB32)
        .scaledToHeight(kThumbnailHeight, Qt::SmoothTransformation);
}

ScanPageResult ScanPageProcessor::process(const QImage &original, double dpi, ScanOrigin origin,
                                          ScanMode mode, const QList<QPointF> &manualCorners) {
    ScanPageResult out;
    // The conversions around the page stay on this worker too (see opencvthreadpolicy.h).
    const vision::SerialOpenCvScope serial;
    if (original.isNull()) {
        out.error =
            QCoreApplication::translate("ow::ScanPageProcessor", "The page image is empty.");
        return out;
    }
    vision::PageOptions options;
    options.source = origin == ScanOrigin::Camera ? vision::PageSource::CameraPhoto
                                                  : vision::PageSource::Scanner;
    options.mode = enhanceMode(mode);
    options.dpi = origin == ScanOrigin::Camera ? 0.0 : dpi;
    if (manualCorners.size() == 4) {
        const QList<QPointF> ordered = detectorOrder(manualCorners);
        vision::PageQuad quad;
        for (int i = 0; i < 4; ++i)
            quad.corners[size_t(i)] = cv::Point2f(float(ordered[i].x()), float(ordered[i].y()));
        quad.confidence = 1.0;
        options.corners = quad;
    }
    vision::ProcessedPage processed;
    try {
        processed = vision::processPage(toBgrMat(original), options);
        out.page = toQImage(processed.page);
    } catch (const std::exception &) { // processPage never throws; the conversions might
        out.page = QImage();
    }
    if (out.page.isNull()) {
        out.error = QCoreApplication::translate("ow::ScanPageProcessor",
                                                "No page could be made of this image (%1×%2).")
                        .arg(original.width())
                        .arg(original.height());
        return out;
    }
    if (mode == ScanMode::BlackWhite)
        out.page = out.page.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
    out.dpi = processed.dpi;
    out.thumbnail = thumbnailOf(out.page);
    if (processed.corners)
        for (const cv::Point2f &p : processed.corners->corners)
            out.corners << QPointF(p.x, p.y);
    out.blank = processed.blank;
    out.separator = processed.separator;
    out.separatorCode = processed.separatorCode;
    return out;
}

} // namespace ow
