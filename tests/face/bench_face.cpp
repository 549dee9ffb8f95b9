// Face pipeline benchmark (not a test): per-stage time per camera-like frame and LFW accuracy.
//   bench_face [--frames N] [--threads N] [--models DIR] [--shared DIR] [--no-lfw]
// Frames are LFW images (150x150) scaled x2 into a 640x480 frame, every stage on (detect,
// landmarks, embedding, liveness, eyes, pose). Accuracy: 5 folds of 600 pairs, the threshold
// of each fold picked on the other four, and TAR at FAR 0.1 % over all 3 000 pairs.
#include "faceimagefile.h"
#include "facepipeline.h"
#include "lfwevaluation.h"
#include "opencvthreadpolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>

namespace {

QString optionValue(const QStringList &args, const QString &name, const QString &fallback) {
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

double processCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1000.0 + static_cast<double>(t.tv_nsec) / 1.0e6;
}

void printStage(QTextStream &out, const char *name, std::vector<double> values) {
    if (values.empty())
        return;
    std::sort(values.begin(), values.end());
    const double median = values[values.size() / 2];
    const double p95 = values[std::min(values.size() - 1, values.size() * 95 / 100)];
    out << QStringLiteral("  %1 median %2 ms  p95 %3 ms\n")
               .arg(QLatin1String(name), -10)
               .arg(median, 6, 'f', 2)
               .arg(p95, 6, 'f', 2);
}

cv::Mat cameraFrame(const cv::Mat &face) {
    cv::Mat scaled;
    cv::resize(face, scaled, cv::Size(300, 300), 0, 0, cv::INTER_CUBIC);
    cv::Mat frame;
    cv::copyMakeBorder(scaled, frame, 90, 90, 170, 170, cv::BORDER_REPLICATE);
    return frame; // 640x480
}

} // namespace

int main(int argc, char *argv[]) {
    ow::vision::installOpenCvThreadPolicy(); // as the workstation does
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int frames = optionValue(args, QStringLiteral("--frames"), QStringLiteral("60")).toInt();
    const int threads =
        optionValue(args, QStringLiteral("--threads"), QStringLiteral("-1")).toInt();
    const QString shared =
        optionValue(args, QStringLiteral("--shared"), QStringLiteral(OW_SOURCE_DIR "/../shared"));
    const QString models =
        optionValue(args, QStringLiteral("--models"), ow::vision::FacePipeline::defaultPackDir());
    if (threads > 0)
        cv::setNumThreads(threads);

    auto loaded = ow::vision::FacePipeline::load(models);
    if (!loaded) {
        out << "bench_face: " << loaded.error() << "\n";
        return 2;
    }
    ow::vision::FacePipeline &pipeline = *loaded.value();
    const QString faceData = QDir(shared).filePath(QStringLiteral("facedata"));
    ow::test::LfwEvaluation lfw;
    QString why;
    if (!lfw.loadPairs(faceData, &why)) {
        out << "bench_face: no LFW data (" << why << ")\n";
        return 2;
    }
    out << "face pipeline benchmark: pack " << pipeline.packId() << ", OpenCV threads "
        << cv::getNumThreads() << ", " << frames << " frames of 640x480\n";

    const QDir images(QDir(faceData).filePath(QStringLiteral("lfw150")));
    std::vector<cv::Mat> cameraFrames;
    for (int i = 0; static_cast<int>(cameraFrames.size()) < frames + 3; ++i) {
        const auto &pair = lfw.pairs().at(static_cast<size_t>(i) % lfw.pairs().size());
        const auto image = ow::vision::FaceImageFile::read(images.filePath(pair.a));
        if (image)
            cameraFrames.push_back(cameraFrame(*image));
    }

    // One pass over the frames with the given stages; prints each stage when asked.
    const auto measure = [&](const char *label, const ow::vision::FaceAnalyzeOptions &options,
                             bool stages) {
        std::vector<double> detect, landmarks, embedding, liveness, eyes, pose, total, cpuTotal;
        int withFace = 0;
        std::map<int, int> qualityCounts;
        for (size_t i = 0; i < cameraFrames.size(); ++i) {
            const double cpuBefore = processCpuMs();
            const ow::vision::FaceFrameAnalysis a = pipeline.analyze(cameraFrames[i], options);
            const double cpu = processCpuMs() - cpuBefore;
            if (i < 3) // warm-up: first runs allocate the nets' buffers
                continue;
            total.push_back(a.times.total);
            cpuTotal.push_back(cpu);
            detect.push_back(a.times.detect);
            if (!a.hasFace)
                continue;
            ++withFace;
            ++qualityCounts[static_cast<int>(a.quality)];
            landmarks.push_back(a.times.landmarks);
            embedding.push_back(a.times.embedding);
            liveness.push_back(a.times.liveness);
            eyes.push_back(a.times.eyes);
            pose.push_back(a.times.pose);
        }
        out << label << " (" << withFace << " of " << total.size() << " frames with a face):\n";
        if (stages) {
            printStage(out, "detect", detect);
            printStage(out, "landmarks", landmarks);
            printStage(out, "embedding", embedding);
            printStage(out, "liveness", liveness);
            printStage(out, "eyes", eyes);
            printStage(out, "pose", pose);
        }
        if (stages) {
            const char *names[] = {"good",     "no face",    "several", "too small",
                                   "too dark", "too bright", "blurred", "not frontal"};
            out << "  quality:";
            for (const auto &[issue, count] : qualityCounts)
                out << " " << names[issue] << " " << count;
            out << "\n";
        }
        printStage(out, "total", total);
        // CPU time of the process per frame: with --threads 1 this is what one idle core
        // would take, whatever else runs on a shared machine.
        printStage(out, "total CPU", cpuTotal);
        out.flush();
    };
    ow::vision::FaceAnalyzeOptions all;
    all.eyes = true;
    all.pose = true;
    measure("every stage", all, true);
    ow::vision::FaceAnalyzeOptions match; // detect, landmarks, embedding, passive liveness
    measure("match + passive liveness", match, false);
    ow::vision::FaceAnalyzeOptions blink; // a frame of the blink challenge
    blink.eyes = true;
    measure("blink-challenge frame (+ eyes)", blink, false);
    ow::vision::FaceAnalyzeOptions turn; // a frame of the head-turn challenge
    turn.pose = true;
    measure("turn-challenge frame (+ pose)", turn, false);
    out.flush();

    if (args.contains(QStringLiteral("--no-lfw")))
        return 0;
    lfw.score(pipeline);
    const auto summary = lfw.summarise();
    out << "LFW folds 1-5 (" << summary.images << " images, " << summary.missedFaces
        << " without a detected face, analysed in "
        << QString::number(summary.analyseMs / 1000.0, 'f', 1) << " s, "
        << QString::number(summary.analyseMs / summary.images, 'f', 1) << " ms/image):\n";
    for (size_t f = 0; f < summary.foldAccuracy.size(); ++f)
        out << QStringLiteral("  fold %1 accuracy %2 % (threshold %3)\n")
                   .arg(f + 1)
                   .arg(summary.foldAccuracy[f] * 100, 0, 'f', 2)
                   .arg(summary.foldThreshold[f], 0, 'f', 3);
    out << QStringLiteral("  mean accuracy %1 %\n").arg(summary.meanAccuracy * 100, 0, 'f', 2);
    out << QStringLiteral("  TAR at FAR 0.1 % %1 % (threshold %2; 1 500 impostor pairs, so "
                          "this is 1 allowed false accept)\n")
               .arg(summary.tarAtFar001 * 100, 0, 'f', 2)
               .arg(summary.thresholdAtFar001, 0, 'f', 3);
    return 0;
}
