// bench_scan: generates the evaluation set in memory (or reads a scangen folder), runs the page
// pipeline on every image and prints page Jaccard, deskew, orientation, blank and barcode
// figures and CPU time per image. Only the processing is timed (process CPU clock).
//   bench_scan [--count N] [--photos N] [--scans N] [--seed S] [--dir DIR] [--verbose]
//              [--only photo_0007,scan_0012] [--opencv-threads N]
#include "pagedetector.h"
#include "pagejaccard.h"
#include "scanbenchstats.h"
#include "scansetgenerator.h"
#include "truthjson.h"

#ifdef OW_HAVE_PAGEPROCESSOR
#include "imagememory.h"
#include "opencvthreadpolicy.h"
#include "pageprocessor.h"
#include "textlinescorer.h"
#endif

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>

using namespace ow::scaneval;

namespace {

// A flag read before QCoreApplication exists (the settings it controls precede every thread).
bool hasFlag(int argc, char *argv[], const char *flag) {
    return std::find_if(argv + 1, argv + argc, [flag](const char *arg) {
               return std::strcmp(arg, flag) == 0;
           }) != argv + argc;
}

double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Writes the photo with the truth (green) and the detected quad (red), and the flattened page.
void dumpPhoto(const QString &dumpDir, const ScanSample &s,
               const std::optional<ow::vision::PageQuad> &quad) {
    cv::Mat marked = s.image.clone();
    const auto draw = [&](const std::array<cv::Point2f, 4> &c, const cv::Scalar &colour) {
        std::vector<cv::Point> outline;
        for (const auto &p : c)
            outline.emplace_back(cvRound(p.x), cvRound(p.y));
        cv::polylines(marked, outline, true, colour, std::max(1, marked.cols / 800), cv::LINE_AA);
    };
    draw(s.corners, cv::Scalar(0, 220, 0));
    if (quad) {
        draw(quad->corners, cv::Scalar(0, 0, 255));
        cv::imwrite(QDir(dumpDir).filePath(s.name + QStringLiteral("_flat.png")).toStdString(),
                    ow::vision::rectifyPage(s.image, *quad));
    }
    cv::imwrite(QDir(dumpDir).filePath(s.name + QStringLiteral("_found.jpg")).toStdString(),
                marked);
}

// The host's speed, so that CPU figures from different machines (or one virtual machine on
// different days) can be compared: the pipeline's own largest single OpenCV call, a 300-dpi A4
// grey page rotated by 1.3° and scaled to 200 dpi, bilinear. Noise, not a page: every pixel is
// resampled either way. The best of five runs, in process CPU per output pixel.
double hostWarpNsPerPixel() {
    cv::Mat page(3508, 2480, CV_8UC1);
    cv::randu(page, 0, 256);
    const cv::Size out(1653, 2339);
    const cv::Mat m = cv::getRotationMatrix2D(cv::Point2f(1240.0f, 1754.0f), 1.3, 2.0 / 3.0);
    cv::Mat warped;
    double best = 1e300;
    for (int i = 0; i < 5; ++i) {
        const double start = cpuMs();
        cv::warpAffine(page, warped, m, out, cv::INTER_LINEAR, cv::BORDER_CONSTANT, 255);
        best = std::min(best, cpuMs() - start);
    }
    return best * 1e6 / out.area();
}

ScanOutcome run(const ScanSample &s, const QString &dumpDir, bool detectorOnly) {
    ScanOutcome o;
    // The detector alone, timed on its own (processPage() calls it again for photos).
    if (s.kind == SampleKind::Photo) {
        const double start = cpuMs();
        const auto quad = ow::vision::detectPage(s.image);
        o.detectorMs = cpuMs() - start;
        o.detectorJaccard = quad ? pageJaccard(s, quad->corners) : 0.0;
        if (!dumpDir.isEmpty())
            dumpPhoto(dumpDir, s, quad);
    }
#ifdef OW_HAVE_PAGEPROCESSOR
    if (detectorOnly) {
        o.cpuMs = o.detectorMs;
        o.jaccard = o.detectorJaccard;
        return o;
    }
    ow::vision::PageOptions options;
    options.dpi = s.kind == SampleKind::Scan ? 300.0 : 0.0;
    options.source = s.kind == SampleKind::Photo ? ow::vision::PageSource::CameraPhoto
                                                 : ow::vision::PageSource::Scanner;
    const double start = cpuMs();
    const ow::vision::ProcessedPage page = ow::vision::processPage(s.image, options);
    o.cpuMs = cpuMs() - start;
    if (s.kind == SampleKind::Photo)
        o.jaccard = page.corners ? pageJaccard(s, page.corners->corners) : 0.0;
    o.angleDeg = page.angleDeg;
    o.blank = page.blank;
    o.separator = page.separator;
    o.codesMeasured = true;
    for (const auto &b : page.barcodes)
        o.codes.push_back({b.format, b.text});
    if (!dumpDir.isEmpty() && !page.page.empty())
        cv::imwrite(QDir(dumpDir).filePath(s.name + QStringLiteral("_page.png")).toStdString(),
                    page.page);
#else
    Q_UNUSED(detectorOnly);
    o.cpuMs = o.detectorMs;
    o.jaccard = o.detectorJaccard;
#endif
    return o;
}

} // namespace

int main(int argc, char *argv[]) {
    // The product's policy (pages on their caller's thread alone) unless asked to measure pages
    // on OpenCV's pool; it has to be installed before any thread starts.
    if (!hasFlag(argc, argv, "--pages-on-pool"))
        ow::vision::installOpenCvThreadPolicy();
    // Likewise the product's memory settings, unless asked to measure glibc's defaults.
    const bool buffersKept =
        !hasFlag(argc, argv, "--default-allocator") && ow::vision::keepImageBuffersInProcess();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Scan pipeline benchmark"));
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("count"),
                                   QStringLiteral("Photos and scans each (default 120)"),
                                   QStringLiteral("n"), QStringLiteral("120"));
    const QCommandLineOption photos(QStringLiteral("photos"), QStringLiteral("Photo count"),
                                    QStringLiteral("n"));
    const QCommandLineOption scans(QStringLiteral("scans"), QStringLiteral("Scan count"),
                                   QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed"),
                                  QStringLiteral("s"), QStringLiteral("20260301"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Read a scangen folder instead of generating"),
                                 QStringLiteral("dir"));
    const QCommandLineOption dump(QStringLiteral("dump"),
                                  QStringLiteral("Write each rectified and processed page here"),
                                  QStringLiteral("dir"));
    const QCommandLineOption detectorOnly(QStringLiteral("detector-only"),
                                          QStringLiteral("Photos through detectPage() only"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("One line per sample"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Run only these samples (comma-separated names)"),
                                  QStringLiteral("names"));
    // Under the product's policy pages never reach OpenCV's pool. With --pages-on-pool they do,
    // and the pool's workers wait for work by spinning, which is process CPU (~13 % of a
    // photo's figure on two cores); 1 thread then measures the pipeline's own work alone.
    const QCommandLineOption threads(
        QStringLiteral("opencv-threads"),
        QStringLiteral("OpenCV's worker threads (default: OpenCV's own choice)"),
        QStringLiteral("n"));
    const QCommandLineOption onPool(
        QStringLiteral("pages-on-pool"),
        QStringLiteral("Process pages on OpenCV's worker threads (without the product's policy)"));
    const QCommandLineOption glibcDefaults(
        QStringLiteral("default-allocator"),
        QStringLiteral("Keep glibc's memory defaults (without the product's settings)"));
    parser.addOptions({count, photos, scans, seed, dir, dump, detectorOnly, verbose, only, threads,
                       onPool, glibcDefaults});
    parser.process(app);
    if (parser.isSet(threads))
        cv::setNumThreads(std::max(1, parser.value(threads).toInt()));
    const bool chatty = parser.isSet(verbose);
    ScanBenchStats stats;
    const QStringList onlyNames = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&](const QString &name) {
        return onlyNames.isEmpty() || onlyNames.contains(name);
    };
    const auto report = [&](const ScanSample &s) {
        const ScanOutcome o = run(s, parser.value(dump), parser.isSet(detectorOnly));
        stats.add(s, o);
        if (chatty)
            std::printf("%s %-9s %-9s jaccard %.4f (detector %.4f, %.1f ms) angle %.3f/%.3f "
                        "blank %d/%d codes %zu/%zu cpu %.1f ms\n",
                        qPrintable(s.name), qPrintable(toString(s.desk)),
                        qPrintable(toString(s.page)), o.jaccard.value_or(-1),
                        o.detectorJaccard.value_or(-1), o.detectorMs, s.angleDeg,
                        o.angleDeg.value_or(0.0), int(s.blank), int(o.blank.value_or(false)),
                        o.codes.size(), s.codes.size(), o.cpuMs);
        if (chatty) {
            // The failures by name, so that they can be rerun with --only.
            if (o.blank && *o.blank != s.blank)
                std::printf("  FAIL blank %s: truth %d, said %d\n", qPrintable(s.name),
                            int(s.blank), int(*o.blank));
            if (o.separator && *o.separator != s.separator)
                std::printf("  FAIL separator %s: truth %d, said %d\n", qPrintable(s.name),
                            int(s.separator), int(*o.separator));
            for (const TruthCode &read : o.codes)
                if (std::none_of(s.codes.begin(), s.codes.end(), [&](const TruthCode &c) {
                        return c.format == read.format && c.text == read.text;
                    }))
                    std::printf("  FAIL code %s: read %s \"%s\", not on the page\n",
                                qPrintable(s.name), qPrintable(read.format), qPrintable(read.text));
            if (o.jaccard && *o.jaccard < 0.95)
                std::printf("  FAIL jaccard %s: %.4f\n", qPrintable(s.name), *o.jaccard);
            for (const TruthCode &code : s.codes) {
                const bool found = std::any_of(o.codes.begin(), o.codes.end(), [&](const auto &c) {
                    return c.format == code.format && c.text == code.text;
                });
                if (o.codesMeasured && !found)
                    std::printf("  FAIL code %s: %s %s\n", qPrintable(s.name),
                                qPrintable(code.format), qPrintable(code.text));
            }
        }
        std::fflush(stdout);
    };
    // Warm up OpenCV's lazily built tables so the first image is timed like the rest.
    (void)ow::vision::detectPage(cv::Mat(480, 640, CV_8UC3, cv::Scalar(90, 120, 160)));
#ifdef OW_HAVE_PAGEPROCESSOR
    // Tesseract's model (the orientation of ID cards and short lines) loads once per thread:
    // timed on its own instead of being charged to whichever image first needs it.
    const double startupStart = cpuMs();
    (void)ow::vision::TextLineScorer::forThread();
    const double startupMs = cpuMs() - startupStart;
#endif
    if (parser.isSet(dir)) {
        const QDir folder(parser.value(dir));
        QFile file(folder.filePath(QStringLiteral("truth.json")));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_scan: cannot read %s\n", qPrintable(file.fileName()));
            return 1;
        }
        const auto samples =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("samples"));
        for (const auto &value : samples.toArray()) {
            ScanSample s;
            QString name;
            if (!TruthJson::fromJson(value.toObject(), s, &name) || !wanted(s.name))
                continue;
            s.image = cv::imread(folder.filePath(name).toStdString(), cv::IMREAD_COLOR);
            if (s.image.empty()) {
                std::fprintf(stderr, "bench_scan: cannot read %s\n", qPrintable(name));
                continue;
            }
            report(s);
        }
    } else {
        const int n = parser.value(count).toInt();
        const int photoCount = parser.isSet(photos) ? parser.value(photos).toInt() : n;
        const int scanCount = parser.isSet(detectorOnly) ? 0
                              : parser.isSet(scans)      ? parser.value(scans).toInt()
                                                         : n;
        const ScanSetGenerator generator(parser.value(seed).toULongLong());
        const auto nameOf = [](const char *stem, int i) {
            return QStringLiteral("%1_%2").arg(QLatin1String(stem)).arg(i, 4, 10, QLatin1Char('0'));
        };
        for (int i = 0; i < photoCount; ++i)
            if (wanted(nameOf("photo", i)))
                report(generator.photo(i));
#ifdef OW_HAVE_PAGEPROCESSOR
        for (int i = 0; i < scanCount; ++i)
            if (wanted(nameOf("scan", i)))
                report(generator.scan(i));
#else
        if (scanCount > 0)
            std::printf("scans skipped: processPage() is not in this build yet\n");
#endif
    }
#ifdef OW_HAVE_PAGEPROCESSOR
    if (parser.isSet(detectorOnly))
        std::printf("pipeline: detectPage() only (--detector-only)\n");
    else
        std::printf("pipeline: processPage() end to end\n");
#else
    std::printf("pipeline: detectPage() only (processPage() not in this build)\n");
#endif
    stats.print();
    std::printf("OpenCV threads: %d%s; pages %s\n", cv::getNumThreads(),
                parser.isSet(threads) ? " (--opencv-threads)" : " (OpenCV's default)",
                ow::vision::openCvThreadPolicyInstalled()
                    ? "on their caller's thread (the product's policy)"
                    : "on OpenCV's pool (--pages-on-pool)");
    std::printf("freed image buffers: %s\n", buffersKept
                                                 ? "kept in the process (the product's settings)"
                                                 : "glibc's defaults (--default-allocator)");
#ifdef OW_HAVE_PAGEPROCESSOR
    std::printf(
        "one-off start-up: Tesseract model load %.1f ms CPU (once per worker thread, not in "
        "the figures per image)\n",
        startupMs);
#endif
    std::printf("host reference: OpenCV bilinear warp %.2f ns per output pixel (best of 5; "
                "compare CPU figures across machines by this)\n",
                hostWarpNsPerPixel());
    return 0;
}
