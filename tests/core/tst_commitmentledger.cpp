#include "commitmentledger.h"
#include "intakedesk.h"
#include "intakefixture.h"

#include <QTest>

using namespace ow;

namespace {

const QString kDeferrable = QStringLiteral("法定代表人身份证明书");

Commitment commitment(const QString &id, QDate promised) {
    Commitment c;
    c.id = id;
    c.caseId = QStringLiteral("V1-1");
    c.material = id;
    c.promisedDate = promised;
    return c;
}

// An I02 case deferred-accepted on Mon 2 Mar 2026 with the promise for Fri 6 Mar.
IntakeCase deferredCase(ManualClock &clock, const Catalog &catalog) {
    MemorySerialCounter counter;
    IntakeDesk desk(catalog, test::calendar(), clock, counter);
    IntakeCase kase(QStringLiteral("V1-1"), *catalog.item(QStringLiteral("I02")),
                    test::legalPerson(), QStringLiteral("clerk1"), clock);
    for (const ChecklistEntry &e : kase.checklist.entries())
        if (e.state == MaterialState::Missing)
            kase.checklist.markReceived(e.standard.name, true, 1);
    kase.checklist.markDeferred(kDeferrable, QDate(2026, 3, 6));
    desk.acceptDeferred(kase, QStringLiteral("clerk1"));
    return kase;
}

} // namespace

class TestCommitmentLedger : public QObject {
    Q_OBJECT

private slots:
    void supplyPartlyThenFully() {
        ManualClock clock(test::at(2026, 3, 3));
        Commitment c = commitment(QStringLiteral("C1"), QDate(2026, 3, 6));
        QVERIFY(!CommitmentLedger::supply(c, QStringLiteral("  "), false, QStringLiteral("clerk1"),
                                          clock)
                     .ok());
        QVERIFY(CommitmentLedger::supply(c, QStringLiteral("3份中的2份"), false,
                                         QStringLiteral("clerk1"), clock)
                    .ok());
        QCOMPARE(c.state, Commitment::State::Open);
        QVERIFY(c.partlySupplied());
        QCOMPARE(c.supplies.first().what, QStringLiteral("3份中的2份"));
        clock.advanceDays(1);
        QVERIFY(CommitmentLedger::supply(c, QStringLiteral("第3份"), true, QStringLiteral("clerk2"),
                                         clock)
                    .ok());
        QCOMPARE(c.state, Commitment::State::Supplied);
        QCOMPARE(c.suppliedOn, QDate(2026, 3, 4));
        QCOMPARE(c.supplies.size(), 2);
        QVERIFY(!CommitmentLedger::supply(c, QStringLiteral("again"), true,
                                          QStringLiteral("clerk2"), clock)
                     .ok());
    }

    void lists_data() {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("within");
        QTest::addColumn<QStringList>("dueSoon");
        QTest::addColumn<QStringList>("overdue");
        // Promises: A Fri 6 Mar, B Mon 9 Mar, C Fri 13 Mar; D supplied, due 5 Mar.
        QTest::newRow("Wednesday, 2 days")
            << QDate(2026, 3, 4) << 2 << QStringList{QStringLiteral("A")} << QStringList{};
        QTest::newRow("Thursday, 2 days")
            << QDate(2026, 3, 5) << 2 << QStringList{QStringLiteral("A"), QStringLiteral("B")}
            << QStringList{};
        QTest::newRow("Thursday, 0 days")
            << QDate(2026, 3, 5) << 0 << QStringList{} << QStringList{};
        QTest::newRow("Friday, due today")
            << QDate(2026, 3, 6) << 0 << QStringList{QStringLiteral("A")} << QStringList{};
        QTest::newRow("Saturday") << QDate(2026, 3, 7) << 1 << QStringList{QStringLiteral("B")}
                                  << QStringList{QStringLiteral("A")};
        QTest::newRow("week after")
            << QDate(2026, 3, 16) << 5 << QStringList{}
            << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    }

    void lists() {
        QFETCH(QDate, today);
        QFETCH(int, within);
        QFETCH(QStringList, dueSoon);
        QFETCH(QStringList, overdue);
        ManualClock clock(QDateTime(today, QTime(10, 0)));
        Commitment supplied = commitment(QStringLiteral("D"), QDate(2026, 3, 5));
        supplied.state = Commitment::State::Supplied;
        const QList<Commitment> all = {commitment(QStringLiteral("C"), QDate(2026, 3, 13)),
                                       commitment(QStringLiteral("A"), QDate(2026, 3, 6)), supplied,
                                       commitment(QStringLiteral("B"), QDate(2026, 3, 9))};
        const auto soon = CommitmentLedger::dueSoon(all, clock, test::calendar(), within);
        QVERIFY2(soon.ok(), qPrintable(soon.error()));
        QStringList soonIds, overdueIds;
        for (const Commitment &c : *soon)
            soonIds << c.id;
        for (const Commitment &c : CommitmentLedger::overdue(all, clock))
            overdueIds << c.id;
        QCOMPARE(soonIds, dueSoon);
        QCOMPARE(overdueIds, overdue);
    }

    void dueSoonOutsideCalendar() {
        ManualClock clock(test::at(2026, 12, 30));
        const auto soon = CommitmentLedger::dueSoon({}, clock, test::calendar(), 5);
        QVERIFY(!soon.ok());
        QVERIFY(soon.error().contains(QStringLiteral("2027")));
    }

    void overdueRule_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("underReview");
        QTest::addColumn<CaseState>("expected");
        QTest::newRow("terminate") << "" << false << CaseState::Terminated;
        QTest::newRow("terminate under review") << "" << true << CaseState::Terminated;
        QTest::newRow("refuse") << "refuse" << false << CaseState::Refused;
        QTest::newRow("refuse under review") << "refuse" << true << CaseState::Denied;
    }

    void overdueRule() {
        QFETCH(QString, rule);
        QFETCH(bool, underReview);
        QFETCH(CaseState, expected);
        Catalog catalog = test::demoCatalog();
        catalog.items[1].deferralOverdueRule = rule;
        ManualClock clock(test::at(2026, 3, 2));
        IntakeCase kase = deferredCase(clock, catalog);
        QCOMPARE(kase.state(), CaseState::DeferredAccepted);
        if (underReview)
            QVERIFY(
                kase.transition(CaseState::UnderReview, QStringLiteral("back"), {}, clock).ok());
        Commitment c = kase.commitments.first();

        clock.set(test::at(2026, 3, 6)); // the promised day itself is not overdue
        QVERIFY(CommitmentLedger::overdue(kase.commitments, clock).isEmpty());
        QVERIFY(!CommitmentLedger::applyOverdueRule(c, kase, catalog.items[1],
                                                    QStringLiteral("sys"), clock)
                     .ok());

        clock.set(test::at(2026, 3, 9));
        QCOMPARE(CommitmentLedger::overdue(kase.commitments, clock).size(), 1);
        const auto outcome = CommitmentLedger::applyOverdueRule(c, kase, catalog.items[1],
                                                                QStringLiteral("sys"), clock);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome->caseState, expected);
        QCOMPARE(kase.state(), expected);
        QCOMPARE(c.state, Commitment::State::Breached);
        QCOMPARE(kase.commitments.first().state, Commitment::State::Breached);
        QCOMPARE(outcome->mark.applicantKey, test::legalPerson().creditCode);
        QCOMPARE(outcome->mark.material, kDeferrable);
        QCOMPARE(outcome->mark.date, QDate(2026, 3, 9));
        QVERIFY(kase.applicant.credit.blacklisted);
        QVERIFY(kase.events().last().reason.contains(kDeferrable));
        // a breached commitment can be neither supplied nor handled again
        QVERIFY(!CommitmentLedger::supply(c, QStringLiteral("late"), true, QStringLiteral("clerk1"),
                                          clock)
                     .ok());
        QVERIFY(!CommitmentLedger::applyOverdueRule(c, kase, catalog.items[1],
                                                    QStringLiteral("sys"), clock)
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestCommitmentLedger)
#include "tst_commitmentledger.moc"
