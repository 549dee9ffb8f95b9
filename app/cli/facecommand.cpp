// face verify --json A B | face liveness --json IMAGE [--models DIR]: the face pipeline of the
// ID-photo match (人证合一) from the command line (docs/face.md). A is usually the card photo
// (a tight crop: padded before detection), B a live image. Exactly one JSON object on stdout
// when the images were read; unreadable input or models: a message on stderr and exit 2.
// face vault ...: the retained images (facevaultcommand.cpp).
#include "command.h"

#include "facedecision.h"
#include "faceimagefile.h"
#include "facepipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/core.hpp>

#include <chrono>
#include <memory>

namespace ow::cli {

namespace {

using ow::vision::FaceAnalyzeOptions;
using ow::vision::FaceFrameAnalysis;
using ow::vision::FaceImageFile;
using ow::vision::FacePipeline;

int usage(Context &ctx) {
    ctx.err << "usage: onewindow-cli face verify [--json] [--models DIR] CARD_IMAGE LIVE_IMAGE\n"
               "       onewindow-cli face liveness [--json] [--models DIR] IMAGE\n"
               "       onewindow-cli face vault purge|export ... (face vault --help)\n";
    return 2;
}

struct FaceArgs {
    bool json = false;
    QString models;
    QStringList files;
    bool ok = true;
};

FaceArgs parseArgs(const QStringList &args) {
    FaceArgs parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--json"))
            parsed.json = true;
        else if (arg == QLatin1String("--models") && i + 1 < args.size())
            parsed.models = args.at(++i);
        else if (arg.startsWith(QLatin1String("--")))
            parsed.ok = false;
        else
            parsed.files << arg;
    }
    return parsed;
}

std::unique_ptr<FacePipeline> loadPipeline(Context &ctx, const FaceArgs &args) {
    const QString dir = args.models.isEmpty() ? FacePipeline::defaultPackDir() : args.models;
    auto pipeline = FacePipeline::load(dir);
    if (!pipeline) {
        ctx.err << "face: " << pipeline.error() << "\n";
        return nullptr;
    }
    return std::move(pipeline.value());
}

double elapsedMs(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since)
        .count();
}

double rounded(double value, double step) {
    return std::round(value / step) * step;
}

void print(Context &ctx, const FaceArgs &args, const QJsonObject &object) {
    if (args.json) {
        ctx.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << "\n";
        return;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        QString text =
            v.isString()
                ? v.toString()
                : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                      .mid(1)
                      .chopped(1);
        ctx.out << it.key() << ": " << text << "\n";
    }
}

// The live side of a CLI comparison: a still image, so as it is, then padded if that found
// nothing (a cut-out face). Never the whole-image fallback: a picture without a face must fail.
FaceFrameAnalysis analyzeLive(FacePipeline &pipeline, const cv::Mat &image) {
    FaceAnalyzeOptions options;
    options.liveness = false;
    FaceFrameAnalysis live = pipeline.analyze(image, options);
    if (!live.hasFace && live.error.isEmpty())
        live = pipeline.analyzeTightCrop(image, options, false);
    return live;
}

int verify(Context &ctx, const FaceArgs &args) {
    if (args.files.size() != 2)
        return usage(ctx);
    cv::Mat images[2];
    for (int i = 0; i < 2; ++i) {
        const Result<cv::Mat> image = FaceImageFile::read(args.files.at(i));
        if (!image) {
            ctx.err << "face verify: " << image.error() << "\n";
            return 2;
        }
        images[i] = *image;
    }
    const std::unique_ptr<FacePipeline> pipeline = loadPipeline(ctx, args);
    if (!pipeline)
        return 2;
    const auto start = std::chrono::steady_clock::now();
    FaceAnalyzeOptions cardOptions;
    cardOptions.liveness = false;
    const FaceFrameAnalysis card = pipeline->analyzeTightCrop(images[0], cardOptions, false);
    const FaceFrameAnalysis live = analyzeLive(*pipeline, images[1]);
    const double timeMs = elapsedMs(start);

    ow::FaceEvidence evidence;
    evidence.cardFaceFound = card.hasFace && !card.embedding.empty();
    evidence.liveFaceFound = live.hasFace && !live.embedding.empty();
    evidence.score = ow::vision::cosineSimilarity(card.embedding, live.embedding);
    // Passive liveness and the challenge belong to the camera check, not to two still files.
    const ow::FaceVerdict verdict = ow::decideFace(evidence, ow::FaceThresholds{});

    QJsonObject result{{QStringLiteral("score"), evidence.score},
                       {QStringLiteral("decision"), ow::faceDecisionName(verdict.decision)},
                       {QStringLiteral("faces"), QJsonArray{card.faceCount, live.faceCount}},
                       {QStringLiteral("time_ms"), rounded(timeMs, 0.1)}};
    if (!verdict.reasonCode.isEmpty())
        result.insert(QStringLiteral("reason"), verdict.reasonCode);
    print(ctx, args, result);
    for (const FaceFrameAnalysis *side : {&card, &live}) {
        if (!side->error.isEmpty())
            ctx.err << "face verify: " << side->error << "\n";
    }
    return evidence.cardFaceFound && evidence.liveFaceFound ? 0 : 2;
}

int liveness(Context &ctx, const FaceArgs &args) {
    if (args.files.size() != 1)
        return usage(ctx);
    const Result<cv::Mat> image = FaceImageFile::read(args.files.first());
    if (!image) {
        ctx.err << "face liveness: " << image.error() << "\n";
        return 2;
    }
    const std::unique_ptr<FacePipeline> pipeline = loadPipeline(ctx, args);
    if (!pipeline)
        return 2;
    const auto start = std::chrono::steady_clock::now();
    FaceAnalyzeOptions options;
    options.embedding = false;
    const FaceFrameAnalysis analysis = pipeline->analyze(*image, options);
    const double timeMs = elapsedMs(start);

    const double live = analysis.hasFace ? std::max(0.0, analysis.liveness) : 0.0;
    const bool isLive = analysis.hasFace && live >= ow::FaceThresholds{}.liveAt;
    QJsonObject result{
        {QStringLiteral("live"), live},
        {QStringLiteral("decision"),
         ow::faceDecisionName(isLive ? ow::FaceDecision::Pass : ow::FaceDecision::Fail)},
        {QStringLiteral("faces"), analysis.faceCount},
        {QStringLiteral("time_ms"), rounded(timeMs, 0.1)}};
    if (!analysis.hasFace)
        result.insert(QStringLiteral("reason"), QStringLiteral("no-face"));
    else if (!isLive)
        result.insert(QStringLiteral("reason"), QStringLiteral("not-live"));
    print(ctx, args, result);
    if (!analysis.error.isEmpty())
        ctx.err << "face liveness: " << analysis.error << "\n";
    return analysis.hasFace ? 0 : 2;
}

} // namespace

int runFace(Context &ctx) {
    if (ctx.args.isEmpty())
        return usage(ctx);
    const QString sub = ctx.args.first();
    if (sub == QLatin1String("vault")) {
        Context vault{ctx.args.mid(1), ctx.out, ctx.err, ctx.dataDir};
        return runFaceVault(vault);
    }
    const FaceArgs args = parseArgs(ctx.args.mid(1));
    if (!args.ok)
        return usage(ctx);
    if (sub == QLatin1String("verify"))
        return verify(ctx, args);
    if (sub == QLatin1String("liveness"))
        return liveness(ctx, args);
    return usage(ctx);
}

} // namespace ow::cli
