// scangen: writes the evaluation set to a folder as JPEG images plus truth.json (see truthjson.h).
//   scangen --out DIR [--photos N] [--scans N] [--seed S]
#include "scansetgenerator.h"
#include "truthjson.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>

namespace {

// A 300 px high thumbnail with the truth outline (red) and its first corner (green).
cv::Mat thumbnail(const ow::scaneval::ScanSample &s) {
    cv::Mat marked = s.image.clone();
    std::vector<cv::Point> outline;
    for (const auto &p : s.corners)
        outline.emplace_back(cvRound(p.x), cvRound(p.y));
    const int thick = std::max(2, marked.cols / 300);
    cv::polylines(marked, outline, true, cv::Scalar(0, 0, 255), thick, cv::LINE_AA);
    cv::circle(marked, outline[0], 4 * thick, cv::Scalar(0, 200, 0), cv::FILLED);
    cv::Mat small;
    const double f = 300.0 / marked.rows;
    cv::resize(marked, small, {}, f, f, cv::INTER_AREA);
    cv::Mat tile(300, 420, CV_8UC3, cv::Scalar(0, 0, 0));
    small(cv::Rect(0, 0, std::min(420, small.cols), 300))
        .copyTo(tile(cv::Rect(0, 0, std::min(420, small.cols), 300)));
    return tile;
}

} // namespace

int main(int argc, char *argv[]) {
    // Fonts need a GUI application but no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes the scan evaluation set"));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output folder"),
                                 QStringLiteral("dir"));
    const QCommandLineOption photos(QStringLiteral("photos"), QStringLiteral("Photo count"),
                                    QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption scans(QStringLiteral("scans"), QStringLiteral("Scan count"),
                                   QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed"),
                                  QStringLiteral("s"), QStringLiteral("20260301"));
    const QCommandLineOption preview(QStringLiteral("preview"),
                                     QStringLiteral("Also write a contact sheet with the truth"),
                                     QStringLiteral("file"));
    parser.addOptions({out, photos, scans, seed, preview});
    parser.process(app);
    if (!parser.isSet(out)) {
        std::fprintf(stderr, "scangen: --out DIR is required\n");
        return 2;
    }
    QDir dir(parser.value(out));
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "scangen: cannot create %s\n", qPrintable(dir.path()));
        return 1;
    }
    const ow::scaneval::ScanSetGenerator generator(parser.value(seed).toULongLong());
    QJsonArray samples;
    std::vector<cv::Mat> tiles;
    const int photoCount = parser.value(photos).toInt();
    const int scanCount = parser.value(scans).toInt();
    for (int i = 0; i < photoCount + scanCount; ++i) {
        const auto sample = i < photoCount ? generator.photo(i) : generator.scan(i - photoCount);
        const QString file = sample.name + QStringLiteral(".jpg");
        if (sample.image.empty() || !cv::imwrite(dir.filePath(file).toStdString(), sample.image,
                                                 {cv::IMWRITE_JPEG_QUALITY, 95})) {
            std::fprintf(stderr, "scangen: cannot write %s\n", qPrintable(dir.filePath(file)));
            return 1;
        }
        samples.append(ow::scaneval::TruthJson::toJson(sample, file));
        if (parser.isSet(preview))
            tiles.push_back(thumbnail(sample));
    }
    if (!tiles.empty()) {
        while (tiles.size() % 4 != 0)
            tiles.emplace_back(300, 420, CV_8UC3, cv::Scalar(0, 0, 0));
        std::vector<cv::Mat> rows;
        for (size_t i = 0; i < tiles.size(); i += 4) {
            cv::Mat row;
            cv::hconcat(std::vector<cv::Mat>(tiles.begin() + long(i), tiles.begin() + long(i) + 4),
                        row);
            rows.push_back(row);
        }
        cv::Mat sheet;
        cv::vconcat(rows, sheet);
        cv::imwrite(parser.value(preview).toStdString(), sheet);
    }
    QFile truth(dir.filePath(QStringLiteral("truth.json")));
    if (!truth.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "scangen: cannot write %s\n", qPrintable(truth.fileName()));
        return 1;
    }
    const QJsonObject root{{QStringLiteral("seed"), parser.value(seed)},
                           {QStringLiteral("samples"), samples}};
    truth.write(QJsonDocument(root).toJson());
    std::printf("wrote %d photos and %d scans to %s\n", photoCount, scanCount,
                qPrintable(dir.path()));
    return 0;
}
