#include "intakedesk.h"
#include "intakefixture.h"
#include "intakerules.h"

#include <QTest>

using namespace ow;

namespace {

using Code = IntakeRefusal::Code;
using Codes = QList<Code>;

const QString kReport = QStringLiteral("项目申请书");
const QString kDeferrable = QStringLiteral("法定代表人身份证明书");

// An I02 case (企业投资项目核准: committed 10 working days, one deferrable material) opened
// on Monday 2 March 2026 with everything present.
IntakeCase completeCase(const Clock &clock, const Item &item = test::demoItem("I02")) {
    IntakeCase kase(QStringLiteral("V1-1"), item, test::legalPerson(), QStringLiteral("clerk1"),
                    clock);
    for (const ChecklistEntry &e : kase.checklist.entries())
        if (e.state == MaterialState::Missing)
            kase.checklist.markReceived(e.standard.name, true, e.standard.count);
    return kase;
}

QList<Code> codesOf(const QList<IntakeRefusal> &refusals) {
    QList<Code> codes;
    for (const IntakeRefusal &r : refusals)
        codes << r.code;
    return codes;
}

} // namespace

class TestIntakeRules : public QObject {
    Q_OBJECT

private slots:
    void accept_data() {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<Codes>("codes");
        QTest::newRow("complete") << "" << Codes{};
        QTest::newRow("required missing") << "missing" << Codes{Code::RequiredMaterialMissing};
        QTest::newRow("required defective")
            << "defective" << Codes{Code::RequiredMaterialDefective};
        QTest::newRow("required deferred") << "deferred" << Codes{Code::RequiredMaterialDeferred};
        QTest::newRow("all three")
            << "missing,defective,deferred"
            << Codes{Code::RequiredMaterialMissing, Code::RequiredMaterialDeferred};
        QTest::newRow("already accepted") << "accepted" << Codes{Code::WrongState};
    }

    void accept() {
        QFETCH(QString, setup);
        QFETCH(Codes, codes);
        ManualClock clock(test::at(2026, 3, 2));
        IntakeCase kase = completeCase(clock);
        if (setup.contains(QLatin1String("missing")))
            kase.checklist.markMissing(kReport);
        if (setup.contains(QLatin1String("defective")) && !setup.contains(QLatin1String("missing")))
            kase.checklist.markDefective(kReport, QStringLiteral("未盖章"));
        if (setup.contains(QLatin1String("deferred")))
            kase.checklist.markDeferred(kDeferrable, QDate(2026, 3, 6));
        if (setup == QLatin1String("accepted"))
            kase.restoreHistory(CaseState::Accepted, {});
        const auto decision = IntakeRules::accept(kase, test::demoItem("I02"), clock.today());
        QCOMPARE(codesOf(decision.refusals()), codes);
        QCOMPARE(decision.ok(), codes.isEmpty());
        if (decision.ok())
            QCOMPARE(decision.value().acceptedOn, QDate(2026, 3, 2));
    }

    void optionalMaterialMayBeMissing() {
        ManualClock clock(test::at(2026, 3, 2));
        const Item &item = test::demoItem("I44"); // 授权委托书 is 非必要
        IntakeCase kase = completeCase(clock, item);
        kase.checklist.markMissing(QStringLiteral("授权委托书及受托人身份证明"));
        QVERIFY(IntakeRules::accept(kase, item, clock.today()).ok());
    }

    // Each reason deferred acceptance is refused, one row each, and one row with several.
    void deferred_data() {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<Codes>("codes");
        QTest::newRow("allowed") << "defer" << Codes{};
        QTest::newRow("last allowed day") << "defer,lastDay" << Codes{};
        QTest::newRow("item does not allow it")
            << "defer,itemOff" << Codes{Code::DeferralNotAllowed};
        QTest::newRow("non-deferrable missing")
            << "defer,reportMissing" << Codes{Code::NonDeferrableMissing};
        QTest::newRow("non-deferrable defective")
            << "defer,reportDefective" << Codes{Code::NonDeferrableMissing};
        QTest::newRow("deferrable missing without promise")
            << "" << Codes{Code::DeferrableNotPromised};
        QTest::newRow("applicant blacklisted")
            << "defer,blacklisted" << Codes{Code::ApplicantBlacklisted};
        QTest::newRow("promise beyond the limit")
            << "defer,tooLate" << Codes{Code::PromisedDateTooLate};
        QTest::newRow("promise beyond max_days")
            << "defer,maxDays2" << Codes{Code::PromisedDateTooLate};
        QTest::newRow("promise in the past") << "defer,past" << Codes{Code::PromisedDateInPast};
        QTest::newRow("nothing deferred") << "allPresent" << Codes{Code::NothingDeferred};
        QTest::newRow("wrong state") << "defer,accepted" << Codes{Code::WrongState};
        QTest::newRow("several at once")
            << "defer,itemOff,blacklisted,reportMissing,tooLate"
            << Codes{Code::DeferralNotAllowed, Code::ApplicantBlacklisted,
                     Code::NonDeferrableMissing, Code::PromisedDateTooLate};
    }

    void deferred() {
        QFETCH(QString, setup);
        QFETCH(Codes, codes);
        const QStringList flags = setup.split(QLatin1Char(','));
        ManualClock clock(test::at(2026, 3, 2));
        Item item = test::demoItem("I02");
        if (flags.contains(QStringLiteral("itemOff")))
            item.deferralAllowed = false;
        if (flags.contains(QStringLiteral("maxDays2")))
            item.deferralMaxDays = 2;
        IntakeCase kase = completeCase(clock, item);
        kase.checklist.markMissing(kDeferrable);
        // 2 Mar + 10 working days = 16 Mar.
        QDate promised(2026, 3, 6);
        if (flags.contains(QStringLiteral("lastDay")))
            promised = QDate(2026, 3, 16);
        if (flags.contains(QStringLiteral("tooLate")))
            promised = QDate(2026, 3, 17);
        if (flags.contains(QStringLiteral("past")))
            promised = QDate(2026, 2, 27);
        if (flags.contains(QStringLiteral("defer")))
            QVERIFY(kase.checklist.markDeferred(kDeferrable, promised).ok());
        if (flags.contains(QStringLiteral("allPresent")))
            kase.checklist.markReceived(kDeferrable, true, 1);
        if (flags.contains(QStringLiteral("reportMissing")))
            kase.checklist.markMissing(kReport);
        if (flags.contains(QStringLiteral("reportDefective")))
            kase.checklist.markDefective(kReport, QStringLiteral("未盖章"));
        if (flags.contains(QStringLiteral("blacklisted")))
            kase.applicant.credit = CreditStatus{true, QStringLiteral("逾期未补交")};
        if (flags.contains(QStringLiteral("accepted")))
            kase.restoreHistory(CaseState::UnderReview, {});

        const auto decision =
            IntakeRules::deferredAccept(kase, item, test::calendar(), clock.now());
        QCOMPARE(codesOf(decision.refusals()), codes);
        for (const IntakeRefusal &r : decision.refusals())
            QVERIFY(!r.message.isEmpty());
        if (codes.isEmpty()) {
            QVERIFY(decision.ok());
            QCOMPARE(decision.value().commitments.size(), 1);
            const Commitment &c = decision.value().commitments.first();
            QCOMPARE(c.material, kDeferrable);
            QCOMPARE(c.promisedDate, promised);
            QCOMPARE(c.applicantKey, test::legalPerson().creditCode);
            QCOMPARE(decision.value().latestPromiseAllowed, QDate(2026, 3, 16));
        }
    }

    void latestPromiseAcrossSpringFestival() {
        // Fri 13 Feb + 10 working days: 14 Feb, 24-27 Feb, 28 Feb, 2-5 Mar → 5 Mar.
        const auto latest = IntakeRules::latestPromiseDate(test::demoItem("I02"), test::calendar(),
                                                           QDate(2026, 2, 13));
        QVERIFY(latest.ok());
        QCOMPARE(*latest, QDate(2026, 3, 5));
        const auto outside = IntakeRules::latestPromiseDate(test::demoItem("I02"), test::calendar(),
                                                            QDate(2027, 2, 1));
        QVERIFY(!outside.ok());
        QVERIFY(outside.error().contains(QStringLiteral("2027")));
    }

    void correctionListsEveryMaterial() {
        ManualClock clock(test::at(2026, 3, 2));
        IntakeCase kase = completeCase(clock);
        kase.checklist.markDefective(kReport, QStringLiteral("未盖章"));
        kase.checklist.markMissing(kDeferrable);
        const auto d = IntakeRules::correction(kase, test::demoItem("I02"), {},
                                               QStringLiteral("clerk1"), clock.now());
        QVERIFY2(d.ok(), qPrintable(d.message()));
        QCOMPARE(d.value().record.materials, (QStringList{kReport, kDeferrable}));
        QCOMPARE(d.value().materials.size(), 2);
        QCOMPARE(d.value().materials.first().reason, QStringLiteral("未盖章"));
        QVERIFY(!d.value().clockPauses);
        QVERIFY(!d.value().violation.has_value());

        IntakeCase complete = completeCase(clock);
        const auto nothing = IntakeRules::correction(complete, test::demoItem("I02"), {},
                                                     QStringLiteral("clerk1"), clock.now());
        QVERIFY(nothing.refusedFor(Code::NothingToCorrect));
    }

    void repeatedNotice_data() {
        QTest::addColumn<QString>("second"); // what the later notice asks for
        QTest::addColumn<QString>("justification");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("violation");
        QTest::newRow("same material again") << "report"
                                             << "" << true << false;
        QTest::newRow("new material, no justification") << "report,deferrable"
                                                        << "" << false << false;
        QTest::newRow("new material, blank justification") << "deferrable"
                                                           << "  " << false << false;
        QTest::newRow("new material, justified")
            << "report,deferrable"
            << "补正后的申请书载明新股东，需其身份证明" << true << true;
    }

    void repeatedNotice() {
        QFETCH(QString, second);
        QFETCH(QString, justification);
        QFETCH(bool, ok);
        QFETCH(bool, violation);
        ManualClock clock(test::at(2026, 3, 2));
        MemorySerialCounter counter;
        Catalog catalog = test::demoCatalog();
        IntakeDesk desk(catalog, test::calendar(), clock, counter);
        IntakeCase kase = completeCase(clock);
        kase.checklist.markDefective(kReport, QStringLiteral("未盖章"));
        const auto first = desk.requestCorrection(kase, {}, QStringLiteral("clerk1"));
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QCOMPARE(kase.state(), CaseState::CorrectionRequested);
        QCOMPARE(kase.notices.first().number, QStringLiteral("发改委补〔2026〕0001号"));

        clock.advanceDays(2);
        kase.checklist.markReceived(kReport, true, 1);
        if (second.contains(QLatin1String("report")))
            kase.checklist.markDefective(kReport, QStringLiteral("仍缺签字"));
        if (second.contains(QLatin1String("deferrable")))
            kase.checklist.markMissing(kDeferrable);
        const auto later = desk.requestCorrection(kase, justification, QStringLiteral("clerk2"));
        QCOMPARE(later.ok(), ok);
        if (!ok) {
            QVERIFY(later.refusedFor(Code::JustificationRequired));
            QCOMPARE(later.refusals().first().material, kDeferrable);
            QCOMPARE(kase.notices.size(), 1); // nothing recorded
            return;
        }
        QCOMPARE(kase.notices.size(), 2);
        QCOMPARE(kase.violations.size(), violation ? 1 : 0);
        if (violation) {
            const Violation &v = kase.violations.first();
            QCOMPARE(v.newMaterials, QStringList{kDeferrable});
            QCOMPARE(v.actor, QStringLiteral("clerk2"));
            QCOMPARE(v.noticeNumber, QStringLiteral("发改委补〔2026〕0002号"));
            QCOMPARE(v.justification, justification);
            QCOMPARE(v.at, clock.now());
        }
    }

    void refusal_data() {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("ok");
        QTest::newRow("with reason") << "不属于本机关职权范围" << true;
        QTest::newRow("no reason") << "" << false;
        QTest::newRow("blank reason") << "   " << false;
    }

    void refusal() {
        QFETCH(QString, reason);
        QFETCH(bool, ok);
        ManualClock clock(test::at(2026, 3, 2));
        MemorySerialCounter counter;
        IntakeDesk desk(test::demoCatalog(), test::calendar(), clock, counter);
        IntakeCase kase = completeCase(clock);
        const auto d = desk.refuse(kase, reason, QStringLiteral("自治区发展和改革委员会"),
                                   QStringLiteral("clerk1"));
        QCOMPARE(d.ok(), ok);
        QCOMPARE(kase.state(), ok ? CaseState::Refused : CaseState::Received);
        if (ok) {
            QCOMPARE(kase.notices.last().reason, reason);
            QCOMPARE(kase.notices.last().number, QStringLiteral("发改委不受〔2026〕0001号"));
            QCOMPARE(kase.events().last().reason, reason);
        } else {
            QVERIFY(d.refusedFor(Code::ReasonRequired));
        }
    }

    void deskAcceptStartsTheClock() {
        ManualClock clock(test::at(2026, 2, 13));
        MemorySerialCounter counter;
        IntakeDesk desk(test::demoCatalog(), test::calendar(), clock, counter);
        IntakeCase kase = completeCase(clock);
        const auto d = desk.accept(kase, QStringLiteral("clerk1"));
        QVERIFY2(d.ok(), qPrintable(d.message()));
        QCOMPARE(kase.state(), CaseState::Accepted);
        QCOMPARE(kase.acceptedOn, QDate(2026, 2, 13));
        QCOMPARE(kase.number, QStringLiteral("发改委受〔2026〕0001号"));
        const DeadlineTrack *committed = kase.overallTrack(DeadlineTrack::Basis::Committed);
        const DeadlineTrack *legal = kase.overallTrack(DeadlineTrack::Basis::Legal);
        QVERIFY(committed && legal);
        QCOMPARE(*LegalClock::due(*committed, test::calendar(), clock.today()), QDate(2026, 3, 5));
        // 20 working days: 14 Feb, 24-28 Feb (5), 2-6, 9-13, 16-19 Mar → 19 Mar.
        QCOMPARE(*LegalClock::due(*legal, test::calendar(), clock.today()), QDate(2026, 3, 19));
        QVERIFY(
            desk.addStep(kase, QStringLiteral("窗口受理"),
                         TimeLimit{1, QStringLiteral("工作日"), {}, QStringLiteral("illustrative")},
                         DeadlineTrack::Basis::Committed, clock.today())
                .ok());
        QCOMPARE(kase.deadlines.size(), 3);
        // an impossible decision changes nothing
        IntakeCase incomplete = completeCase(clock);
        incomplete.checklist.markMissing(kReport);
        const IntakeCase before = incomplete;
        QVERIFY(!desk.accept(incomplete, QStringLiteral("clerk1")).ok());
        QVERIFY(incomplete == before);
    }

    void correctionClockRules_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QDate>("acceptedOn");
        QTest::addColumn<QDate>("committedDue");
        // Received Mon 2 Mar, notice Wed 4 Mar, complete Mon 9 Mar; 10 working days.
        // Restart: 10-13, 16-20, 23 Mar.
        QTest::newRow("restart: the complete day is the acceptance day")
            << "restart" << QDate(2026, 3, 9) << QDate(2026, 3, 23);
        // Pause: 3 Mar counts, 4-9 Mar paused, then 10-13 and 16-20 Mar.
        QTest::newRow("pause: counted from receipt, correction not counted")
            << "pause" << QDate(2026, 3, 2) << QDate(2026, 3, 20);
    }

    void correctionClockRules() {
        QFETCH(QString, rule);
        QFETCH(QDate, acceptedOn);
        QFETCH(QDate, committedDue);
        Catalog catalog = test::demoCatalog();
        catalog.items[1].correctionClock = rule; // I02
        ManualClock clock(test::at(2026, 3, 2));
        MemorySerialCounter counter;
        IntakeDesk desk(catalog, test::calendar(), clock, counter);
        IntakeCase kase = completeCase(clock, catalog.items[1]);
        kase.checklist.markMissing(kReport);
        clock.advanceDays(2);
        QVERIFY(desk.requestCorrection(kase, {}, QStringLiteral("clerk1")).ok());
        clock.set(test::at(2026, 3, 9));
        kase.checklist.markReceived(kReport, true, 1);
        const auto d = desk.accept(kase, QStringLiteral("clerk1"));
        QVERIFY2(d.ok(), qPrintable(d.message()));
        QCOMPARE(kase.acceptedOn, acceptedOn);
        const DeadlineTrack *committed = kase.overallTrack(DeadlineTrack::Basis::Committed);
        QVERIFY(committed);
        QCOMPARE(*LegalClock::due(*committed, test::calendar(), clock.today()), committedDue);
    }

    void deskDeferredAcceptance() {
        ManualClock clock(test::at(2026, 3, 2));
        MemorySerialCounter counter;
        IntakeDesk desk(test::demoCatalog(), test::calendar(), clock, counter);
        IntakeCase kase = completeCase(clock);
        kase.checklist.markDeferred(kDeferrable, QDate(2026, 3, 6));
        const auto d = desk.acceptDeferred(kase, QStringLiteral("clerk1"));
        QVERIFY2(d.ok(), qPrintable(d.message()));
        QCOMPARE(kase.state(), CaseState::DeferredAccepted);
        QCOMPARE(kase.number, QStringLiteral("发改委容〔2026〕0001号"));
        QCOMPARE(kase.commitments.size(), 1);
        QCOMPARE(kase.commitments.first().id, QStringLiteral("V1-1-C1"));
        QCOMPARE(d.value().commitments.first().id, QStringLiteral("V1-1-C1"));
        QVERIFY(kase.events().last().reason.contains(kDeferrable));
    }

    void unknownItem() {
        ManualClock clock(test::at(2026, 3, 2));
        MemorySerialCounter counter;
        IntakeDesk desk(test::demoCatalog(), test::calendar(), clock, counter);
        IntakeCase kase = completeCase(clock);
        kase.itemId = QStringLiteral("I99");
        const auto d = desk.accept(kase, QStringLiteral("clerk1"));
        QVERIFY(d.refusedFor(Code::UnknownItem));
        QVERIFY(d.message().contains(QStringLiteral("I99")));
    }
};

QTEST_GUILESS_MAIN(TestIntakeRules)
#include "tst_intakerules.moc"
