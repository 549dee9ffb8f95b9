// FacePipeline: the model conventions pinned by stored reference values (channel order, scaling,
// crops, alignment), bad input, and a missing or damaged model pack. Needs the installed pack
// (installer/install-face-models.sh); the LFW rows also need ../shared/facedata.
#include "faceembedder.h"
#include "faceimagefile.h"
#include "facemodelpack.h"
#include "facepipeline.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

using ow::vision::FaceFrameAnalysis;
using ow::vision::FacePipeline;
using ow::vision::FaceQualityIssue;

namespace {

// A 112x112 image whose three channels differ (so RGB/BGR swaps show) and that uses the whole
// 0..255 range (so a wrong scale or mean shows).
cv::Mat syntheticChip() {
    cv::Mat chip(112, 112, CV_8UC3);
    for (int y = 0; y < 112; ++y) {
        for (int x = 0; x < 112; ++x) {
            chip.at<cv::Vec3b>(y, x) =
                cv::Vec3b(static_cast<uchar>(x * 2), static_cast<uchar>(255 - y * 2),
                          static_cast<uchar>((x * y) % 256));
        }
    }
    return chip;
}

bool printReference() {
    return qEnvironmentVariableIsSet("OW_FACE_PRINT_REFERENCE");
}

} // namespace

class TestFacePipeline : public QObject {
    Q_OBJECT

    std::unique_ptr<FacePipeline> m_pipeline;
    QString m_packDir;
    QString m_lfw;

    cv::Mat lfwImage(const QString &name) {
        const auto image = ow::vision::FaceImageFile::read(m_lfw + QLatin1Char('/') + name);
        return image ? *image : cv::Mat();
    }

private slots:
    void initTestCase() {
        m_packDir = FacePipeline::defaultPackDir();
        if (!QFile::exists(m_packDir + QStringLiteral("/manifest.json")))
            QSKIP(qPrintable(QStringLiteral("no face model pack in %1: run "
                                            "installer/install-face-models.sh")
                                 .arg(m_packDir)));
        auto loaded = FacePipeline::load(m_packDir);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        m_pipeline = std::move(loaded.value());
        QCOMPARE(m_pipeline->packId(), QStringLiteral("faceplugin-0.0.1"));
        const QString shared = ow::test::sharedDir();
        if (!shared.isEmpty() && QDir(shared + QStringLiteral("/facedata/lfw150")).exists())
            m_lfw = shared + QStringLiteral("/facedata/lfw150");
    }

    // (a) fr_feature: BGR, (px-127)/128, 112x112, L2-normalised output.
    void embeddingOfSyntheticChip() {
        const auto pack = ow::vision::FaceModelPack::open(m_packDir);
        QVERIFY2(pack.ok(), qPrintable(pack.error()));
        ow::vision::FaceEmbedder embedder(
            cv::dnn::readNetFromONNX(pack->pathOf(QStringLiteral("feature")).toStdString()));
        const cv::Mat chip = syntheticChip();
        const std::vector<float> e = embedder.embed(chip);
        QCOMPARE(e.size(), size_t(512));
        double norm = 0;
        for (const float x : e)
            norm += static_cast<double>(x) * x;
        QVERIFY(std::abs(std::sqrt(norm) - 1.0) < 1e-5);
        if (printReference())
            qInfo("embedding %.6f %.6f %.6f %.6f %.6f %.6f", e[0], e[1], e[2], e[3], e[4], e[5]);
        const float reference[] = {-0.040512F, 0.010614F, -0.012174F,
                                   -0.015088F, 0.001420F, 0.000195F};
        for (size_t i = 0; i < std::size(reference); ++i)
            QVERIFY2(std::abs(e[i] - reference[i]) < 1e-4,
                     qPrintable(QStringLiteral("dimension %1: %2, stored %3")
                                    .arg(i)
                                    .arg(e[i])
                                    .arg(reference[i])));
        // The channel order matters: the same chip as RGB is a clearly different input.
        cv::Mat swapped;
        cv::cvtColor(chip, swapped, cv::COLOR_BGR2RGB);
        const double sameChipOtherOrder = ow::vision::cosineSimilarity(e, embedder.embed(swapped));
        if (printReference())
            qInfo("rgb/bgr cosine %.6f", sameChipOtherOrder);
        QVERIFY(sameChipOtherOrder < 0.99);
    }

    // (b) the whole chain on fixed LFW images: stored box, landmarks and scores.
    void lfwReferences_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<double>("score");
        QTest::newRow("same: Abel Pacheco") << QStringLiteral("Abel_Pacheco_0001.jpg")
                                            << QStringLiteral("Abel_Pacheco_0004.jpg") << 0.650993;
        QTest::newRow("same: Akhmed Zakayev")
            << QStringLiteral("Akhmed_Zakayev_0001.jpg")
            << QStringLiteral("Akhmed_Zakayev_0003.jpg") << 0.867702;
        QTest::newRow("different") << QStringLiteral("Akhmed_Zakayev_0001.jpg")
                                   << QStringLiteral("Amber_Tamblyn_0001.jpg") << 0.039956;
    }

    void lfwReferences() {
        if (m_lfw.isEmpty())
            QSKIP("../shared/facedata is absent: LFW reference scores not checked");
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(double, score);
        const FaceFrameAnalysis fa = m_pipeline->analyzeCardPhoto(lfwImage(a));
        const FaceFrameAnalysis fb = m_pipeline->analyzeCardPhoto(lfwImage(b));
        QVERIFY(fa.hasFace && !fa.wholeImageBox);
        QVERIFY(fb.hasFace && !fb.wholeImageBox);
        const double got = ow::vision::cosineSimilarity(fa.embedding, fb.embedding);
        if (printReference())
            qInfo("score %.6f", got);
        QVERIFY2(std::abs(got - score) < 1e-3,
                 qPrintable(QStringLiteral("score %1, stored %2").arg(got).arg(score)));
    }

    void lfwDetectionAndSignals() {
        if (m_lfw.isEmpty())
            QSKIP("../shared/facedata is absent: LFW detection reference not checked");
        ow::vision::FaceAnalyzeOptions all;
        all.eyes = true;
        all.pose = true;
        const FaceFrameAnalysis f =
            m_pipeline->analyze(lfwImage(QStringLiteral("Abel_Pacheco_0001.jpg")), all);
        QVERIFY(f.hasFace);
        const auto &box = f.face.box;
        const auto &p = f.face.points;
        if (printReference())
            qInfo("box %.2f %.2f %.2f %.2f eyes %.2f %.2f %.2f %.2f nose %.2f %.2f live %.5f "
                  "eyesClosed %.4f %.4f yaw %.3f pitch %.3f roll %.3f",
                  box.x, box.y, box.width, box.height, p[0].x, p[0].y, p[1].x, p[1].y, p[2].x,
                  p[2].y, f.liveness, f.leftEyeClosed, f.rightEyeClosed, f.yaw, f.pitch, f.roll);
        const double boxRef[] = {37.89, 26.65, 101.88, 101.88};
        QVERIFY(std::abs(box.x - boxRef[0]) < 0.5 && std::abs(box.y - boxRef[1]) < 0.5);
        QVERIFY(std::abs(box.width - boxRef[2]) < 0.5 && std::abs(box.height - boxRef[3]) < 0.5);
        const double pointRef[] = {55.04, 61.86, 96.09, 61.27, 66.33, 86.18};
        for (int i = 0; i < 3; ++i) {
            QVERIFY(std::abs(p[static_cast<size_t>(i)].x - pointRef[2 * i]) < 0.5);
            QVERIFY(std::abs(p[static_cast<size_t>(i)].y - pointRef[2 * i + 1]) < 0.5);
        }
        // Left eye left of the right eye, both above the nose (image coordinates).
        QVERIFY(p[0].x < p[1].x && p[0].y < p[2].y && p[1].y < p[2].y);
        // BGR raw 0..255 into fr_liveness; class 0 = live.
        const double signalRef[] = {0.99570, 0.0005, 0.0000, 20.893, -3.156};
        QVERIFY2(std::abs(f.liveness - signalRef[0]) < 1e-3,
                 qPrintable(QString::number(f.liveness)));
        QVERIFY(std::abs(f.leftEyeClosed - signalRef[1]) < 1e-3);
        QVERIFY(std::abs(f.rightEyeClosed - signalRef[2]) < 1e-3);
        QVERIFY(f.poseComputed);
        QVERIFY(std::abs(f.yaw - signalRef[3]) < 0.05);
        QVERIFY(std::abs(f.roll - signalRef[4]) < 0.05);
        QVERIFY(f.times.total > 0 && f.times.detect > 0 && f.times.embedding > 0);
    }

    void colourFormatsOfARealFace() {
        if (m_lfw.isEmpty())
            QSKIP("../shared/facedata is absent");
        const cv::Mat bgr = lfwImage(QStringLiteral("Abel_Pacheco_0001.jpg"));
        cv::Mat grey, bgra;
        cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
        cv::cvtColor(bgr, bgra, cv::COLOR_BGR2BGRA);
        QVERIFY(m_pipeline->analyze(grey).hasFace);
        const FaceFrameAnalysis fromBgra = m_pipeline->analyze(bgra);
        const FaceFrameAnalysis fromBgr = m_pipeline->analyze(bgr);
        QVERIFY(fromBgra.hasFace);
        QVERIFY(ow::vision::cosineSimilarity(fromBgra.embedding, fromBgr.embedding) > 0.9999);
    }

    // (c) bad input never crashes and finds no face.
    void badInput_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << 0;
        QTest::newRow("1x1") << 1;
        QTest::newRow("8000x8000 blank") << 2;
        QTest::newRow("grey blank") << 3;
        QTest::newRow("4-channel blank") << 4;
        QTest::newRow("float image") << 5;
        QTest::newRow("noise") << 6;
        QTest::newRow("3x2000 strip") << 7;
    }

    void badInput() {
        QFETCH(int, kind);
        cv::Mat image;
        switch (kind) {
        case 1:
            image = cv::Mat(1, 1, CV_8UC3, cv::Scalar(10, 20, 30));
            break;
        case 2:
            image = cv::Mat(8000, 8000, CV_8UC3, cv::Scalar(200, 200, 200));
            break;
        case 3:
            image = cv::Mat(480, 640, CV_8UC1, cv::Scalar(128));
            break;
        case 4:
            image = cv::Mat(480, 640, CV_8UC4, cv::Scalar(1, 2, 3, 255));
            break;
        case 5:
            image = cv::Mat(480, 640, CV_32FC3, cv::Scalar(0.5, 0.5, 0.5));
            break;
        case 6:
            image = cv::Mat(480, 640, CV_8UC3);
            cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(255));
            break;
        case 7:
            image = cv::Mat(3, 2000, CV_8UC3, cv::Scalar(90, 90, 90));
            break;
        default:
            break;
        }
        for (const bool card : {false, true}) {
            const FaceFrameAnalysis f =
                card ? m_pipeline->analyzeTightCrop(image, {}, false) : m_pipeline->analyze(image);
            QVERIFY(!f.hasFace);
            QCOMPARE(f.quality, FaceQualityIssue::NoFace);
            QCOMPARE(f.faceCount, 0);
            QVERIFY(f.embedding.empty());
        }
        if (kind == 0 || kind == 5)
            QVERIFY(!m_pipeline->analyze(image).error.isEmpty());
    }

    void cardPhotoFallsBackToWholeImage() {
        // No face at all: the card path takes the whole image rather than failing outright.
        const cv::Mat plain(126, 102, CV_8UC3, cv::Scalar(180, 170, 160));
        const FaceFrameAnalysis f = m_pipeline->analyzeCardPhoto(plain);
        QVERIFY(f.hasFace && f.wholeImageBox);
        QCOMPARE(f.faceCount, 0);
        QCOMPARE(f.embedding.size(), size_t(512));
    }

    // (d) a missing or damaged pack is refused with the folder or file named.
    void damagedPack_data() {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("named");
        QTest::newRow("no folder") << QStringLiteral("no-folder") << QStringLiteral("nowhere");
        QTest::newRow("no manifest")
            << QStringLiteral("no-manifest") << QStringLiteral("manifest.json");
        QTest::newRow("bad manifest")
            << QStringLiteral("bad-manifest") << QStringLiteral("manifest.json");
        QTest::newRow("missing model")
            << QStringLiteral("missing-model") << QStringLiteral("fr_feature.onnx");
        QTest::newRow("damaged model")
            << QStringLiteral("damaged-model") << QStringLiteral("fr_liveness.onnx");
    }

    void damagedPack() {
        QFETCH(QString, damage);
        QFETCH(QString, named);
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const QDir source(m_packDir);
        const QString dir = temp.filePath(QStringLiteral("pack"));
        QVERIFY(QDir().mkpath(dir));
        for (const QString &file : source.entryList(QDir::Files))
            QVERIFY(QFile::copy(source.filePath(file), dir + QLatin1Char('/') + file));
        QString packDir = dir;
        if (damage == QLatin1String("no-folder"))
            packDir = temp.filePath(QStringLiteral("nowhere"));
        else if (damage == QLatin1String("no-manifest"))
            QVERIFY(QFile::remove(dir + QStringLiteral("/manifest.json")));
        else if (damage == QLatin1String("missing-model"))
            QVERIFY(QFile::remove(dir + QStringLiteral("/fr_feature.onnx")));
        QFile file;
        if (damage == QLatin1String("bad-manifest")) {
            file.setFileName(dir + QStringLiteral("/manifest.json"));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("{ not json");
        } else if (damage == QLatin1String("damaged-model")) {
            file.setFileName(dir + QStringLiteral("/fr_liveness.onnx"));
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(1000);
            file.write("x");
        }
        file.close();
        const auto loaded = FacePipeline::load(packDir);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(named), qPrintable(loaded.error()));
    }
};

QTEST_GUILESS_MAIN(TestFacePipeline)
#include "tst_facepipeline.moc"
