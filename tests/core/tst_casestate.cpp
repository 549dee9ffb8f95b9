#include "intakefixture.h"
#include "visit.h"

#include <QTest>

using namespace ow;

namespace {
using S = CaseState;
}

class TestCaseState : public QObject {
    Q_OBJECT

private slots:
    // Every pair of states: legal exactly when listed here (docs/intake.md).
    void table_data() {
        QTest::addColumn<CaseState>("from");
        QTest::addColumn<CaseState>("to");
        QTest::addColumn<bool>("legal");
        const QList<std::pair<S, S>> legal = {
            {S::Received, S::Accepted},
            {S::Received, S::DeferredAccepted},
            {S::Received, S::CorrectionRequested},
            {S::Received, S::Refused},
            {S::CorrectionRequested, S::Accepted},
            {S::CorrectionRequested, S::DeferredAccepted},
            {S::CorrectionRequested, S::CorrectionRequested},
            {S::CorrectionRequested, S::Refused},
            {S::CorrectionRequested, S::Terminated},
            {S::Accepted, S::UnderReview},
            {S::DeferredAccepted, S::UnderReview},
            {S::DeferredAccepted, S::Refused},
            {S::DeferredAccepted, S::Terminated},
            {S::UnderReview, S::Approved},
            {S::UnderReview, S::Denied},
            {S::UnderReview, S::Terminated},
            {S::Approved, S::Delivered},
            {S::Denied, S::Delivered},
        };
        for (S from : CaseTransitions::allStates())
            for (S to : CaseTransitions::allStates()) {
                const bool isLegal = legal.contains({from, to});
                QTest::addRow("%s -> %s", qPrintable(CaseTransitions::name(from)),
                              qPrintable(CaseTransitions::name(to)))
                    << from << to << isLegal;
            }
    }

    void table() {
        QFETCH(CaseState, from);
        QFETCH(CaseState, to);
        QFETCH(bool, legal);
        QCOMPARE(CaseTransitions::allowed(from, to), legal);
        IntakeCase kase;
        kase.restoreHistory(from, {});
        ManualClock clock(test::at(2026, 3, 2));
        const Status moved =
            kase.transition(to, QStringLiteral("clerk1"), QStringLiteral("r"), clock);
        QCOMPARE(moved.ok(), legal);
        QCOMPARE(kase.state(), legal ? to : from);
        QCOMPARE(kase.events().size(), legal ? 1 : 0);
        if (!legal) // the message names both states
            QVERIFY2(moved.error().contains(CaseTransitions::name(from)) &&
                         moved.error().contains(CaseTransitions::name(to)),
                     qPrintable(moved.error()));
    }

    void finalStates() {
        QVERIFY(CaseTransitions::isFinal(S::Refused));
        QVERIFY(CaseTransitions::isFinal(S::Delivered));
        QVERIFY(CaseTransitions::isFinal(S::Terminated));
        QVERIFY(!CaseTransitions::isFinal(S::DeferredAccepted));
        for (S s : CaseTransitions::allStates())
            QCOMPARE(CaseTransitions::fromName(CaseTransitions::name(s)), std::optional<S>(s));
        QVERIFY(!CaseTransitions::fromName(QStringLiteral("nope")).has_value());
    }

    void eventsCarryActorTimeReason() {
        ManualClock clock(test::at(2026, 3, 2, 9));
        IntakeCase kase(QStringLiteral("V1-1"), test::demoItem("I02"), test::legalPerson(),
                        QStringLiteral("clerk1"), clock);
        QCOMPARE(kase.state(), S::Received);
        QCOMPARE(kase.receivedAt, test::at(2026, 3, 2, 9));
        clock.advanceSecs(600);
        QVERIFY(kase.transition(S::Accepted, QStringLiteral("clerk1"), QStringLiteral("材料齐全"),
                                clock)
                    .ok());
        QVERIFY(!kase.transition(S::UnderReview, QString(), QStringLiteral("x"), clock).ok());
        clock.advanceSecs(3600);
        QVERIFY(kase.transition(S::UnderReview, QStringLiteral("backoffice"), {}, clock).ok());
        QCOMPARE(kase.events().size(), 2);
        const CaseEvent &first = kase.events().first();
        QCOMPARE(first.from, S::Received);
        QCOMPARE(first.to, S::Accepted);
        QCOMPARE(first.actor, QStringLiteral("clerk1"));
        QCOMPARE(first.at, test::at(2026, 3, 2, 9).addSecs(600));
        QCOMPARE(first.reason, QStringLiteral("材料齐全"));
        QCOMPARE(kase.events().last().actor, QStringLiteral("backoffice"));
    }

    void visitCarriesSeveralCases() {
        ManualClock clock(test::at(2026, 3, 2));
        Visit visit;
        visit.id = QStringLiteral("V20260302-001");
        visit.applicant = test::legalPerson();
        auto first = visit.addCase(test::demoItem("I02"), QStringLiteral("clerk1"), clock);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        auto second = visit.addCase(test::demoItem("I44"), QStringLiteral("clerk1"), clock);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(visit.cases.size(), 2);
        QCOMPARE(visit.cases.at(1).id, QStringLiteral("V20260302-001-2"));
        QCOMPARE(visit.cases.at(1).visitId, visit.id);
        // the same item twice while the first is open
        QVERIFY(!visit.addCase(test::demoItem("I02"), QStringLiteral("clerk1"), clock).ok());
        // an item for natural persons only
        const auto wrongParty =
            visit.addCase(test::demoItem("I06"), QStringLiteral("clerk1"), clock);
        QVERIFY(!wrongParty.ok());
        QVERIFY(wrongParty.error().contains(QStringLiteral("I06")));
        QVERIFY(visit.caseById(QStringLiteral("V20260302-001-1")));
        QVERIFY(!visit.caseById(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestCaseState)
#include "tst_casestate.moc"
