// The Chinese intake screen: the rules' reasons (refusals, blockers, ID checks) appear in
// Chinese, and a blacklisted applicant shows the red 失信 badge with F6 disabled.
#include "../models/intakesessionfixture.h"
#include "applicantpanel.h"
#include "checklistpanel.h"
#include "commitmentservice.h"
#include "guitestsupport.h"
#include "idnumber.h"
#include "intakewidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace ow;
using ow::test::IntakeSessionFixture;

class TestIntakeChinese : public QObject {
    Q_OBJECT

    // Types the enterprise into the applicant panel (ASCII by keys, Chinese by the input
    // method) and starts the visit.
    static bool startEnterpriseVisit(IntakeWidget &intake) {
        intake.findChild<QRadioButton *>(QStringLiteral("legalRadio"))->click();
        auto *code = intake.findChild<QLineEdit *>(QStringLiteral("creditCodeEdit"));
        code->setFocus();
        QTest::keyClicks(code, IntakeSessionFixture::enterpriseCode());
        test::commitText(intake.findChild<QLineEdit *>(QStringLiteral("orgNameEdit")),
                         IntakeSessionFixture::enterprise().name);
        test::commitText(intake.findChild<QLineEdit *>(QStringLiteral("representativeEdit")),
                         QStringLiteral("王建国"));
        return intake.applicantPanel()->startVisit();
    }

private slots:
    void initTestCase() { QVERIFY(test::installChinese()); }

    void refusalReasonInChinese_data() {
        QTest::addColumn<QString>("expected");
        QTest::newRow("required missing")
            << QStringLiteral("缺少必要材料“劳务派遣经营许可申请书”。");
        QTest::newRow("another one") << QStringLiteral("缺少必要材料“劳务派遣管理制度”。");
    }
    void refusalReasonInChinese() {
        QFETCH(QString, expected);
        IntakeSessionFixture fx;
        QCOMPARE(fx.open(), QString());
        IntakeWidget intake(fx.context());
        intake.show();
        QVERIFY(QTest::qWaitForWindowExposed(&intake));
        QVERIFY2(startEnterpriseVisit(intake), qPrintable(intake.applicantPanel()->problemsText()));
        QVERIFY(intake.addItem(QStringLiteral("I16")));
        QVERIFY(!intake.acceptCase()); // F5 with nothing received
        const QString message = intake.messageText();
        QVERIFY2(message.split(QLatin1Char('\n')).contains(expected), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Required")), qPrintable(message));
        // The blockers beside the checklist speak the same language.
        QVERIFY2(intake.checklistPanel()->blockersText().contains(
                     QStringLiteral("缺少（必要材料，不可容缺）")),
                 qPrintable(intake.checklistPanel()->blockersText()));
    }

    void idNumberReasonInChinese() {
        IntakeSessionFixture fx;
        QCOMPARE(fx.open(), QString());
        IntakeWidget intake(fx.context());
        intake.show();
        QVERIFY(QTest::qWaitForWindowExposed(&intake));
        // A well-formed number with a correct check digit but no such province (00): the
        // reason comes from the core's IdNumber.
        const QString first17 = QStringLiteral("00030219900307123");
        const QString id = first17 + IdNumber::checkCharacter(first17);
        auto *edit = intake.findChild<QLineEdit *>(QStringLiteral("idNumberEdit"));
        edit->setFocus();
        QTest::keyClicks(edit, id);
        const QString status = intake.findChild<QLabel *>(QStringLiteral("idStatusLabel"))->text();
        QVERIFY2(status.contains(QStringLiteral("不是有效的省级行政区划代码")), qPrintable(status));
        QVERIFY2(!status.contains(QStringLiteral("address code")), qPrintable(status));
    }

    void blacklistedApplicant() {
        IntakeSessionFixture fx;
        QCOMPARE(fx.open(), QString());
        // An earlier deferred acceptance left overdue and processed: the credit is marked.
        IntakeSession &session = fx.session();
        QVERIFY(session.startVisit(IntakeSessionFixture::enterprise()).isEmpty());
        const auto added = session.addItem(QStringLiteral("I45"));
        QVERIFY(added);
        for (const ChecklistEntry &e : session.caseById(added.value())->checklist.entries())
            if (e.required() && !e.satisfied() && !e.deferrable()) {
                MaterialMark received;
                received.state = MaterialState::Received;
                QVERIFY(session.markMaterial(added.value(), e.standard.name, received));
            }
        QMap<QString, QDate> promises;
        for (const QString &name : session.materialsToPromise(added.value()))
            promises.insert(name, QDate(2026, 3, 16));
        QVERIFY(session.acceptDeferred(added.value(), promises).ok);
        session.closeVisit();
        fx.clock().set(QDateTime(QDate(2026, 3, 18), QTime(9, 0)));
        const auto open = session.commitments().openEntries();
        QVERIFY(open && open->size() == 1);
        QVERIFY(session.commitments().processOverdue(added.value(), open->first().commitment.id));

        IntakeWidget intake(fx.context());
        intake.show();
        QVERIFY(QTest::qWaitForWindowExposed(&intake));
        ApplicantPanel *panel = intake.applicantPanel();
        QVERIFY(!panel->creditBadgeShown());
        QVERIFY(startEnterpriseVisit(intake));
        QVERIFY(panel->creditBadgeShown());
        QCOMPARE(intake.findChild<QLabel *>(QStringLiteral("creditBadgeLabel"))->text(),
                 QStringLiteral("失信"));
        QVERIFY2(panel->creditReasonText().startsWith(QStringLiteral("失信记录：")),
                 qPrintable(panel->creditReasonText()));
        QVERIFY(panel->creditReasonText().contains(QStringLiteral("容缺"))); // the mark's reason

        QVERIFY(intake.addItem(QStringLiteral("I16")));
        QVERIFY(!intake.deferButton()->isEnabled());
        QVERIFY2(
            intake.deferButton()->toolTip().startsWith(QStringLiteral("申请人已列入失信名单（")),
            qPrintable(intake.deferButton()->toolTip()));
        // F6 still reaches the widget: it refuses with the same words.
        QVERIFY(!intake.acceptDeferred());
        QVERIFY(intake.messageText().contains(QStringLiteral("不得适用容缺受理")));
        // F5 stays available.
        QVERIFY(intake.findChild<QPushButton *>(QStringLiteral("acceptButton"))->isEnabled());
    }

    void badgeWhileTyping() {
        IntakeSessionFixture fx;
        QCOMPARE(fx.open(), QString());
        CreditMark mark;
        mark.applicantKey = IntakeSessionFixture::personId();
        mark.caseId = QStringLiteral("V20260101-0001-1");
        mark.commitmentId = QStringLiteral("V20260101-0001-1-C1");
        mark.material = QStringLiteral("经营场所使用证明");
        mark.date = QDate(2026, 1, 20);
        mark.reason = QStringLiteral("容缺受理承诺未履行（办件V20260101-0001-1）");
        QVERIFY(fx.context().cases().markCredit(mark));
        IntakeWidget intake(fx.context());
        intake.show();
        QVERIFY(QTest::qWaitForWindowExposed(&intake));
        auto *edit = intake.findChild<QLineEdit *>(QStringLiteral("idNumberEdit"));
        edit->setFocus();
        QTest::keyClicks(edit, IntakeSessionFixture::personId().left(17));
        QVERIFY(!intake.applicantPanel()->creditBadgeShown());
        QTest::keyClicks(edit, IntakeSessionFixture::personId().right(1));
        QVERIFY(intake.applicantPanel()->creditBadgeShown());
        QVERIFY(intake.applicantPanel()->creditReasonText().contains(mark.reason));
        QTest::keyClick(edit, Qt::Key_Backspace); // another number: the badge goes
        QVERIFY(!intake.applicantPanel()->creditBadgeShown());
    }
};

QTEST_MAIN(TestIntakeChinese)
#include "tst_intakechinese.moc"
