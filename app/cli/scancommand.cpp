#include "command.h"
#include "pageimagefile.h"
#include "pageprocessor.h"
#include "scanbatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ow::cli {

namespace {

// Rounded to a number of decimals (the nearest double, which JSON prints short).
double rounded(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// The one JSON object of scan --json (docs/scanning.md): exactly these keys.
QJsonObject toJson(const vision::ProcessedPage &page) {
    QJsonObject json;
    if (page.corners) {
        QJsonArray corners;
        for (const cv::Point2f &p : page.corners->corners)
            corners.append(QJsonArray{rounded(p.x, 1), rounded(p.y, 1)});
        json.insert(QStringLiteral("corners"), corners);
    } else {
        json.insert(QStringLiteral("corners"), QJsonValue::Null);
    }
    json.insert(QStringLiteral("angle_deg"), rounded(page.angleDeg, 2));
    json.insert(QStringLiteral("blank"), page.blank);
    QJsonArray barcodes;
    for (const vision::Barcode &code : page.barcodes)
        barcodes.append(QJsonObject{{QStringLiteral("format"), code.format},
                                    {QStringLiteral("text"), code.text}});
    json.insert(QStringLiteral("barcodes"), barcodes);
    json.insert(QStringLiteral("time_ms"), rounded(page.timeMs, 1));
    return json;
}

bool parseMode(const QString &text, vision::EnhanceMode &mode) {
    if (text == QLatin1String("colour") || text == QLatin1String("color"))
        mode = vision::EnhanceMode::Colour;
    else if (text == QLatin1String("grey") || text == QLatin1String("gray"))
        mode = vision::EnhanceMode::Greyscale;
    else if (text == QLatin1String("bw"))
        mode = vision::EnhanceMode::BlackWhite;
    else
        return false;
    return true;
}

bool parseSource(const QString &text, vision::PageSource &source) {
    if (text == QLatin1String("auto"))
        source = vision::PageSource::Auto;
    else if (text == QLatin1String("photo"))
        source = vision::PageSource::CameraPhoto;
    else if (text == QLatin1String("scanner"))
        source = vision::PageSource::Scanner;
    else
        return false;
    return true;
}

int usage(Context &ctx, const QString &problem) {
    ctx.err << "scan: " << problem << "\n"
            << "usage: onewindow-cli scan --json IMAGE [--source auto|photo|scanner] [--dpi N]\n"
               "       onewindow-cli scan --out DIR [--mode colour|grey|bw] "
               "[--source auto|photo|scanner] [--dpi N] FILES...\n";
    return 2;
}

} // namespace

int runScan(Context &ctx) {
    QString jsonImage;
    QString outDir;
    QStringList files;
    vision::PageOptions options;
    bool json = false;
    QStringList args = ctx.args;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        const bool hasValue = !args.isEmpty();
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--out") && hasValue) {
            outDir = args.takeFirst();
        } else if (arg == QLatin1String("--mode") && hasValue) {
            if (!parseMode(args.takeFirst(), options.mode))
                return usage(ctx, QStringLiteral("--mode is colour, grey or bw"));
        } else if (arg == QLatin1String("--source") && hasValue) {
            if (!parseSource(args.takeFirst(), options.source))
                return usage(ctx, QStringLiteral("--source is auto, photo or scanner"));
        } else if (arg == QLatin1String("--dpi") && hasValue) {
            bool ok = false;
            options.dpi = args.takeFirst().toDouble(&ok);
            if (!ok || options.dpi < 50 || options.dpi > 2400)
                return usage(ctx, QStringLiteral("--dpi is a resolution from 50 to 2400"));
        } else if (arg.startsWith(QLatin1String("--"))) {
            return usage(ctx, QStringLiteral("unknown option %1").arg(arg));
        } else {
            files << arg;
        }
    }
    if (json == !outDir.isEmpty())
        return usage(ctx, QStringLiteral("give either --json IMAGE or --out DIR FILES..."));
    if (files.isEmpty())
        return usage(ctx, QStringLiteral("no image given"));
    if (!json)
        return ScanBatch::run(files, options, outDir, ctx.out, ctx.err);

    if (files.size() != 1)
        return usage(ctx, QStringLiteral("--json takes exactly one image"));
    jsonImage = files.first();
    const auto image = vision::PageImageFile::load(jsonImage);
    if (!image) {
        ctx.err << "scan: " << image.error() << "\n";
        return 2;
    }
    // The JSON reports on the page; the enhanced image is not needed, grey is the cheapest.
    options.mode = vision::EnhanceMode::Greyscale;
    const vision::ProcessedPage page = vision::processPage(*image, options);
    ctx.out << QJsonDocument(toJson(page)).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}

} // namespace ow::cli
