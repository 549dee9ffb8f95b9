// FaceCheckSession end to end over still images played by ImageSequenceFrameSource: LFW photos
// of one person as card photo and live frames pass, another person fails, the card photo is
// found on a photo of a whole card, and garbage frames, a missing model pack or a missing
// camera end the check with a message and no record. Still photos cannot blink, so these
// checks use the challenge None (the challenge itself is tst_livecheck's) and a liveness floor
// of 0 (LFW news photos are not live captures); the product default stays Blink. With a
// retention period the images go to the encrypted vault; by default nowhere.
#include "cameraframesource.h"
#include "cardphotoextractor.h"
#include "clock.h"
#include "facecheckrepository.h"
#include "facechecksession.h"
#include "faceimagevault.h"
#include "facepipeline.h"
#include "imagesequenceframesource.h"
#include "tempdatabase.h"
#include "testpaths.h"

#include <QDir>
#include <QEventLoop>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ow;
using ow::test::TempDatabase;

namespace {

QString lfw(const QString &name) {
    return test::sharedDir() + QStringLiteral("/facedata/lfw150/") + name + QStringLiteral(".jpg");
}

// Six other photos of Tony Blair, played as the live frames.
QList<QImage> liveFrames() {
    QList<QImage> list;
    for (int i : {32, 48, 53, 64, 86, 91})
        list << QImage(lfw(QStringLiteral("Tony_Blair_%1").arg(i, 4, 10, QLatin1Char('0'))));
    return list;
}

// A resident-card-sized white card with the portrait in its photo area, lying on a dark desk.
QImage cardOnDesk(const QImage &portrait) {
    QImage desk(1200, 900, QImage::Format_RGB32);
    desk.fill(QColor(40, 45, 50));
    QPainter p(&desk);
    const QRect card(172, 180, 856, 540);
    p.fillRect(card, QColor(245, 242, 235));
    // The portrait keeps its shape (a stretched face would score lower than the real card).
    const QRect photo(card.x() + int(0.68 * card.width()), card.y() + int(0.2 * card.height()), 200,
                      200);
    p.drawImage(photo, portrait);
    p.setPen(Qt::black);
    p.drawText(card.adjusted(40, 60, -400, -300), QStringLiteral("姓名 张三"));
    return desk;
}

FaceCheckOptions stillImageOptions() {
    FaceCheckOptions o;
    o.challenge = FaceChallenge::None;
    o.thresholds.liveAt = 0.0;
    return o;
}

} // namespace

#define NEED_MODELS()                                                                              \
    if (!m_models)                                                                                 \
    QSKIP("the face model pack is not installed (installer/install-face-models.sh)")
#define NEED_LFW()                                                                                 \
    if (!haveLfw())                                                                                \
    QSKIP("../shared/facedata (LFW) is absent")

class TestFaceCheckSession : public QObject {
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC)};
    bool m_models = false;

    // QSKIP only leaves the function it is in: the tests use the macros above.
    bool haveLfw() const {
        return !test::sharedDir().isEmpty() &&
               QFileInfo::exists(lfw(QStringLiteral("Tony_Blair_0018")));
    }

    // Runs one check; returns the result (or fails the test on failed()).
    std::optional<FaceCheckResult> run(FaceCheckSession &session, const QImage &card,
                                       QList<QImage> frames, int intervalMs = 30) {
        QSignalSpy cardSpy(&session, &FaceCheckSession::cardPhotoReady);
        QSignalSpy done(&session, &FaceCheckSession::finished);
        QSignalSpy failed(&session, &FaceCheckSession::failed);
        ImageSequenceFrameSource source(std::move(frames), intervalMs);
        session.setCardPhoto(card);
        session.start(&source);
        // Whichever comes first: the result or a failure.
        QEventLoop loop;
        connect(&session, &FaceCheckSession::finished, &loop, &QEventLoop::quit);
        connect(&session, &FaceCheckSession::failed, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (done.isEmpty() && failed.isEmpty())
            loop.exec();
        if (done.isEmpty()) {
            qWarning() << "no result:"
                       << (failed.isEmpty() ? QString() : failed.first().first().toString());
            return std::nullopt;
        }
        if (cardSpy.isEmpty())
            return std::nullopt;
        return done.first().first().value<FaceCheckResult>();
    }

private slots:
    void initTestCase() {
        m_models = vision::FacePipeline::load(vision::FacePipeline::defaultPackDir()).ok();
    }

    void samePersonPasses() {
        NEED_MODELS();
        NEED_LFW();
        TempDatabase temp(TempDatabase::Kind::Sqlite);
        auto db = temp.openMigrated();
        QVERIFY(db);
        FaceCheckRepository repo(*db);
        FaceCheckSession session(&repo, m_clock);
        session.setOptions(stillImageOptions());
        session.setSubject({QStringLiteral("150302199003071238"),
                            QStringLiteral("150302********1238"), QStringLiteral("V20261126-0001"),
                            QStringLiteral("clerk1"), QStringLiteral("window-3")});
        QSignalSpy overlays(&session, &FaceCheckSession::overlayChanged);
        const auto result =
            run(session, QImage(lfw(QStringLiteral("Tony_Blair_0018"))), liveFrames());
        QVERIFY(result);
        QVERIFY(result->evidence.cardFaceFound);
        QVERIFY(result->evidence.liveFaceFound);
        QVERIFY2(result->verdict.decision == FaceDecision::Pass,
                 qPrintable(QStringLiteral("score %1 reason %2")
                                .arg(result->evidence.score)
                                .arg(result->verdict.reasonCode)));
        QVERIFY(result->evidence.liveness >= 0.0 && result->evidence.liveness <= 1.0);
        QCOMPARE(result->framesUsed, 5);
        QVERIFY(!overlays.isEmpty());
        QVERIFY(overlays.last().first().value<FaceOverlay>().hasFace);
        // Recorded: score, thresholds, pack, operator; the images nowhere.
        QVERIFY2(!result->recordId.isEmpty(), qPrintable(result->saveError));
        const auto stored = repo.find(result->recordId);
        QVERIFY(stored.ok() && stored->has_value());
        const FaceCheckRecord &r = stored.value().value();
        QCOMPARE(r.decision, FaceDecision::Pass);
        QCOMPARE(r.modelPack, result->modelPack);
        QVERIFY(!r.modelPack.isEmpty());
        QCOMPARE(r.operatorName, QStringLiteral("clerk1"));
        QCOMPARE(r.challenge, QStringLiteral("none"));
        QCOMPARE(r.thresholds.passAt, 0.50);
        QCOMPARE(r.checkedAt, m_clock.now());
        QCOMPARE(session.effectiveDecision(), std::optional<FaceDecision>(FaceDecision::Pass));
    }

    // Images are kept only with a retention period. The default 0 writes nothing anywhere (no
    // vault folder, no key); 30 days keeps the card portrait and the best live frame encrypted
    // under the record id and purges what has expired. The emitted result never holds an image.
    void retention_data() {
        QTest::addColumn<int>("days");
        QTest::newRow("default: keep nothing") << FaceCheckOptions().retentionDays;
        QTest::newRow("30 days") << 30;
    }

    void retention() {
        NEED_MODELS();
        NEED_LFW();
        QFETCH(int, days);
        QCOMPARE(FaceCheckOptions().retentionDays, 0);
        TempDatabase temp(TempDatabase::Kind::Sqlite);
        auto db = temp.openMigrated();
        QVERIFY(db);
        FaceCheckRepository repo(*db);
        QTemporaryDir dataDir;
        FaceImageVault vault(FaceImageVault::defaultFolder(dataDir.path()),
                             FaceImageVault::defaultKeyPath(dataDir.path()));
        const QString oldCheck = QStringLiteral("earlier-check");
        if (days > 0) // an earlier check's image whose time is up
            QVERIFY(vault
                        .store(oldCheck, FaceImageVault::Kind::Card, QByteArray("\xFF\xD8\xFF", 3),
                               m_clock.now().addDays(-40), 30)
                        .ok());
        FaceCheckSession session(&repo, m_clock);
        session.setImageVault(&vault);
        FaceCheckOptions options = stillImageOptions();
        options.retentionDays = days;
        session.setOptions(options);
        session.setSubject({QStringLiteral("150302199003071238"),
                            QStringLiteral("150302********1238"), QString(),
                            QStringLiteral("clerk1"), QStringLiteral("window-3")});
        const auto result =
            run(session, QImage(lfw(QStringLiteral("Tony_Blair_0018"))), liveFrames());
        QVERIFY(result);
        QVERIFY2(!result->recordId.isEmpty(), qPrintable(result->saveError));
        QVERIFY(result->cardPortrait.isNull());
        QVERIFY(result->bestLiveFrame.isNull());
        QVERIFY2(result->retentionError.isEmpty(), qPrintable(result->retentionError));
        if (days == 0) {
            QVERIFY(result->retainedFiles.isEmpty());
            QVERIFY(QDir(dataDir.path()).isEmpty()); // nothing written anywhere
            return;
        }
        QCOMPARE(result->retainedFiles.size(), 2);
        QVERIFY(!QFile::exists(vault.filePath(oldCheck, FaceImageVault::Kind::Card)));
        const QList<FaceImageVault::Entry> kept = vault.listRetained();
        QCOMPARE(kept.size(), 2);
        for (const FaceImageVault::Entry &e : kept) {
            QCOMPARE(e.checkId, result->recordId);
            QCOMPARE(e.purgeAfter, m_clock.now().addDays(30).toUTC());
            const QByteArray onDisk = [&] {
                QFile f(e.filePath);
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }();
            QVERIFY(!onDisk.contains("150302"));
            const auto jpeg = vault.load(e.checkId, e.kind);
            QVERIFY2(jpeg.ok(), qPrintable(jpeg.error()));
            const QImage image = QImage::fromData(jpeg.value(), "JPG");
            QVERIFY(!image.isNull());
            if (e.kind == FaceImageVault::Kind::Live)
                QCOMPARE(image.size(), liveFrames().first().size());
        }
    }

    void otherPersonFails() {
        NEED_MODELS();
        NEED_LFW();
        FaceCheckSession session(nullptr, m_clock);
        session.setOptions(stillImageOptions());
        const auto result =
            run(session, QImage(lfw(QStringLiteral("Silvio_Berlusconi_0006"))), liveFrames());
        QVERIFY(result);
        QCOMPARE(result->verdict.decision, FaceDecision::Fail);
        QCOMPARE(result->verdict.reasonCode, QStringLiteral("low-score"));
        QVERIFY(result->recordId.isEmpty()); // no repository: nothing saved
    }

    void cardPhotoFromWholeCard() {
        NEED_MODELS();
        NEED_LFW();
        FaceCheckSession session(nullptr, m_clock);
        session.setOptions(stillImageOptions());
        QSignalSpy cardSpy(&session, &FaceCheckSession::cardPhotoReady);
        const QImage portrait(lfw(QStringLiteral("Tony_Blair_0018")));
        session.setCardPhoto(cardOnDesk(portrait));
        QVERIFY(cardSpy.wait(30000));
        QVERIFY(cardSpy.first().at(0).toBool());
        const QImage found = cardSpy.first().at(1).value<QImage>();
        QVERIFY2(found.width() < 500 && found.height() < 500,
                 qPrintable(QStringLiteral("%1x%2").arg(found.width()).arg(found.height())));
        const auto result = run(session, cardOnDesk(portrait), liveFrames());
        QVERIFY(result);
        QVERIFY2(result->verdict.decision == FaceDecision::Pass,
                 qPrintable(QStringLiteral("score %1").arg(result->evidence.score)));
    }

    // The product default: a blink is asked for. A still photo never blinks, so even the right
    // person's photo fails once the challenge times out (frame time).
    void stillPhotoFailsTheBlinkChallenge() {
        NEED_MODELS();
        NEED_LFW();
        FaceCheckSession session(nullptr, m_clock);
        FaceCheckOptions options;
        QCOMPARE(options.challenge, FaceChallenge::Blink);
        options.thresholds.liveAt = 0.0;
        options.challengeTimeoutMs = 600;
        session.setOptions(options);
        QSignalSpy overlays(&session, &FaceCheckSession::overlayChanged);
        const auto result =
            run(session, QImage(lfw(QStringLiteral("Tony_Blair_0018"))), liveFrames());
        QVERIFY(result);
        QCOMPARE(result->verdict.decision, FaceDecision::Fail);
        QCOMPARE(result->verdict.reasonCode, QStringLiteral("challenge-failed"));
        QCOMPARE(result->liveFailure, QStringLiteral("challenge-timeout"));
        QVERIFY(!result->evidence.challengePassed);
        bool askedToBlink = false;
        for (const QList<QVariant> &args : std::as_const(overlays))
            askedToBlink |=
                args.first().value<FaceOverlay>().phase == FaceCheckPhase::Challenge &&
                args.first().value<FaceOverlay>().guidance == QStringLiteral("Please blink.");
        QVERIFY(askedToBlink);
    }

    void framesAreDroppedWhileBusy() {
        NEED_MODELS();
        NEED_LFW();
        FaceCheckSession session(nullptr, m_clock);
        session.setOptions(stillImageOptions());
        QSignalSpy previews(&session, &FaceCheckSession::previewFrame);
        const auto result =
            run(session, QImage(lfw(QStringLiteral("Tony_Blair_0018"))), liveFrames(), 2);
        QVERIFY(result);
        QVERIFY(session.framesDropped() > 0);
        QVERIFY(previews.size() > session.framesDropped());
    }

    void garbageFramesEndTheCheck() {
        NEED_MODELS();
        TempDatabase temp(TempDatabase::Kind::Sqlite);
        auto db = temp.openMigrated();
        QVERIFY(db);
        FaceCheckRepository repo(*db);
        FaceCheckSession session(&repo, m_clock);
        FaceCheckOptions options = stillImageOptions();
        options.maxBadFrames = 5;
        session.setOptions(options);
        QSignalSpy failed(&session, &FaceCheckSession::failed);
        QSignalSpy done(&session, &FaceCheckSession::finished);
        QImage tiny(4, 4, QImage::Format_RGB32);
        tiny.fill(Qt::red);
        ImageSequenceFrameSource source({QImage(), tiny}, 5);
        session.start(&source);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("unusable")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(done.isEmpty());
        QVERIFY(!source.isActive());
        QCOMPARE(repo.checksOf(session.subject().applicantKey)->size(), 0);
        QVERIFY(!session.isRunning());
    }

    void missingModelPack() {
        FaceCheckSession session(nullptr, m_clock);
        FaceCheckOptions options = stillImageOptions();
        options.packDir = QDir::tempPath() + QStringLiteral("/no-such-face-pack");
        session.setOptions(options);
        QSignalSpy failed(&session, &FaceCheckSession::failed);
        ImageSequenceFrameSource source({QImage(64, 64, QImage::Format_RGB32)}, 20);
        session.start(&source);
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("no-such-face-pack")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!source.isActive());
    }

    void noCameraIsAClearMessage() {
        if (!CameraFrameSource::availableCameras().isEmpty())
            QSKIP("this machine has a camera");
        CameraFrameSource camera;
        FaceCheckSession session(nullptr, m_clock);
        QSignalSpy failed(&session, &FaceCheckSession::failed);
        session.start(&camera);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("No camera detected")));
        QVERIFY(!session.isRunning());
    }

    void badThresholdsRefused() {
        FaceCheckSession session(nullptr, m_clock);
        FaceCheckOptions options;
        options.thresholds.reviewFrom = 0.8;
        session.setOptions(options);
        QSignalSpy failed(&session, &FaceCheckSession::failed);
        ImageSequenceFrameSource source({QImage(64, 64, QImage::Format_RGB32)}, 20);
        session.start(&source);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!source.isActive());
    }

    void overrideRules() {
        User clerk{1, QStringLiteral("clerk1"), {}, {Role::Clerk}, false, false};
        User lead{2, QStringLiteral("lead"), {}, {Role::Supervisor}, false, false};
        QVERIFY(!FaceCheckSession::overrideProblem(clerk.roles, QStringLiteral("known to me"))
                     .isEmpty());
        QVERIFY(!FaceCheckSession::overrideProblem(lead.roles, QStringLiteral("ok")).isEmpty());
        QVERIFY(FaceCheckSession::overrideProblem(lead.roles, QStringLiteral("seen passport"))
                    .isEmpty());
        FaceCheckSession session(nullptr, m_clock);
        const auto none =
            session.overrideLast(FaceDecision::Pass, QStringLiteral("seen passport"), lead);
        QVERIFY(!none.ok()); // nothing to override yet
    }
};

QTEST_MAIN(TestFaceCheckSession)
#include "tst_facechecksession.moc"
