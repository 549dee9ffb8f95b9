#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <opencv2/core.hpp>

#include <array>
#include <memory>
#include <vector>

namespace ow::vision {

// What the applicant should change, in order of precedence (the first that applies is shown).
enum class FaceQualityIssue {
    None,
    NoFace,
    SeveralFaces,
    TooSmall,
    TooDark,
    TooBright,
    Blurred,
    NotFrontal
};

struct DetectedFace {
    cv::Rect2f box;                      // square box (side = detector height), in input pixels
    float score = 0.0F;                  // detector confidence
    std::array<cv::Point2f, 5> points{}; // left eye, right eye, nose, mouth left, mouth right
};

// Milliseconds per stage of one analyse() call (0 when the stage did not run).
struct FaceStageTimes {
    double detect = 0, landmarks = 0, embedding = 0, liveness = 0, eyes = 0, pose = 0, total = 0;
};

struct FaceFrameAnalysis {
    int faceCount = 0;
    bool hasFace = false; // the largest face, below
    DetectedFace face;
    std::vector<float> embedding; // 512 floats, L2-normalised; empty when not computed
    double liveness = -1.0;       // passive p(live), softmax class 0; -1 when not computed
    double leftEyeClosed = -1.0, rightEyeClosed = -1.0; // p(closed); -1 when not computed
    double yaw = 0.0, pitch = 0.0, roll = 0.0;          // degrees, when pose was computed
    bool poseComputed = false;
    FaceQualityIssue quality = FaceQualityIssue::NoFace;
    FaceStageTimes times;
    bool wholeImageBox = false; // card photo: nothing detected, the whole image was the face box
    QString error;              // why the frame could not be analysed (unusable image, model)
};

struct FaceAnalyzeOptions {
    bool embedding = true;
    bool liveness = true;
    bool eyes = false; // for the blink challenge
    bool pose = false; // for the head-turn challenge
};

// The loaded model pack (docs/face.md). One pipeline per thread: cv::dnn::Net is not
// thread-safe. Conventions (channel order, alignment, crops) are those of specs/face-models.md.
class FacePipeline {
    Q_DECLARE_TR_FUNCTIONS(FacePipeline)

public:
    // Loads the pack in packDir after checking its manifest and every file's SHA-256.
    // A missing or damaged pack is a failure that names the folder and the file.
    static Result<std::unique_ptr<FacePipeline>> load(const QString &packDir);
    // The pack folder used by default: $ONEWINDOW_FACE_MODELS, else the installed pack.
    static QString defaultPackDir();
    ~FacePipeline();

    QString packId() const; // e.g. "faceplugin-0.0.1"

    // Detects all faces in a BGR image; analyses the largest one.
    FaceFrameAnalysis analyze(const cv::Mat &bgr, const FaceAnalyzeOptions &options = {});
    // For a card photo (a tight crop): pads the image before detection and, if still no face,
    // takes the whole image as the face box.
    FaceFrameAnalysis analyzeCardPhoto(const cv::Mat &bgr);
    // For a tightly cropped image (a card photo, a cut-out face): detection on the image with a
    // replicated border of kCropPadding x its larger side; with wholeImageFallback, the whole
    // image is taken as the face box when that still finds none. Coordinates are the input's.
    FaceFrameAnalysis analyzeTightCrop(const cv::Mat &bgr, const FaceAnalyzeOptions &options,
                                       bool wholeImageFallback);
    static constexpr double kCropPadding = 0.35;
    // load() lowers OpenCV's global thread pool to this many threads (see facepipeline.cpp).
    static constexpr int kMaxThreads = 2;

    class Impl;

private:
    explicit FacePipeline(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// Cosine of two L2-normalised embeddings (0 when either is empty or sizes differ).
double cosineSimilarity(const std::vector<float> &a, const std::vector<float> &b);

} // namespace ow::vision
