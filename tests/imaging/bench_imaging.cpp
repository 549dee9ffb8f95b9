// Prints timings of the imaging sources and licence OCR (not a test; run by hand):
//   QT_QPA_PLATFORM=offscreen bench_imaging
// SANE feeder batches on the test backend, file import (JPEG, PDF at 300 dpi), the stillness
// detector on 1080p frames, and licence OCR (engine start and one licence).
#include "imagefileimporter.h"
#include "licenceocr.h"
#include "sanescanner.h"
#include "stillnessdetector.h"
#include "tesseractengine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <cstdio>

using namespace ow;

namespace {

double msSince(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

void benchSane(const QTemporaryDir &dir) {
    QFile dll(dir.filePath(QStringLiteral("dll.conf")));
    if (!QFile::exists(QStringLiteral("/etc/sane.d/test.conf")) ||
        !dll.open(QIODevice::WriteOnly)) {
        std::printf("SANE: test backend not available\n");
        return;
    }
    dll.write("test\n");
    dll.close();
    QFile::copy(QStringLiteral("/etc/sane.d/test.conf"), dir.filePath(QStringLiteral("test.conf")));
    qputenv("SANE_CONFIG_DIR", QFile::encodeName(dir.path()));
    const struct {
        ScanColourMode mode;
        int dpi;
        const char *label;
    } runs[] = {{ScanColourMode::Grey, 100, "grey 100 dpi"},
                {ScanColourMode::Grey, 300, "grey 300 dpi"},
                {ScanColourMode::Colour, 300, "colour 300 dpi"}};
    for (const auto &run : runs) {
        SaneScanner scanner;
        ScanSettings settings;
        settings.device = QStringLiteral("test:0");
        settings.source = ScanSource::Feeder;
        settings.mode = run.mode;
        settings.dpi = run.dpi;
        settings.extraOptions = {{"test-picture", QStringLiteral("Grid")}};
        QSize size;
        QElapsedTimer timer;
        timer.start();
        const ScanBatchResult result =
            scanner.scan(settings, [&](const QImage &page, int) { size = page.size(); });
        std::printf("SANE test:0 feeder, %s: %d pages of %dx%d in %.1f ms (%s)\n", run.label,
                    result.pages, size.width(), size.height(), msSince(timer),
                    result.ok() ? "ok" : qPrintable(result.message));
    }
}

void benchImport(const QTemporaryDir &dir) {
    QImage photo(4000, 3000, QImage::Format_RGB888);
    photo.fill(QColor(230, 230, 225));
    const QString jpeg = dir.filePath(QStringLiteral("photo.jpg"));
    photo.save(jpeg, "jpg", 90);
    const QString pdf = dir.filePath(QStringLiteral("five.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        for (int page = 0; page < 5; ++page) {
            if (page > 0)
                writer.newPage();
            painter.fillRect(QRect(500, 500, 3000, 400), Qt::black);
        }
    }
    for (const QString &file : {jpeg, pdf}) {
        int pages = 0;
        QElapsedTimer timer;
        timer.start();
        const ImportResult result =
            ImageFileImporter().importFile(file, [&](const QImage &, int, int) { ++pages; });
        std::printf("Import %s: %d page(s) in %.1f ms (%.1f ms/page) %s\n",
                    qPrintable(QFileInfo(file).fileName()), pages, msSince(timer),
                    msSince(timer) / qMax(1, pages), result.ok() ? "" : qPrintable(result.message));
    }
}

void benchStillness() {
    QImage frame(1920, 1080, QImage::Format_RGB32);
    frame.fill(QColor(70, 60, 50));
    StillnessDetector detector;
    constexpr int kFrames = 100;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kFrames; ++i)
        detector.feed(frame, i * 40);
    std::printf("Stillness detector, 1920x1080 RGB32: %.2f ms/frame\n", msSince(timer) / kFrames);
}

void benchOcr() {
    QElapsedTimer timer;
    timer.start();
    const auto engine = vision::TesseractEngine::create();
    if (!engine) {
        std::printf("OCR: %s\n", qPrintable(engine.error()));
        return;
    }
    std::printf("Tesseract chi_sim engine start: %.0f ms\n", msSince(timer));
    QImage page(1600, 1100, QImage::Format_Grayscale8);
    page.fill(255);
    {
        QPainter painter(&page);
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPixelSize(40);
        painter.setFont(font);
        painter.drawText(QPoint(140, 280), QStringLiteral("统一社会信用代码：91150302MA0Q7K3B2E"));
        painter.drawText(QPoint(140, 370), QStringLiteral("名称：某某科技有限公司"));
        painter.drawText(QPoint(140, 460), QStringLiteral("住所：内蒙古乌海市海勃湾区示例路1号"));
    }
    const cv::Mat mat(page.height(), page.width(), CV_8UC1, page.bits(),
                      size_t(page.bytesPerLine()));
    vision::LicenceOcr ocr(engine.value());
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        const auto fields = ocr.read(mat);
        std::printf(
            "Licence OCR 1600x1100 (run %d): %.0f ms total, %.0f ms in Tesseract, code %s\n",
            run + 1, msSince(timer), fields ? fields->timeMs : 0.0,
            fields && !fields->creditCode.isEmpty() ? "found" : "missing");
    }
}

} // namespace

int main(int argc, char **argv) {
    QGuiApplication app(argc, argv); // fonts for the rendered licence and PDF
    QTemporaryDir dir;
    benchSane(dir);
    benchImport(dir);
    benchStillness();
    benchOcr();
    return 0;
}
