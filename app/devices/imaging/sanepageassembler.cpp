#include "sanepageassembler.h"

#include <cstring>

namespace ow {

namespace {

// Lines actually present: a backend may end a page early (sheet length detection) or not know
// the height at all.
int completeLines(const SaneRawFrame &frame) {
    if (frame.bytesPerLine <= 0)
        return 0;
    const qsizetype available = frame.data.size() / frame.bytesPerLine;
    if (frame.lines < 0)
        return int(available);
    return int(qMin<qsizetype>(available, frame.lines));
}

// One sample of a line as an 8-bit value (16-bit samples are native-endian per the standard).
uchar sample8(const uchar *line, int index, int depth) {
    if (depth == 16) {
        quint16 value = 0;
        std::memcpy(&value, line + 2 * index, 2);
        return uchar(value >> 8);
    }
    return line[index];
}

const uchar *lineOf(const SaneRawFrame &frame, int y) {
    return reinterpret_cast<const uchar *>(frame.data.constData()) +
           qsizetype(y) * frame.bytesPerLine;
}

void setResolution(QImage &image, double dpi) {
    const int dotsPerMetre = int(dpi / 0.0254 + 0.5);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
}

} // namespace

Result<QImage> SanePageAssembler::assemble(const QList<SaneRawFrame> &frames, double dpi) {
    if (frames.isEmpty())
        return Result<QImage>::failure(tr("The scanner sent no image data."));
    const SaneRawFrame &first = frames.first();
    if (first.pixelsPerLine <= 0 || first.bytesPerLine <= 0)
        return Result<QImage>::failure(tr("The scanner reported an empty page size."));
    if (first.depth != 1 && first.depth != 8 && first.depth != 16)
        return Result<QImage>::failure(
            tr("The scanner sent %1-bit samples, which are not supported.").arg(first.depth));
    const int lines = completeLines(first);
    if (lines <= 0)
        return Result<QImage>::failure(tr("The scanner sent a page without any complete line."));

    Result<QImage> image =
        Result<QImage>::failure(tr("The scanner sent an image format this program cannot read."));
    switch (first.format) {
    case SaneRawFrame::Format::Grey:
        image = greyImage(first, lines);
        break;
    case SaneRawFrame::Format::Rgb:
        image = rgbImage(first, lines);
        break;
    case SaneRawFrame::Format::Red:
    case SaneRawFrame::Format::Green:
    case SaneRawFrame::Format::Blue:
        image = mergeChannels(frames);
        break;
    case SaneRawFrame::Format::Other:
        break;
    }
    if (image.ok())
        setResolution(image.value(), dpi);
    return image;
}

Result<QImage> SanePageAssembler::newPage(int width, int lines, QImage::Format format) {
    QImage image(width, lines, format);
    if (image.isNull())
        return Result<QImage>::failure(
            tr("Not enough memory for a %1 × %2 page.").arg(width).arg(lines));
    return image;
}

Result<QImage> SanePageAssembler::greyImage(const SaneRawFrame &frame, int lines) {
    const int width = frame.pixelsPerLine;
    const int needed = frame.depth == 1 ? (width + 7) / 8 : width * frame.depth / 8;
    if (frame.bytesPerLine < needed)
        return Result<QImage>::failure(tr("The scanner's line length does not fit its width."));
    auto page = newPage(width, lines, QImage::Format_Grayscale8);
    if (!page)
        return page;
    QImage &image = page.value();
    for (int y = 0; y < lines; ++y) {
        const uchar *in = lineOf(frame, y);
        uchar *out = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            if (frame.depth == 1)
                out[x] = (in[x / 8] & (0x80 >> (x % 8))) ? 0 : 255; // 1 = black in line-art
            else
                out[x] = sample8(in, x, frame.depth);
        }
    }
    return page;
}

Result<QImage> SanePageAssembler::rgbImage(const SaneRawFrame &frame, int lines) {
    if (frame.depth == 1)
        return Result<QImage>::failure(tr("Colour line-art from the scanner is not supported."));
    const int width = frame.pixelsPerLine;
    if (frame.bytesPerLine < width * 3 * frame.depth / 8)
        return Result<QImage>::failure(tr("The scanner's line length does not fit its width."));
    auto page = newPage(width, lines, QImage::Format_RGB888);
    if (!page)
        return page;
    QImage &image = page.value();
    for (int y = 0; y < lines; ++y) {
        const uchar *in = lineOf(frame, y);
        uchar *out = image.scanLine(y);
        for (int i = 0; i < width * 3; ++i)
            out[i] = sample8(in, i, frame.depth);
    }
    return page;
}

Result<QImage> SanePageAssembler::mergeChannels(const QList<SaneRawFrame> &frames) {
    const SaneRawFrame &first = frames.first();
    if (first.depth == 1)
        return Result<QImage>::failure(tr("Colour line-art from the scanner is not supported."));
    int lines = completeLines(first);
    for (const SaneRawFrame &frame : frames) {
        if (frame.pixelsPerLine != first.pixelsPerLine || frame.depth != first.depth)
            return Result<QImage>::failure(tr("The scanner's colour passes differ in size."));
        lines = qMin(lines, completeLines(frame));
    }
    if (lines <= 0)
        return Result<QImage>::failure(tr("The scanner sent a page without any complete line."));
    const int width = first.pixelsPerLine;
    auto page = newPage(width, lines, QImage::Format_RGB888);
    if (!page)
        return page;
    QImage &image = page.value();
    image.fill(Qt::black);
    for (const SaneRawFrame &frame : frames) {
        const int channel = frame.format == SaneRawFrame::Format::Red     ? 0
                            : frame.format == SaneRawFrame::Format::Green ? 1
                            : frame.format == SaneRawFrame::Format::Blue  ? 2
                                                                          : -1;
        if (channel < 0)
            return Result<QImage>::failure(tr("The scanner mixed colour passes and whole pages."));
        for (int y = 0; y < lines; ++y) {
            const uchar *in = lineOf(frame, y);
            uchar *out = image.scanLine(y);
            for (int x = 0; x < width; ++x)
                out[3 * x + channel] = sample8(in, x, frame.depth);
        }
    }
    return page;
}

} // namespace ow
