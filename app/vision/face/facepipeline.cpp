#include "facepipeline.h"

#include "eyestatemodel.h"
#include "facealigner.h"
#include "facedetector.h"
#include "faceembedder.h"
#include "facelandmarker.h"
#include "facemodelpack.h"
#include "facequality.h"
#include "headposemodel.h"
#include "livenessmodel.h"

#include <QCoreApplication>
#include <QDir>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <chrono>
#include <optional>

namespace ow::vision {

namespace {

constexpr double kMaxPixels = 100.0e6; // larger images are refused rather than resampled

class StageTimer {
public:
    double lap() {
        const auto now = std::chrono::steady_clock::now();
        const double ms = std::chrono::duration<double, std::milli>(now - m_last).count();
        m_last = now;
        return ms;
    }

private:
    std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
};

// 8-bit BGR from what a caller may hand in (grey, BGRA, 16-bit); false with a reason otherwise.
bool toBgr8(const cv::Mat &input, cv::Mat &bgr, QString *why) {
    if (input.empty() || input.dims != 2) {
        *why = FacePipeline::tr("The image is empty.");
        return false;
    }
    if (static_cast<double>(input.cols) * input.rows > kMaxPixels) {
        *why = FacePipeline::tr("The image is too large (%1 x %2 pixels).")
                   .arg(input.cols)
                   .arg(input.rows);
        return false;
    }
    cv::Mat eight = input;
    if (input.depth() == CV_16U)
        input.convertTo(eight, CV_MAKETYPE(CV_8U, input.channels()), 1.0 / 256.0);
    else if (input.depth() != CV_8U) {
        *why = FacePipeline::tr("Unsupported pixel format.");
        return false;
    }
    switch (eight.channels()) {
    case 1:
        cv::cvtColor(eight, bgr, cv::COLOR_GRAY2BGR);
        return true;
    case 3:
        bgr = eight;
        return true;
    case 4:
        cv::cvtColor(eight, bgr, cv::COLOR_BGRA2BGR);
        return true;
    default:
        *why = FacePipeline::tr("Unsupported number of colour channels.");
        return false;
    }
}

cv::dnn::Net readNet(const QString &path) {
    cv::dnn::Net net = cv::dnn::readNetFromONNX(QDir::toNativeSeparators(path).toStdString());
    net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    return net;
}

} // namespace

class FacePipeline::Impl {
public:
    QString packId;
    std::optional<FaceDetector> detector;
    std::optional<FaceLandmarker> landmarker;
    std::optional<FaceEmbedder> embedder;
    std::optional<LivenessModel> liveness;
    std::optional<EyeStateModel> eyes;
    std::optional<HeadPoseModel> pose;
    FaceQuality quality;

    void run(const cv::Mat &input, const FaceAnalyzeOptions &options, FaceFrameAnalysis &out);
    void analyzeFace(const cv::Mat &bgr, const cv::Rect2f &box, const FaceAnalyzeOptions &options,
                     FaceFrameAnalysis &out, StageTimer &timer);
};

void FacePipeline::Impl::run(const cv::Mat &input, const FaceAnalyzeOptions &options,
                             FaceFrameAnalysis &out) {
    StageTimer timer;
    const auto start = std::chrono::steady_clock::now();
    cv::Mat bgr;
    if (!toBgr8(input, bgr, &out.error))
        return;
    const std::vector<FaceCandidate> faces = detector->detect(bgr);
    out.times.detect = timer.lap();
    out.faceCount = static_cast<int>(faces.size());
    if (!faces.empty()) {
        out.hasFace = true;
        out.face.score = faces.front().score;
        analyzeFace(bgr, faces.front().box, options, out, timer);
        out.quality = quality.assess(bgr, faces, out.face.points);
    }
    out.times.total =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

void FacePipeline::Impl::analyzeFace(const cv::Mat &bgr, const cv::Rect2f &box,
                                     const FaceAnalyzeOptions &options, FaceFrameAnalysis &out,
                                     StageTimer &timer) {
    out.face.box = box;
    const FaceLandmarks68 points = landmarker->landmarks(bgr, box);
    out.face.points = FaceLandmarker::fivePoints(points);
    out.times.landmarks = timer.lap();
    if (options.embedding) {
        out.embedding = embedder->embed(FaceAligner::align(bgr, out.face.points));
        out.times.embedding = timer.lap();
    }
    if (options.liveness) {
        out.liveness = liveness->liveProbability(bgr, box);
        out.times.liveness = timer.lap();
    }
    if (options.eyes && eyes) {
        const EyeClosedProbability closed = eyes->closedProbability(bgr, points);
        out.leftEyeClosed = closed.left;
        out.rightEyeClosed = closed.right;
        out.times.eyes = timer.lap();
    }
    if (options.pose && pose) {
        HeadPose angles;
        out.poseComputed = pose->estimate(bgr, box, &angles);
        out.yaw = angles.yaw;
        out.pitch = angles.pitch;
        out.roll = angles.roll;
        out.times.pose = timer.lap();
    }
}

Result<std::unique_ptr<FacePipeline>> FacePipeline::load(const QString &packDir) {
    using R = Result<std::unique_ptr<FacePipeline>>;
    // These nets are small: OpenCV's dnn gains little beyond two threads, while every extra
    // worker competes with the UI, the camera and the scanner on a counter PC. Cap the pool at
    // kMaxThreads (only lowering it: a process that chose fewer keeps its choice).
    if (cv::getNumThreads() > kMaxThreads)
        cv::setNumThreads(kMaxThreads);
    const Result<FaceModelPack> pack = FaceModelPack::open(packDir);
    if (!pack)
        return R::failure(pack.error());
    auto impl = std::make_unique<Impl>();
    impl->packId = pack->id();
    QString current;
    try {
        current = pack->pathOf(QStringLiteral("detect"));
        impl->detector.emplace(readNet(current));
        current = pack->pathOf(QStringLiteral("landmark"));
        impl->landmarker.emplace(readNet(current));
        current = pack->pathOf(QStringLiteral("feature"));
        impl->embedder.emplace(readNet(current));
        current = pack->pathOf(QStringLiteral("liveness"));
        impl->liveness.emplace(readNet(current));
        // Eye and pose models serve only the active challenge; a pack may leave them out.
        current = pack->pathOf(QStringLiteral("eye"));
        if (!current.isEmpty())
            impl->eyes.emplace(readNet(current));
        current = pack->pathOf(QStringLiteral("pose"));
        if (!current.isEmpty())
            impl->pose.emplace(readNet(current));
    } catch (const cv::Exception &e) {
        return R::failure(
            tr("The face model %1 cannot be loaded: %2")
                .arg(QDir::toNativeSeparators(current), QString::fromStdString(e.msg)));
    }
    return std::unique_ptr<FacePipeline>(new FacePipeline(std::move(impl)));
}

QString FacePipeline::defaultPackDir() {
    const QString fromEnvironment = qEnvironmentVariable("ONEWINDOW_FACE_MODELS");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStringLiteral("/usr/local/share/onewindow/face-models/faceplugin-0.0.1");
}

FacePipeline::FacePipeline(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}

FacePipeline::~FacePipeline() = default;

QString FacePipeline::packId() const {
    return m_impl->packId;
}

FaceFrameAnalysis FacePipeline::analyze(const cv::Mat &bgr, const FaceAnalyzeOptions &options) {
    FaceFrameAnalysis result;
    try {
        m_impl->run(bgr, options, result);
    } catch (const cv::Exception &e) {
        result = FaceFrameAnalysis{};
        result.error = tr("Face analysis failed: %1").arg(QString::fromStdString(e.msg));
    } catch (const std::bad_alloc &) {
        result = FaceFrameAnalysis{};
        result.error = tr("Not enough memory to analyse the image.");
    }
    return result;
}

FaceFrameAnalysis FacePipeline::analyzeCardPhoto(const cv::Mat &bgr) {
    FaceAnalyzeOptions options;
    options.liveness = false; // a printed or chip photo is not live by nature
    return analyzeTightCrop(bgr, options, true);
}

FaceFrameAnalysis FacePipeline::analyzeTightCrop(const cv::Mat &input,
                                                 const FaceAnalyzeOptions &options,
                                                 bool wholeImageFallback) {
    FaceFrameAnalysis result;
    try {
        cv::Mat bgr;
        if (!toBgr8(input, bgr, &result.error))
            return result;
        // The detector misses faces that fill the image: give it a border to see the outline.
        const int pad = static_cast<int>(kCropPadding * std::max(bgr.cols, bgr.rows) + 0.5);
        cv::Mat padded;
        cv::copyMakeBorder(bgr, padded, pad, pad, pad, pad, cv::BORDER_REPLICATE);
        m_impl->run(padded, options, result);
        if (result.hasFace) {
            const cv::Point2f shift(static_cast<float>(pad), static_cast<float>(pad));
            result.face.box.x -= shift.x;
            result.face.box.y -= shift.y;
            for (cv::Point2f &p : result.face.points)
                p -= shift;
            return result;
        }
        if (!wholeImageFallback || !result.error.isEmpty())
            return result;
        const FaceFrameAnalysis missed = result;
        result = FaceFrameAnalysis{};
        StageTimer timer;
        result.hasFace = true;
        result.wholeImageBox = true;
        result.times.detect = missed.times.detect;
        m_impl->analyzeFace(
            bgr, cv::Rect2f(0, 0, static_cast<float>(bgr.cols), static_cast<float>(bgr.rows)),
            options, result, timer);
        const std::vector<FaceCandidate> assumed{FaceCandidate{result.face.box, 0.0F}};
        result.quality = m_impl->quality.assess(bgr, assumed, result.face.points);
        result.times.total = missed.times.total + timer.lap();
    } catch (const cv::Exception &e) {
        result = FaceFrameAnalysis{};
        result.error = tr("Face analysis failed: %1").arg(QString::fromStdString(e.msg));
    } catch (const std::bad_alloc &) {
        result = FaceFrameAnalysis{};
        result.error = tr("Not enough memory to analyse the image.");
    }
    return result;
}

double cosineSimilarity(const std::vector<float> &a, const std::vector<float> &b) {
    if (a.empty() || a.size() != b.size())
        return 0.0;
    double dot = 0;
    for (size_t i = 0; i < a.size(); ++i)
        dot += static_cast<double>(a[i]) * b[i];
    return dot;
}

} // namespace ow::vision
