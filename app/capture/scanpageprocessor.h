#pragma once

#include "scanpage.h"

#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>

namespace ow {

// The result of processing one page, in Qt types (the vision layer stays behind this file).
struct ScanPageResult {
    QImage page; // null when the page could not be processed
    double dpi = 0.0;
    QImage thumbnail;
    QList<QPointF> corners; // the page found in a photo (original pixels); empty for scans
    bool blank = false;
    bool separator = false;
    QString separatorCode;
    QString error;
};

// Runs the vision layer's processPage on one original: thread-safe, blocking (call it on a
// worker thread), never throws.
class ScanPageProcessor {
public:
    static constexpr int kThumbnailHeight = 180;
    static ScanPageResult process(const QImage &original, double dpi, ScanOrigin origin,
                                  ScanMode mode, const QList<QPointF> &manualCorners);
    static QImage thumbnailOf(const QImage &page);
};

} // namespace ow
