// The face check's settings: the calibrated starting points by default, an unusable stored set
// read as the defaults, the challenge (Blink unless chosen otherwise), camera and reader, and
// the image retention (off by default).
#include "appsettings.h"
#include "cameraframesource.h"
#include "facechecktypes.h"
#include "framesourcefactory.h"
#include "imagesequenceframesource.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestFaceCheckSettings : public QObject {
    Q_OBJECT

private slots:
    void defaults() {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        const FaceThresholds t = settings.faceThresholds();
        QCOMPARE(t.passAt, 0.50);
        QCOMPARE(t.reviewFrom, 0.42);
        QCOMPARE(t.liveAt, 0.50);
        QCOMPARE(settings.faceChallenge(), QStringLiteral("blink"));
        QCOMPARE(faceChallengeFromKey(settings.faceChallenge(), FaceChallenge::None),
                 FaceChallenge::Blink);
        QCOMPARE(FaceCheckOptions{}.challenge, FaceChallenge::Blink); // the product default
        QVERIFY(settings.faceCamera().isEmpty());
        QVERIFY(settings.idCardReader().isEmpty());
    }

    void storedValuesRoundTrip() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        {
            AppSettings settings(ini);
            QVERIFY(settings.setFaceThresholds({0.55, 0.45, 0.8}));
            settings.setFaceChallenge(QStringLiteral("turn-head"));
            settings.setFaceCamera(QStringLiteral("USB Camera"));
            settings.setIdCardReader(QStringLiteral("/dev/ttyUSB0"));
            settings.sync();
        }
        AppSettings settings(ini);
        QCOMPARE(settings.faceThresholds().passAt, 0.55);
        QCOMPARE(settings.faceThresholds().reviewFrom, 0.45);
        QCOMPARE(settings.faceThresholds().liveAt, 0.8);
        QCOMPARE(settings.faceChallenge(), QStringLiteral("turn-head"));
        QCOMPARE(settings.faceCamera(), QStringLiteral("USB Camera"));
        QCOMPARE(settings.idCardReader(), QStringLiteral("/dev/ttyUSB0"));
    }

    void unusableValuesReadAsDefaults() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        AppSettings settings(ini);
        QVERIFY(!settings.setFaceThresholds({0.40, 0.60, 0.5})); // review band above pass
        {
            QSettings raw(ini, QSettings::IniFormat);
            raw.setValue(QStringLiteral("face/passAt"), 3.0);
            raw.setValue(QStringLiteral("face/challenge"), QStringLiteral("dance"));
        }
        AppSettings reread(ini);
        QCOMPARE(reread.faceThresholds().passAt, 0.50);
        QCOMPARE(reread.faceChallenge(), QStringLiteral("blink"));
    }

    // Encrypted image retention: off (0 days) unless a site sets it; stored values clamp to
    // 0..365, unreadable ones read as 0; the key path is empty (= the default) until set.
    void faceRetention_data() {
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<int>("days");
        QTest::newRow("unset") << QVariant() << 0;
        QTest::newRow("30") << QVariant(30) << 30;
        QTest::newRow("a year") << QVariant(365) << 365;
        QTest::newRow("too long") << QVariant(1000) << 365;
        QTest::newRow("negative") << QVariant(-5) << 0;
        QTest::newRow("not a number") << QVariant(QStringLiteral("forever")) << 0;
    }

    void faceRetention() {
        QFETCH(QVariant, stored);
        QFETCH(int, days);
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        if (stored.isValid()) {
            QSettings raw(ini, QSettings::IniFormat);
            raw.setValue(QStringLiteral("face/retentionDays"), stored);
        }
        AppSettings settings(ini);
        QCOMPARE(settings.faceRetentionDays(), days);
        QCOMPARE(FaceCheckOptions{}.retentionDays, 0); // the product default keeps nothing
        QVERIFY(settings.faceVaultKeyPath().isEmpty());
        settings.setFaceRetentionDays(400);
        settings.setFaceVaultKeyPath(QStringLiteral("/media/keys/face-vault.key"));
        settings.sync();
        AppSettings reread(ini);
        QCOMPARE(reread.faceRetentionDays(), 365);
        QCOMPARE(reread.faceVaultKeyPath(), QStringLiteral("/media/keys/face-vault.key"));
    }

    void frameSourceFromTheSetting() {
        QObject owner;
        auto camera = FrameSourceFactory::create(QString(), &owner);
        QVERIFY(camera.ok());
        QVERIFY(qobject_cast<CameraFrameSource *>(camera.value()));
        QTemporaryDir dir;
        auto empty = FrameSourceFactory::create(QStringLiteral("images:") + dir.path(), &owner);
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error().contains(dir.path()), qPrintable(empty.error()));
        QImage frame(16, 16, QImage::Format_RGB32);
        frame.fill(Qt::gray);
        QVERIFY(frame.save(dir.filePath(QStringLiteral("a.png"))));
        QVERIFY(frame.save(dir.filePath(QStringLiteral("b.png"))));
        auto images = FrameSourceFactory::create(QStringLiteral("images:") + dir.path(), &owner);
        QVERIFY2(images.ok(), qPrintable(images.error()));
        auto *sequence = qobject_cast<ImageSequenceFrameSource *>(images.value());
        QVERIFY(sequence);
        QCOMPARE(sequence->frameCount(), 2);
    }
};

QTEST_MAIN(TestFaceCheckSettings)
#include "tst_facechecksettings.moc"
