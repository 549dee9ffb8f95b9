#include "sanescanner.h"

#include "sanepageassembler.h"

#include <QList>

#include <sane/sane.h>
#include <sane/saneopts.h>

namespace ow {

namespace {

// A page larger than this is a broken backend or parameter, not paper (A3 at 1200 dpi colour
// is about 0.8 GB); refuse it rather than allocate.
constexpr qint64 kMaxPageBytes = qint64(1) << 30;
constexpr int kReadChunk = 64 * 1024;

SANE_Handle handleOf(void *handle) {
    return static_cast<SANE_Handle>(handle);
}

SaneRawFrame::Format frameFormat(SANE_Frame format) {
    switch (format) {
    case SANE_FRAME_GRAY:
        return SaneRawFrame::Format::Grey;
    case SANE_FRAME_RGB:
        return SaneRawFrame::Format::Rgb;
    case SANE_FRAME_RED:
        return SaneRawFrame::Format::Red;
    case SANE_FRAME_GREEN:
        return SaneRawFrame::Format::Green;
    case SANE_FRAME_BLUE:
        return SaneRawFrame::Format::Blue;
    }
    return SaneRawFrame::Format::Other;
}

} // namespace

struct SaneScanner::PageRead {
    int status = SANE_STATUS_GOOD; // GOOD: image is the page
    QImage image;
    QString error; // set when the page data could not be turned into an image
};

SaneScanner::SaneScanner() = default;

SaneScanner::~SaneScanner() {
    if (m_handle)
        sane_close(handleOf(m_handle));
}

Result<QList<ScannerDevice>> SaneScanner::listDevices() {
    if (!m_library.status())
        return Result<QList<ScannerDevice>>::failure(m_library.status().error());
    const SANE_Device **list = nullptr;
    const SANE_Status status = sane_get_devices(&list, SANE_FALSE);
    if (status != SANE_STATUS_GOOD)
        return Result<QList<ScannerDevice>>::failure(
            tr("Could not list scanners: %1").arg(QString::fromUtf8(sane_strstatus(status))));
    QList<ScannerDevice> devices;
    for (int i = 0; list && list[i]; ++i)
        devices.append({QString::fromUtf8(list[i]->name), QString::fromUtf8(list[i]->vendor),
                        QString::fromUtf8(list[i]->model), QString::fromUtf8(list[i]->type)});
    return devices;
}

ScanBatchResult SaneScanner::scan(const ScanSettings &settings, const PageCallback &onPage,
                                  const ProgressCallback &onProgress,
                                  const std::atomic_bool *cancel) {
    if (!m_library.status())
        return failure(ScanOutcome::Failed, 0, m_library.status().error());
    m_device = settings.device;
    SANE_Handle handle = nullptr;
    const SANE_Status opened = sane_open(settings.device.toUtf8().constData(), &handle);
    if (opened != SANE_STATUS_GOOD) {
        if (opened == SANE_STATUS_DEVICE_BUSY)
            return failure(ScanOutcome::DeviceBusy, 0, statusMessage(opened, 0));
        return failure(ScanOutcome::Failed, 0,
                       tr("Could not open scanner \"%1\": %2. Check that it is switched on and "
                          "connected, and choose it again from the list.")
                           .arg(settings.device, QString::fromUtf8(sane_strstatus(opened))));
    }
    m_handle = handle;
    struct Closer {
        SaneScanner *scanner;
        ~Closer() {
            sane_cancel(handleOf(scanner->m_handle));
            sane_close(handleOf(scanner->m_handle));
            scanner->m_handle = nullptr;
        }
    } closer{this};

    bool thresholdInSoftware = false;
    if (const Status applied = applySettings(settings, &thresholdInSoftware); !applied)
        return failure(ScanOutcome::Failed, 0, applied.error());
    const double dpi = currentResolution(settings.dpi);

    const bool feeder = settings.source == ScanSource::Feeder;
    const int pageLimit = feeder ? settings.maxPages : 1;
    int pages = 0;
    while (pageLimit <= 0 || pages < pageLimit) {
        if (cancel && cancel->load())
            return failure(ScanOutcome::Cancelled, pages,
                           statusMessage(SANE_STATUS_CANCELLED, pages));
        PageRead page = readPage(pages + 1, onProgress, cancel);
        if (page.status == SANE_STATUS_NO_DOCS && pages > 0)
            break; // the feeder ran empty: the normal end of a batch
        if (page.status != SANE_STATUS_GOOD)
            return failure(outcomeFor(page.status), pages, statusMessage(page.status, pages));
        if (!page.error.isEmpty())
            return failure(ScanOutcome::Failed, pages,
                           tr("Page %1 from \"%2\" could not be read: %3")
                               .arg(pages + 1)
                               .arg(m_device, page.error));
        if (thresholdInSoftware)
            page.image = page.image.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither)
                             .convertToFormat(QImage::Format_Grayscale8);
        const int dotsPerMetre = int(dpi / 0.0254 + 0.5);
        page.image.setDotsPerMeterX(dotsPerMetre);
        page.image.setDotsPerMeterY(dotsPerMetre);
        ++pages;
        if (onPage)
            onPage(page.image, pages);
    }
    return {ScanOutcome::Completed, pages, {}};
}

SaneScanner::PageRead SaneScanner::readPage(int pageNumber, const ProgressCallback &onProgress,
                                            const std::atomic_bool *cancel) {
    PageRead page;
    QList<SaneRawFrame> frames;
    QByteArray chunk(kReadChunk, Qt::Uninitialized);
    for (int pass = 0; pass < 3; ++pass) { // a three-pass scanner sends R, G and B frames
        const SANE_Status started = sane_start(handleOf(m_handle));
        if (started != SANE_STATUS_GOOD) {
            page.status = started;
            return page;
        }
        SANE_Parameters params{};
        if (const SANE_Status got = sane_get_parameters(handleOf(m_handle), &params);
            got != SANE_STATUS_GOOD) {
            page.status = got;
            return page;
        }
        SaneRawFrame frame;
        frame.format = frameFormat(params.format);
        frame.depth = params.depth;
        frame.pixelsPerLine = params.pixels_per_line;
        frame.bytesPerLine = params.bytes_per_line;
        frame.lines = params.lines;
        const qint64 expected = params.lines > 0 ? qint64(params.lines) * params.bytes_per_line : 0;
        if (expected > kMaxPageBytes) {
            page.error = tr("the page would need %1 MB, more than the %2 MB limit")
                             .arg(expected >> 20)
                             .arg(kMaxPageBytes >> 20);
            return page;
        }
        if (expected > 0)
            frame.data.reserve(expected);
        for (;;) {
            if (cancel && cancel->load()) {
                sane_cancel(handleOf(m_handle));
                page.status = SANE_STATUS_CANCELLED;
                return page;
            }
            SANE_Int length = 0;
            const SANE_Status status =
                sane_read(handleOf(m_handle), reinterpret_cast<SANE_Byte *>(chunk.data()),
                          kReadChunk, &length);
            if (length > 0)
                frame.data.append(chunk.constData(), length);
            if (status == SANE_STATUS_EOF)
                break;
            if (status != SANE_STATUS_GOOD) {
                page.status = status;
                return page;
            }
            if (frame.data.size() > kMaxPageBytes) {
                page.error = tr("the page is larger than the %1 MB limit").arg(kMaxPageBytes >> 20);
                return page;
            }
            if (onProgress && expected > 0) {
                const int done = int(100 * frame.data.size() / expected);
                onProgress(pageNumber,
                           (100 * pass + qMin(done, 100)) / (params.last_frame ? pass + 1 : 3));
            }
        }
        frames.append(frame);
        if (params.last_frame)
            break;
    }
    if (onProgress)
        onProgress(pageNumber, 100);
    Result<QImage> image = SanePageAssembler::assemble(frames, 0);
    if (!image)
        page.error = image.error();
    else
        page.image = image.value();
    return page;
}

Status SaneScanner::applySettings(const ScanSettings &settings, bool *thresholdInSoftware) {
    const bool feeder = settings.source == ScanSource::Feeder;
    const QStringList feederWords = {QStringLiteral("feeder"), QStringLiteral("adf")};
    const QStringList flatbedWords = {QStringLiteral("flatbed"), QStringLiteral("glass"),
                                      QStringLiteral("normal")};
    // Prefer simplex "ADF Front" over duplex when both exist.
    if (const Status source = chooseFromList(
            SANE_NAME_SCAN_SOURCE, feeder ? feederWords : flatbedWords,
            feeder ? QStringList{QStringLiteral("duplex"), QStringLiteral("back")} : QStringList{},
            feeder);
        !source)
        return source;

    *thresholdInSoftware = false;
    const QStringList lineart = {QStringLiteral("lineart"), QStringLiteral("binary"),
                                 QStringLiteral("black & white"), QStringLiteral("monochrome")};
    const QStringList grey = {QStringLiteral("gray"), QStringLiteral("grey")};
    const QStringList colour = {QStringLiteral("color"), QStringLiteral("colour")};
    Status mode;
    switch (settings.mode) {
    case ScanColourMode::Colour:
        mode = chooseFromList(SANE_NAME_SCAN_MODE, colour,
                              {QStringLiteral("lineart"), QStringLiteral("halftone")}, true);
        break;
    case ScanColourMode::Grey:
        mode = chooseFromList(SANE_NAME_SCAN_MODE, grey, {}, true);
        break;
    case ScanColourMode::BlackWhite:
        // Not every scanner has a line-art mode; grey plus a software threshold gives the same.
        if (!chooseFromList(SANE_NAME_SCAN_MODE, lineart, {QStringLiteral("color")}, true)) {
            mode = chooseFromList(SANE_NAME_SCAN_MODE, grey, {}, true);
            *thresholdInSoftware = mode.ok();
        }
        break;
    }
    if (!mode)
        return mode;
    if (settings.mode != ScanColourMode::BlackWhite || *thresholdInSoftware)
        setOption(SANE_NAME_BIT_DEPTH,
                  QStringLiteral("8")); // where offered; 16 bits gain nothing here
    if (const Status resolution = setResolution(settings.dpi); !resolution)
        return resolution;
    for (const auto &[name, value] : settings.extraOptions)
        if (const Status extra = setOption(name, value); !extra)
            return extra;
    return {};
}

} // namespace ow
