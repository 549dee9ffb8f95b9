// The commitment ledger over storage (CommitmentService, CommitmentLedgerModel) and the credit
// look-up of the intake session, against a temporary workstation with a manual clock.
#include "catalogrepository.h"
#include "commitmentledgermodel.h"
#include "commitmentservice.h"
#include "intakesessionfixture.h"
#include "workstationstore.h"

#include <QTest>

using namespace ow;
using ow::test::IntakeSessionFixture;
using Filter = CommitmentLedgerModel::Filter;

class TestCommitmentService : public QObject {
    Q_OBJECT

    static QStringList texts(std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *text : list)
            out << QString::fromUtf8(text);
        return out;
    }

    // Takes the item for the visit's applicant as far as deferred acceptance: every required
    // material that may not be deferred is received, the deferrable ones promised for `by`.
    static QString deferCase(IntakeSession &session, const QString &itemId, const QDate &by) {
        const auto added = session.addItem(itemId);
        if (!added)
            return {};
        const QString caseId = added.value();
        for (const ChecklistEntry &e : session.caseById(caseId)->checklist.entries())
            if (e.required() && !e.satisfied() && !e.deferrable()) {
                MaterialMark received;
                received.state = MaterialState::Received;
                if (!session.markMaterial(caseId, e.standard.name, received))
                    return {};
            }
        QMap<QString, QDate> promises;
        for (const QString &name : session.materialsToPromise(caseId))
            promises.insert(name, by);
        return session.acceptDeferred(caseId, promises).ok ? caseId : QString();
    }

    // Sets the item's overdue rule in the stored catalog (the demo catalog terminates).
    static QString setOverdueRule(WorkstationContext &context, const QString &itemId,
                                  const QString &rule) {
        auto db = WorkstationStore::open(context.dataDir());
        if (!db)
            return db.error();
        CatalogRepository repository(*db.value());
        auto catalog = repository.load();
        if (!catalog)
            return catalog.error();
        for (Item &item : catalog.value().items)
            if (item.id == itemId)
                item.deferralOverdueRule = rule;
        const Status replaced = repository.replace(catalog.value());
        return replaced ? QString() : replaced.error();
    }

private slots:
    void lists_data() {
        QTest::addColumn<int>("daysLater");
        QTest::addColumn<int>("horizon");
        QTest::addColumn<int>("all");
        QTest::addColumn<int>("dueSoon");
        QTest::addColumn<int>("overdue");
        QTest::addColumn<QStringList>("daysLeft"); // the ledger's column, by promised date
        // No translator here, so the plural source text shows: "working day(s)".
        // Promised Monday 2026-03-16 and Friday 2026-03-20; today Thursday 2026-03-12.
        QTest::newRow("today, 3 days")
            << 0 << 3 << 2 << 1 << 0 << texts({"2 working day(s)", "6 working day(s)"});
        QTest::newRow("today, 1 day")
            << 0 << 1 << 2 << 0 << 0 << texts({"2 working day(s)", "6 working day(s)"});
        QTest::newRow("due today")
            << 4 << 3 << 2 << 1 << 0 << texts({"due today", "4 working day(s)"});
        QTest::newRow("first overdue")
            << 5 << 3 << 2 << 1 << 1 << texts({"overdue by 1 working day(s)", "3 working day(s)"});
        QTest::newRow("both overdue")
            << 11 << 3 << 2 << 0 << 2
            << texts({"overdue by 5 working day(s)", "overdue by 1 working day(s)"});
    }
    void lists() {
        QFETCH(int, daysLater);
        QFETCH(int, horizon);
        QFETCH(int, all);
        QFETCH(int, dueSoon);
        QFETCH(int, overdue);
        QFETCH(QStringList, daysLeft);
        IntakeSessionFixture fx;
        QCOMPARE(fx.open(), QString());
        QVERIFY(fx.session().startVisit(IntakeSessionFixture::enterprise()).isEmpty());
        QVERIFY(!deferCase(fx.session(), QStringLiteral("I16"), QDate(2026, 3, 20)).isEmpty());
        QVERIFY(!deferCase(fx.session(), QStringLiteral("I45"), QDate(2026, 3, 16)).isEmpty());
        fx.clock().advanceDays(daysLater);

        CommitmentService service(fx.context());
        QCOMPARE(service.dueSoonDays(), 3); // the default horizon
        service.setDueSoonDays(horizon);
        CommitmentLedgerModel model(service);
        QVERIFY2(model.refresh(), qPrintable(model.lastError()));
        QCOMPARE(model.count(Filter::All), all);
        QCOMPARE(model.count(Filter::DueSoon), dueSoon);
        QCOMPARE(model.count(Filter::Overdue), overdue);
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, CommitmentLedgerModel::DaysLeftColumn).data().toString();
        QCOMPARE(shown, daysLeft);
        // Masked or public identifier, case number and item are shown; sorted by date.
        const LedgerEntry *first = model.entryAt(0);
        QVERIFY(first);
        QCOMPARE(first->commitment.promisedDate, QDate(2026, 3, 16));
        QCOMPARE(first->applicantDisplay, IntakeSessionFixture::enterpriseCode());
        QVERIFY(first->caseNumber.contains(QStringLiteral("〔2026〕")));
        QCOMPARE(first->itemName, QStringLiteral("食品经营许可"));

        model.setFilter(Filter::Overdue);
        QCOMPARE(model.rowCount(), overdue);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(CommitmentLedgerModel::DueStatusRole).toString(),
                     QStringLiteral("red"));
        model.setFilter(Filter::DueSoon);
        QCOMPARE(model.rowCount(), dueSoon);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(CommitmentLedgerModel::DueStatusRole).toString(),
                     QStringLiteral("yellow"));
    }

    void supply_data() {
        QTest::addColumn<bool>("complete");
        QTest::addColumn<int>("openAfter");
        QTest::newRow("partly") << false << 1;
        QTest::newRow("fully") << true << 0;
    }
    void supply() {
        QFETCH(bool, complete);
        QFETCH(int, openAfter);
        IntakeSessionFixture fx;
        QCOMPARE(fx.open(), QString());
        IntakeSession &session = fx.session();
        QVERIFY(session.startVisit(IntakeSessionFixture::enterprise()).isEmpty());
        const QString caseId = deferCase(session, QStringLiteral("I16"), QDate(2026, 3, 20));
        QVERIFY(!caseId.isEmpty());
        session.closeVisit();

        // A later visit of the same applicant shows the commitment and takes the supply.
        fx.clock().advanceDays(4);
        QVERIFY(session.startVisit(IntakeSessionFixture::enterprise()).isEmpty());
        const auto open = session.openCommitmentsOfApplicant();
        QVERIFY(open);
        QCOMPARE(open->size(), 1);
        const Commitment commitment = open->first().commitment;
        QCOMPARE(commitment.caseId, caseId);
        const QString what = QStringLiteral("租赁合同复印件（产权证明待补）");
        const Status supplied = session.commitments().supply(caseId, commitment.id, what, complete);
        QVERIFY2(supplied, qPrintable(supplied.error()));

        const auto after = session.openCommitmentsOfApplicant();
        QVERIFY(after);
        QCOMPARE(after->size(), openAfter);
        const auto stored = fx.context().cases().loadCase(caseId);
        QVERIFY(stored);
        const Commitment &kept = stored->commitments.first();
        QCOMPARE(kept.supplies.size(), 1);
        QCOMPARE(kept.supplies.first().what, what);
        QCOMPARE(kept.state, complete ? Commitment::State::Supplied : Commitment::State::Open);
        if (!complete) {
            QVERIFY(CommitmentLedgerModel::stateText(after->first()).contains(what));
            // A second, completing delivery closes it.
            QVERIFY(session.commitments().supply(caseId, commitment.id, QStringLiteral("产权证明"),
                                                 true));
            QCOMPARE(session.openCommitmentsOfApplicant()->size(), 0);
        } else {
            QCOMPARE(kept.suppliedOn, QDate(2026, 3, 16));
            // A closed commitment takes no further supply.
            QVERIFY(!session.commitments().supply(caseId, commitment.id, what, true));
        }
        QVERIFY(!session.commitments().supply(caseId, commitment.id, QString(), true));
    }

    void overdueRule_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<CaseState>("state");
        QTest::newRow("terminate") << QString() << CaseState::Terminated;
        QTest::newRow("refuse") << QStringLiteral("refuse") << CaseState::Refused;
    }
    void overdueRule() {
        QFETCH(QString, rule);
        QFETCH(CaseState, state);
        IntakeSessionFixture fx;
        QCOMPARE(fx.open(), QString());
        QCOMPARE(setOverdueRule(fx.context(), QStringLiteral("I45"), rule), QString());
        IntakeSession &session = fx.session();
        QVERIFY(session.startVisit(IntakeSessionFixture::person()).isEmpty());
        const QString caseId = deferCase(session, QStringLiteral("I45"), QDate(2026, 3, 16));
        QVERIFY(!caseId.isEmpty());
        session.closeVisit();
        const QString key = IntakeSessionFixture::personId();
        QVERIFY(!session.creditStatus(key)->blacklisted);

        CommitmentService service(fx.context());
        const QString commitmentId = service.openEntries()->first().commitment.id;
        // On the promised day itself nothing is overdue yet.
        fx.clock().set(QDateTime(QDate(2026, 3, 16), QTime(17, 0)));
        QVERIFY(!service.processOverdue(caseId, commitmentId));
        fx.clock().set(QDateTime(QDate(2026, 3, 17), QTime(9, 0)));
        QCOMPARE(service.openEntries()->first().overdueRefuses, !rule.isEmpty());
        const auto processed = service.processOverdue(caseId, commitmentId);
        QVERIFY2(processed, qPrintable(processed.error()));
        QCOMPARE(processed.value(), state);

        QCOMPARE(fx.context().cases().loadCase(caseId)->state(), state);
        QVERIFY(service.openEntries()->isEmpty());
        const auto marks = fx.context().cases().creditMarks(key);
        QVERIFY(marks);
        QCOMPARE(marks->size(), 1);
        QCOMPARE(marks->first().caseId, caseId);
        QCOMPARE(marks->first().commitmentId, commitmentId);
        // The badge's look-up: blacklisted with the mark's reason.
        const auto credit = session.creditStatus(key);
        QVERIFY(credit);
        QVERIFY(credit->blacklisted);
        QVERIFY2(credit->reason.contains(QStringLiteral("容缺")), qPrintable(credit->reason));
        // Processed once only.
        QVERIFY(!service.processOverdue(caseId, commitmentId));

        // The next visit may not use deferred acceptance.
        QVERIFY(session.startVisit(IntakeSessionFixture::person()).isEmpty());
        QVERIFY(session.deferralBarred());
        const auto added = session.addItem(QStringLiteral("I45"));
        QVERIFY(added);
        const DecisionOutcome outcome = session.acceptDeferred(added.value(), {});
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.refusedFor(IntakeRefusal::Code::ApplicantBlacklisted));
        QVERIFY2(outcome.message.contains(QStringLiteral("dishonesty list")),
                 qPrintable(outcome.message));
    }

    void readOnlyWithoutSignIn() {
        IntakeSessionFixture fx;
        QCOMPARE(fx.open(), QString());
        QVERIFY(fx.session().startVisit(IntakeSessionFixture::enterprise()).isEmpty());
        const QString caseId = deferCase(fx.session(), QStringLiteral("I16"), QDate(2026, 3, 20));
        fx.context().auth().logout();
        CommitmentService service(fx.context());
        QVERIFY(!service.mayChange());
        const auto entries = service.openEntries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1); // reading still works
        const Status supplied =
            service.supply(caseId, entries->first().commitment.id, QStringLiteral("x"), true);
        QVERIFY(!supplied);
        QVERIFY(supplied.error().contains(QStringLiteral("Sign in")));
    }

    // The screen's refusal reasons come from the codes (English here: no translator).
    void refusalMessages_data() {
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QStringLiteral("Required material “劳务派遣经营许可申请书” is "
                                                   "missing.");
    }
    void refusalMessages() {
        QFETCH(QString, expected);
        IntakeSessionFixture fx;
        QCOMPARE(fx.open(), QString());
        QVERIFY(fx.session().startVisit(IntakeSessionFixture::enterprise()).isEmpty());
        const auto added = fx.session().addItem(QStringLiteral("I16"));
        QVERIFY(added);
        const DecisionOutcome outcome = fx.session().accept(added.value());
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.split(QLatin1Char('\n')).contains(expected),
                 qPrintable(outcome.message));
        QVERIFY(!outcome.message.contains(QStringLiteral("缺少必要材料")));
    }
};

QTEST_GUILESS_MAIN(TestCommitmentService)
#include "tst_commitmentservice.moc"
