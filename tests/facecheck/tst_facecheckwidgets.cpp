// The workstation side offscreen: a simulated card read through the intake screen's identity
// strip fills the applicant (number masked, expired card flagged, a silent reader changes
// nothing), the face check dialog driven by still images shows its result, and the override
// needs a permitted role and a reason.
#include "applicantpanel.h"
#include "facecheckdialog.h"
#include "facechecksession.h"
#include "faceoverridedialog.h"
#include "facepipeline.h"
#include "guitestsupport.h"
#include "idcardjson.h"
#include "idcardsimulator.h"
#include "identitycheckbar.h"
#include "imagesequenceframesource.h"
#include "intakewidget.h"
#include "modaldialogs.h"
#include "testpaths.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ow;

namespace {

QJsonObject residentCard() {
    QFile file(test::sourceDir() + QStringLiteral("/tests/data/idcards/resident.json"));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject{};
}

QString lfw(const QString &name) {
    return test::sharedDir() + QStringLiteral("/facedata/lfw150/") + name + QStringLiteral(".jpg");
}

QString lineText(QWidget *root, const char *name) {
    auto *edit = root->findChild<QLineEdit *>(QString::fromLatin1(name));
    return edit ? edit->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
}

} // namespace

class TestFaceCheckWidgets : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempWorkstation> m_ws;

    // Reads the card served by a simulator with this fault through the intake screen.
    void readThroughIntake(IntakeWidget &intake, const QJsonObject &card,
                           IdCardSimulator::Fault fault, QString *status) {
        const auto data = IdCardJson::readDataFromJson(card);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        IdCardSimulator simulator(data.value(), fault);
        const auto port = simulator.start();
        QVERIFY2(port.ok(), qPrintable(port.error()));
        IdentityCheckBar *bar = intake.identityBar();
        bar->setReader(port.value());
        // F10 anywhere in the intake screen reads the card.
        QApplication::setActiveWindow(&intake);
        QTest::keyClick(intake.applicantPanel(), Qt::Key_F10);
        QVERIFY(bar->isReading() || !bar->statusText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isReading(), 15000);
        *status = bar->statusText();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_facecheckwidgets"));
    }
    void init() {
        m_ws = std::make_unique<test::TempWorkstation>();
        QVERIFY2(m_ws->error().isEmpty(), qPrintable(m_ws->error()));
    }
    void cleanup() { m_ws.reset(); }

    void cardReadFillsTheApplicant_data() {
        QTest::addColumn<QString>("validTo");
        QTest::addColumn<bool>("expired");
        QTest::newRow("valid") << QStringLiteral("20400315") << false;
        QTest::newRow("expired") << QStringLiteral("20200315") << true;
    }
    void cardReadFillsTheApplicant() {
        QFETCH(QString, validTo);
        QFETCH(bool, expired);
        IntakeWidget intake(m_ws->context());
        intake.resize(1340, 800);
        intake.show();
        QJsonObject card = residentCard();
        card.insert(QStringLiteral("validTo"), validTo);
        if (expired)
            card.insert(QStringLiteral("validFrom"), QStringLiteral("20100315"));
        QString status;
        readThroughIntake(intake, card, IdCardSimulator::Fault::None, &status);
        ApplicantPanel *panel = intake.applicantPanel();
        // Shown masked; the full number stays behind it for the case.
        QCOMPARE(panel->idNumberShown(), QStringLiteral("150302********1238"));
        QVERIFY(!status.contains(QStringLiteral("199003071238")));
        QCOMPARE(panel->applicant().idNumber, QStringLiteral("150302199003071238"));
        QCOMPARE(panel->applicant().name, QStringLiteral("张三"));
        QCOMPARE(lineText(panel, "nationEdit"), QStringLiteral("蒙古族"));
        QCOMPARE(lineText(panel, "addressEdit"), QStringLiteral("内蒙古乌海市海勃湾区示例路1号"));
        QCOMPARE(lineText(panel, "validUntilEdit"),
                 QDate::fromString(validTo, QStringLiteral("yyyyMMdd")).toString(Qt::ISODate));
        QCOMPARE(panel->applicant().card.authority, QStringLiteral("乌海市公安局海勃湾分局"));
        QCOMPARE(panel->expiredCardWarningShown(), expired);
        QVERIFY2(status.contains(QStringLiteral("Card read")), qPrintable(status));
        QCOMPARE(intake.identityBar()->applicantKey(), QStringLiteral("150302199003071238"));
        if (const QString shots = qEnvironmentVariable("ONEWINDOW_SCREENSHOT_DIR");
            !shots.isEmpty())
            intake.grab().save(shots + QStringLiteral("/intake-card-%1.png")
                                           .arg(QString::fromUtf8(QTest::currentDataTag())));
    }

    void cardDuringAVisitKeepsTheVisitApplicant() {
        const auto &first = m_ws->firstRun();
        QVERIFY(m_ws->context().auth().login(first.adminName, first.adminOneTimePassword).ok());
        IntakeWidget intake(m_ws->context());
        intake.show();
        QString status;
        readThroughIntake(intake, residentCard(), IdCardSimulator::Fault::None, &status);
        QVERIFY2(intake.applicantPanel()->startVisit(),
                 qPrintable(intake.applicantPanel()->problemsText()));
        QJsonObject other = residentCard();
        other.insert(QStringLiteral("name"), QStringLiteral("李四"));
        readThroughIntake(intake, other, IdCardSimulator::Fault::None, &status);
        QCOMPARE(intake.applicantPanel()->applicant().name, QStringLiteral("张三"));
        QVERIFY2(intake.messageText().contains(QStringLiteral("New visit")),
                 qPrintable(intake.messageText()));
    }

    void silentReaderChangesNothing() {
        IntakeWidget intake(m_ws->context());
        intake.show();
        QString status;
        readThroughIntake(intake, residentCard(), IdCardSimulator::Fault::Silent, &status);
        QVERIFY2(status.contains(QStringLiteral("did not answer")), qPrintable(status));
        ApplicantPanel *panel = intake.applicantPanel();
        QVERIFY(panel->idNumberShown().isEmpty());
        QVERIFY(panel->applicant().name.isEmpty());
        QVERIFY(!panel->expiredCardWarningShown());
        QVERIFY(intake.identityBar()->applicantKey().isEmpty());
    }

    void faceCheckShowsResultAndOverrideNeedsReason() {
        if (!vision::FacePipeline::load(vision::FacePipeline::defaultPackDir()).ok())
            QSKIP("the face model pack is not installed (installer/install-face-models.sh)");
        if (test::sharedDir().isEmpty() ||
            !QFileInfo::exists(lfw(QStringLiteral("Tony_Blair_0018"))))
            QSKIP("../shared/facedata (LFW) is absent");
        // The administrator is signed in: operator of the check, and allowed to override.
        const auto &first = m_ws->firstRun();
        QVERIFY(m_ws->context().auth().login(first.adminName, first.adminOneTimePassword).ok());
        FaceCheckDialog dialog(m_ws->context());
        dialog.show();
        FaceCheckOptions options; // still photos: no blink, not "live" (see tst_facechecksession)
        options.challenge = FaceChallenge::None;
        options.thresholds.liveAt = 0.0;
        dialog.setOptions(options);
        dialog.setSubject(QStringLiteral("150302199003071238"),
                          QStringLiteral("150302********1238"), QString());
        QList<QImage> frames;
        for (int i : {32, 48, 53, 64, 86, 91})
            frames << QImage(lfw(QStringLiteral("Tony_Blair_%1").arg(i, 4, 10, QLatin1Char('0'))));
        dialog.setFrameSource(new ImageSequenceFrameSource(frames, 30));
        dialog.setCardPhoto(QImage(lfw(QStringLiteral("Tony_Blair_0018"))));
        QVERIFY(!dialog.overrideAllowed());
        QVERIFY(dialog.startCheck());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.resultText().isEmpty(), 60000);
        QCOMPARE(dialog.resultText(), FaceCheckSession::decisionText(FaceDecision::Pass));
        QVERIFY2(dialog.detailText().contains(QStringLiteral("Score")),
                 qPrintable(dialog.detailText()));
        QCOMPARE(dialog.cardStatusText(), QStringLiteral("Face found on the card."));
        // For a look at the layout: ONEWINDOW_SCREENSHOT_DIR=/tmp/shots.
        if (const QString shots = qEnvironmentVariable("ONEWINDOW_SCREENSHOT_DIR");
            !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/facecheckdialog.png"));
        QVERIFY(dialog.overrideAllowed());
        // The override: OK stays disabled until a reason is given.
        bool okWasDisabled = false;
        test::whenModalOpens<FaceOverrideDialog>([&okWasDisabled](FaceOverrideDialog *d) {
            auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            okWasDisabled = !ok->isEnabled();
            d->findChild<QPlainTextEdit *>()->setPlainText(
                QStringLiteral("Applicant asked for a second look"));
            ok->click();
        });
        QVERIFY(dialog.overrideResult());
        QVERIFY(okWasDisabled);
        QVERIFY2(dialog.resultText().contains(first.adminName), qPrintable(dialog.resultText()));
        const auto overrides =
            m_ws->context().faceChecks().overridesOf(dialog.session()->lastResult()->recordId);
        QCOMPARE(overrides->size(), 1);
        QCOMPARE(overrides->first().role, Role::Admin);
        QCOMPARE(overrides->first().reason, QStringLiteral("Applicant asked for a second look"));
    }

    void overrideDialogRules_data() {
        QTest::addColumn<QList<Role>>("roles");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("okEnabled");
        QTest::newRow("clerk") << QList<Role>{Role::Clerk} << QStringLiteral("I know him") << false;
        QTest::newRow("supervisor, no reason")
            << QList<Role>{Role::Supervisor} << QString() << false;
        QTest::newRow("supervisor, short")
            << QList<Role>{Role::Supervisor} << QStringLiteral("ok") << false;
        QTest::newRow("supervisor")
            << QList<Role>{Role::Supervisor} << QStringLiteral("Checked the passport") << true;
    }
    void overrideDialogRules() {
        QFETCH(QList<Role>, roles);
        QFETCH(QString, reason);
        QFETCH(bool, okEnabled);
        FaceOverrideDialog dialog(FaceDecision::Review, QStringLiteral("someone"), roles);
        dialog.findChild<QPlainTextEdit *>()->setPlainText(reason);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(ok->isEnabled(), okEnabled);
        if (!roles.contains(Role::Supervisor))
            QVERIFY2(dialog.problemText().contains(QStringLiteral("supervisor")),
                     qPrintable(dialog.problemText()));
        QVERIFY(dialog.decision() != FaceDecision::Review); // the current one is not offered
    }

    void faceCheckNeedsACardHolder() {
        IntakeWidget intake(m_ws->context());
        QVERIFY(!intake.identityBar()->openFaceCheck());
        QVERIFY(intake.identityBar()->statusText().contains(QStringLiteral("F10")));
    }
};

QTEST_MAIN(TestFaceCheckWidgets)
#include "tst_facecheckwidgets.moc"
