#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>

namespace ow {

// One frame as SANE delivered it (sane_get_parameters plus the bytes of sane_read), in plain
// types so that this header needs no SANE include.
struct SaneRawFrame {
    enum class Format { Grey, Rgb, Red, Green, Blue, Other };
    Format format = Format::Other;
    int depth = 8; // bits per sample: 1, 8 or 16
    int pixelsPerLine = 0;
    int bytesPerLine = 0;
    int lines = -1; // -1 when the backend did not know the height in advance
    QByteArray data;
};

// Turns the frames of one page into an 8-bit QImage (Grayscale8 or RGB888) with its
// resolution set. 16-bit samples keep their high byte; line-art (1 bit, 1 = black) becomes
// 0/255 grey; three-pass red/green/blue frames are merged.
class SanePageAssembler {
    Q_DECLARE_TR_FUNCTIONS(SanePageAssembler)
public:
    static Result<QImage> assemble(const QList<SaneRawFrame> &frames, double dpi);

private:
    static Result<QImage> newPage(int width, int lines, QImage::Format format);
    static Result<QImage> greyImage(const SaneRawFrame &frame, int lines);
    static Result<QImage> rgbImage(const SaneRawFrame &frame, int lines);
    static Result<QImage> mergeChannels(const QList<SaneRawFrame> &frames);
};

} // namespace ow
