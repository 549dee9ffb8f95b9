// Benchmark (not a test): scanner-page processing step by step on generated 300-dpi scans with
// known truth, and the PDF size per page in each mode.
//   scan_bench [--pages N] [--seed S]
// Prints per step the mean ms per page, the deskew residuals (|found - truth| skew), the
// orientation and blank-page accuracy, and the material PDF's bytes per page per mode.
#include "barcodereader.h"
#include "blankpage.h"
#include "deskew.h"
#include "enhance.h"
#include "imageconversion.h"
#include "materialpdfwriter.h"
#include "orientation.h"
#include "pageprocessor.h"
#include "scanborders.h"
#include "scansetgenerator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace {

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[static_cast<size_t>(std::min<double>(v.size() - 1, p * (v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char *argv[]) {
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    int pages = 12;
    quint64 seed = 20260301;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--pages"))
            pages = args[i + 1].toInt();
        if (args[i] == QLatin1String("--seed"))
            seed = args[i + 1].toULongLong();
    }
    const ow::scaneval::ScanSetGenerator generator(seed);
    std::map<QString, std::vector<double>> ms;
    std::vector<double> residuals;
    int orientationRight = 0, orientationMeasured = 0, blankRight = 0;
    const auto time = [&ms](const char *step, auto &&work) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms[QString::fromLatin1(step)].push_back(timer.nsecsElapsed() / 1e6);
    };
    std::vector<cv::Mat> uprightPages;
    for (int i = 0; i < pages; ++i) {
        const ow::scaneval::ScanSample sample = generator.scan(i);
        ow::vision::BorderCleanup cleaned;
        time("borders", [&] { cleaned = ow::vision::removeScanBorders(sample.image, 300); });
        ow::vision::SkewEstimate skew;
        time("skew", [&] { skew = ow::vision::estimateSkew(cleaned.page); });
        if (skew.measured) {
            residuals.push_back(std::abs(skew.angleDeg - sample.skewDeg));
            if (residuals.back() > 0.05)
                out << "  page " << i << " (" << ow::scaneval::toString(sample.page) << "): skew "
                    << QString::number(skew.angleDeg, 'f', 3) << ", truth "
                    << QString::number(sample.skewDeg, 'f', 3) << "\n";
        }
        cv::Mat straight;
        time("rotate", [&] {
            straight =
                ow::vision::rotateImage(cleaned.page, -skew.angleDeg, cv::Scalar(255, 255, 255));
        });
        ow::vision::OrientationEstimate orientation;
        time("orientation", [&] { orientation = ow::vision::estimateOrientation(straight); });
        if (orientation.measured) {
            ++orientationMeasured;
            orientationRight += orientation.quarterDeg == sample.orientation;
        }
        const cv::Mat upright = ow::vision::turnUpright(straight, orientation.quarterDeg);
        bool blank = false;
        time("blank", [&] { blank = ow::vision::isBlankPage(upright, 300); });
        blankRight += blank == sample.blank;
        time("barcodes", [&] { ow::vision::readBarcodes(upright); });
        if (!sample.blank && !sample.separator)
            uprightPages.push_back(upright);
        ow::vision::PageOptions options;
        options.source = ow::vision::PageSource::Scanner;
        options.dpi = 300;
        time("processPage total (grey)", [&] { ow::vision::processPage(sample.image, options); });
    }
    out << "scan_bench: " << pages << " generated 300-dpi A4 scans, seed " << seed << "\n\n";
    out << "step                      mean ms   p95 ms\n";
    for (const auto &[step, values] : ms) {
        double sum = 0;
        for (const double v : values)
            sum += v;
        out << step.leftJustified(24)
            << QString::number(sum / values.size(), 'f', 1).rightJustified(9)
            << QString::number(percentile(values, 0.95), 'f', 1).rightJustified(9) << "\n";
    }
    out << "\ndeskew residual |found-truth| over " << residuals.size() << " measured pages: median "
        << QString::number(percentile(residuals, 0.5), 'f', 3) << " deg, p95 "
        << QString::number(percentile(residuals, 0.95), 'f', 3) << " deg, max "
        << QString::number(percentile(residuals, 1.0), 'f', 3) << " deg\n";
    out << "orientation right " << orientationRight << "/" << orientationMeasured
        << " measured pages (" << pages - orientationMeasured << " without text lines)\n";
    out << "blank-page answers right " << blankRight << "/" << pages << "\n\n";

    QTemporaryDir dir;
    out << "material PDF per mode (" << uprightPages.size() << " text pages):\n";
    for (const auto mode : {ow::vision::EnhanceMode::BlackWhite, ow::vision::EnhanceMode::Greyscale,
                            ow::vision::EnhanceMode::Colour}) {
        QList<ow::MaterialPage> material;
        double dpi = 0;
        QElapsedTimer timer;
        timer.start();
        for (const cv::Mat &page : uprightPages) {
            const cv::Mat archived = ow::vision::scaleForArchive(page, 300, mode, dpi);
            material.append({ow::toArchiveImage(ow::vision::enhancePage(archived, mode),
                                                mode == ow::vision::EnhanceMode::BlackWhite),
                             dpi});
        }
        const double enhanceMs =
            timer.nsecsElapsed() / 1e6 / std::max<qsizetype>(1, material.size());
        const QString path = dir.filePath(QStringLiteral("m.pdf"));
        timer.restart();
        const auto sha = ow::MaterialPdfWriter::write(path, material);
        const double pdfMs = timer.nsecsElapsed() / 1e6 / std::max<qsizetype>(1, material.size());
        const char *name = mode == ow::vision::EnhanceMode::BlackWhite  ? "bw"
                           : mode == ow::vision::EnhanceMode::Greyscale ? "grey"
                                                                        : "colour";
        out << "  " << QString::fromLatin1(name).leftJustified(7) << QString::number(dpi, 'f', 0)
            << " dpi  " << QFileInfo(path).size() / std::max<qsizetype>(1, material.size()) / 1024
            << " KB/page  enhance " << QString::number(enhanceMs, 'f', 0) << " ms/page  pdf "
            << QString::number(pdfMs, 'f', 0) << " ms/page" << (sha ? "" : "  FAILED") << "\n";
    }
    return 0;
}
