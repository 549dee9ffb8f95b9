#include "caserepository.h"
#include "catalogjson.h"
#include "catalogrepository.h"
#include "commitmentledger.h"
#include "database.h"
#include "documentnumber.h"
#include "intakedesk.h"
#include "tempdatabase.h"
#include "testpaths.h"
#include "workcalendar.h"

#include <QSqlQuery>
#include <QTest>

using namespace ow;
using ow::test::TempDatabase;

namespace {

const Catalog &demo() {
    static const Catalog catalog =
        CatalogJson::readFile(test::sourceDir() + QStringLiteral("/resources/catalog-demo.json"))
            .catalog.value_or(Catalog{});
    return catalog;
}

QDateTime at(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Applicant person() {
    Applicant a;
    a.kind = Applicant::Kind::NaturalPerson;
    a.name = QStringLiteral("张三");
    a.idNumber = QStringLiteral("11010519491231002X");
    a.phone = QStringLiteral("13800000000");
    a.card.nation = QStringLiteral("汉");
    a.card.validFrom = QDate(2020, 1, 1);
    a.agent = Agent{QStringLiteral("李四"), QStringLiteral("110105194912310037"),
                    QStringLiteral("13900000000"), true};
    return a;
}

Applicant enterprise() {
    Applicant a;
    a.kind = Applicant::Kind::LegalPerson;
    a.name = QStringLiteral("乌海市某某劳务有限公司");
    a.creditCode = QStringLiteral("91350100M000100Y43");
    a.legalRepresentative = QStringLiteral("王五");
    return a;
}

// A visit built through the same desk the workstation uses: an accepted natural-person case
// (I09) and a deferred enterprise case (I16) with its commitment, or a correction.
struct Fixture {
    WorkCalendar calendar = WorkCalendar::builtIn();
    ManualClock clock{at("2025-03-12T09:30:00")};
    MemorySerialCounter counter;
    IntakeDesk desk{demo(), calendar, clock, counter};
};

Visit personVisit(Fixture &f, const QString &id) {
    Visit v;
    v.id = id;
    v.ticket = QStringLiteral("A012");
    v.applicant = person();
    v.openedAt = f.clock.now();
    IntakeCase *kase =
        v.addCase(*demo().item(QStringLiteral("I09")), QStringLiteral("窗口1"), f.clock).value();
    kase->checklist.markReceived(QStringLiteral("本人相片"), true, 1);
    kase->checklist.markReceived(QStringLiteral("居住地住址证明（租赁合同/房产证明）"), false, 2);
    kase->checklist.markNotApplicable(QStringLiteral("就业或就读证明"), QStringLiteral("无业"));
    auto decision = f.desk.accept(*kase, QStringLiteral("窗口1"));
    if (!decision)
        qWarning("%s", qPrintable(decision.message()));
    return v;
}

Visit enterpriseVisit(Fixture &f, const QString &id, bool deferred) {
    Visit v;
    v.id = id;
    v.applicant = enterprise();
    v.openedAt = f.clock.now();
    IntakeCase *kase =
        v.addCase(*demo().item(QStringLiteral("I16")), QStringLiteral("窗口2"), f.clock).value();
    for (const char *m :
         {"劳务派遣经营许可申请书", "公司章程及劳务派遣协议样本", "劳务派遣管理制度"})
        kase->checklist.markReceived(QString::fromUtf8(m), true, 1);
    kase->checklist.markDefective(QStringLiteral("注册资本实缴证明（不少于200万元）"),
                                  QStringLiteral("金额不足"));
    if (deferred) {
        kase->checklist.markReceived(QStringLiteral("注册资本实缴证明（不少于200万元）"), true, 1);
        kase->checklist.markDeferred(QStringLiteral("经营场所使用证明"), QDate(2025, 3, 14));
        auto decision = f.desk.acceptDeferred(*kase, QStringLiteral("窗口2"));
        if (!decision)
            qWarning("%s", qPrintable(decision.message()));
    } else {
        auto decision = f.desk.requestCorrection(*kase, {}, QStringLiteral("窗口2"));
        if (!decision)
            qWarning("%s", qPrintable(decision.message()));
    }
    return v;
}

int rows(Database &db, const char *table) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestCaseRepository : public QObject {
    Q_OBJECT

private:
    static void kinds() { TempDatabase::addKindRows(); }

    static std::unique_ptr<Database> openMigrated(TempDatabase &temp) {
        return temp.openMigrated();
    }

private slots:
    void initTestCase() { QVERIFY(demo().item(QStringLiteral("I16"))); }

    void visitRoundTrips_data() { kinds(); }
    void visitRoundTrips() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openMigrated(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        Fixture f;
        Visit visit = enterpriseVisit(f, QStringLiteral("V20250312-0001"), true);
        // A second matter on the same visit (一窗办多事), still at the window.
        visit.addCase(*demo().item(QStringLiteral("I41")), QStringLiteral("窗口2"), f.clock);
        QCOMPARE(visit.cases.first().state(), CaseState::DeferredAccepted);
        QCOMPARE(visit.cases.first().commitments.size(), 1);
        QVERIFY(!visit.cases.first().deadlines.isEmpty());

        CaseRepository repo(*db);
        const Status saved = repo.saveVisit(visit);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        auto loaded = repo.loadVisit(visit.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->cases.size(), 2);
        for (int i = 0; i < visit.cases.size(); ++i) {
            QCOMPARE(loaded->cases.at(i).events(), visit.cases.at(i).events());
            QCOMPARE(loaded->cases.at(i).checklist, visit.cases.at(i).checklist);
            QCOMPARE(loaded->cases.at(i).commitments, visit.cases.at(i).commitments);
            QCOMPARE(loaded->cases.at(i).deadlines, visit.cases.at(i).deadlines);
            QVERIFY(loaded->cases.at(i) == visit.cases.at(i));
        }
        QVERIFY(loaded->applicant == visit.applicant);
        QCOMPARE(loaded->openedAt, visit.openedAt);

        auto one = repo.loadCase(visit.cases.first().id);
        QVERIFY2(one.ok(), qPrintable(one.error()));
        QVERIFY(one.value() == visit.cases.first());
    }

    void correctionAndPausesRoundTrip_data() { kinds(); }
    void correctionAndPausesRoundTrip() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openMigrated(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        Fixture f;
        Visit visit = personVisit(f, QStringLiteral("V20250312-0001"));
        IntakeCase &kase = visit.cases.first();
        QCOMPARE(kase.state(), CaseState::Accepted);
        QVERIFY(LegalClock::pause(kase.deadlines.first(), ClockPause::Kind::Inspection,
                                  QStringLiteral("现场核查"), QDate(2025, 3, 13)));
        QVERIFY(LegalClock::resume(kase.deadlines.first(), QDate(2025, 3, 14)));
        QVERIFY(LegalClock::pause(kase.deadlines.first(), ClockPause::Kind::Hearing,
                                  QStringLiteral("听证"), QDate(2025, 3, 17)));
        QVERIFY(LegalClock::extend(kase.deadlines.first(), 5, QStringLiteral("情况复杂"),
                                   QStringLiteral("局长")));
        Visit other = enterpriseVisit(f, QStringLiteral("V20250312-0002"), false);
        QCOMPARE(other.cases.first().state(), CaseState::CorrectionRequested);

        CaseRepository repo(*db);
        QVERIFY(repo.saveVisit(visit).ok());
        QVERIFY(repo.saveVisit(other).ok());
        QVERIFY(repo.loadCase(kase.id).value() == kase);
        QVERIFY(repo.loadCase(other.cases.first().id).value() == other.cases.first());
        QCOMPARE(repo.loadCase(other.cases.first().id)->notices.first().materials,
                 other.cases.first().notices.first().materials);
    }

    void updateReplacesTheCase_data() { kinds(); }
    void updateReplacesTheCase() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openMigrated(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        Fixture f;
        Visit visit = enterpriseVisit(f, QStringLiteral("V20250312-0001"), true);
        CaseRepository repo(*db);
        QVERIFY(repo.saveVisit(visit).ok());
        // A later visit: the applicant supplies the promised material.
        f.clock.advanceDays(1);
        IntakeCase kase = repo.loadCase(visit.cases.first().id).value();
        QVERIFY(CommitmentLedger::supply(kase.commitments.first(), QStringLiteral("原件1份"), true,
                                         QStringLiteral("窗口3"), f.clock));
        const Status st = repo.saveCase(kase);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QVERIFY(repo.loadCase(kase.id).value() == kase);
        QCOMPARE(repo.openCommitments()->size(), 0);
        QCOMPARE(rows(*db, "commitment_supplies"), 1);
        QCOMPARE(rows(*db, "cases"), 1);
    }

    // Nothing half-written: a statement failing midway (a commitment id used twice in one case
    // violates the key after the case, its events and checklist were written) leaves the
    // database as it was, for a new visit and for an update of a stored case alike.
    void failingStatementLeavesNothing_data() { kinds(); }
    void failingStatementLeavesNothing() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openMigrated(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        Fixture f;
        CaseRepository repo(*db);
        Visit bad = enterpriseVisit(f, QStringLiteral("V20250312-0001"), true);
        bad.cases.first().commitments << bad.cases.first().commitments.first();
        const Status failed = repo.saveVisit(bad);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(bad.cases.first().id), qPrintable(failed.error()));
        for (const char *table : {"applicants", "visits", "cases", "case_events",
                                  "checklist_entries", "notices", "commitments", "deadline_tracks"})
            QVERIFY2(rows(*db, table) == 0, table);

        Visit good = enterpriseVisit(f, QStringLiteral("V20250312-0002"), true);
        QVERIFY(repo.saveVisit(good).ok());
        IntakeCase changed = good.cases.first();
        changed.transition(CaseState::UnderReview, QStringLiteral("审查员"), {}, f.clock);
        changed.commitments << changed.commitments.first();
        QVERIFY(!repo.saveCase(changed).ok());
        QVERIFY(repo.loadCase(good.cases.first().id).value() == good.cases.first());
    }

    void lookUpEarlierVisits_data() { kinds(); }
    void lookUpEarlierVisits() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openMigrated(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        Fixture f;
        CaseRepository repo(*db);
        QCOMPARE(repo.newVisitId(QDate(2025, 3, 12)).value(), QStringLiteral("V20250312-0001"));
        QVERIFY(repo.saveVisit(personVisit(f, repo.newVisitId(f.clock.today()).value())).ok());
        QVERIFY(repo.saveVisit(enterpriseVisit(f, repo.newVisitId(f.clock.today()).value(), true))
                    .ok());
        f.clock.advanceDays(1);
        QVERIFY(repo.saveVisit(enterpriseVisit(f, repo.newVisitId(f.clock.today()).value(), false))
                    .ok());
        QCOMPARE(repo.newVisitId(QDate(2025, 3, 12)).value(), QStringLiteral("V20250312-0003"));

        auto visits = repo.visitsOf(enterprise().creditCode);
        QVERIFY2(visits.ok(), qPrintable(visits.error()));
        QCOMPARE(visits->size(), 2);
        QCOMPARE(visits->first().visitId, QStringLiteral("V20250313-0001")); // newest first
        QCOMPARE(visits->first().cases.size(), 1);
        QCOMPARE(visits->first().cases.first().state, CaseState::CorrectionRequested);
        QCOMPARE(visits->last().cases.first().openCommitments, 1);
        QCOMPARE(repo.casesOf(enterprise().creditCode)->size(), 2);
        QCOMPARE(repo.casesOf(person().idNumber)->size(), 1);
        QCOMPARE(repo.casesOf(QStringLiteral("nobody"))->size(), 0);
        QVERIFY(repo.findApplicant(person().idNumber).value().has_value());
        QCOMPARE(repo.findApplicant(person().idNumber).value()->name, person().name);
        QVERIFY(!repo.findApplicant(QStringLiteral("nobody")).value().has_value());
    }

    void openCommitmentsAndCredit_data() { kinds(); }
    void openCommitmentsAndCredit() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openMigrated(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        Fixture f;
        CaseRepository repo(*db);
        Visit visit = enterpriseVisit(f, QStringLiteral("V20250312-0001"), true);
        QVERIFY(repo.saveVisit(visit).ok());
        QVERIFY(repo.saveVisit(personVisit(f, QStringLiteral("V20250312-0002"))).ok());
        auto open = repo.openCommitments();
        QVERIFY2(open.ok(), qPrintable(open.error()));
        QCOMPARE(open->size(), 1);
        QVERIFY(open->first() == visit.cases.first().commitments.first());
        QCOMPARE(repo.openCommitments(enterprise().creditCode)->size(), 1);
        QCOMPARE(repo.openCommitments(person().idNumber)->size(), 0);

        // Past the promised date: the overdue list, the rule, the credit mark.
        f.clock.set(at("2025-03-20T10:00:00"));
        QCOMPARE(CommitmentLedger::overdue(open.value(), f.clock).size(), 1);
        IntakeCase kase = visit.cases.first();
        auto outcome = CommitmentLedger::applyOverdueRule(kase.commitments.first(), kase,
                                                          *demo().item(QStringLiteral("I16")),
                                                          QStringLiteral("系统"), f.clock);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        // A breach whose mark cannot be written stores neither the closed case nor the mark.
        CreditMark unusable = outcome->mark;
        unusable.reason.clear();
        QVERIFY(!repo.recordBreach(kase, unusable).ok());
        QCOMPARE(repo.loadCase(kase.id)->state(), visit.cases.first().state());
        QCOMPARE(repo.openCommitments()->size(), 1);
        QVERIFY(repo.creditMarks(enterprise().creditCode)->isEmpty());
        const Status breach = repo.recordBreach(kase, outcome->mark);
        QVERIFY2(breach.ok(), qPrintable(breach.error()));
        QCOMPARE(repo.openCommitments()->size(), 0);
        const auto marks = repo.creditMarks(enterprise().creditCode);
        QCOMPARE(marks->size(), 1);
        QVERIFY(marks->first() == outcome->mark);
        const auto stored = repo.findApplicant(enterprise().creditCode).value();
        QVERIFY(stored->credit.blacklisted);
        // Saving an older snapshot of the applicant does not lift the blacklisting.
        QVERIFY(repo.saveVisit(enterpriseVisit(f, QStringLiteral("V20250320-0001"), false)).ok());
        QVERIFY(repo.findApplicant(enterprise().creditCode).value()->credit.blacklisted);
        QVERIFY(!repo.markCredit(CreditMark{}).ok());
    }

    void violationsAreListed_data() { kinds(); }
    void violationsAreListed() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openMigrated(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        Fixture f;
        CaseRepository repo(*db);
        Visit visit = enterpriseVisit(f, QStringLiteral("V20250312-0001"), false);
        IntakeCase &kase = visit.cases.first();
        // The second notice asks for a material the first did not list.
        kase.checklist.markDefective(QStringLiteral("劳务派遣管理制度"), QStringLiteral("未盖章"));
        f.clock.advanceDays(1);
        auto decision =
            f.desk.requestCorrection(kase, QStringLiteral("首次审查遗漏"), QStringLiteral("窗口2"));
        QVERIFY2(decision.ok(), qPrintable(decision.message()));
        QCOMPARE(kase.violations.size(), 1);
        QVERIFY(repo.saveVisit(visit).ok());
        QVERIFY(repo.saveVisit(personVisit(f, QStringLiteral("V20250312-0002"))).ok());
        auto list = repo.casesWithViolations();
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().caseId, kase.id);
        QCOMPARE(list->first().applicantName, enterprise().name);
        QVERIFY(list->first().violation == kase.violations.first());
        QVERIFY(list->first().violation.newMaterials.contains(QStringLiteral("劳务派遣管理制度")));
    }

    void refusesCasesWithoutVisitOrKey_data() { kinds(); }
    void refusesCasesWithoutVisitOrKey() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openMigrated(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        Fixture f;
        CaseRepository repo(*db);
        Visit visit = personVisit(f, QStringLiteral("V20250312-0001"));
        IntakeCase orphan = visit.cases.first();
        QVERIFY(!repo.saveCase(orphan).ok()); // its visit is not stored
        orphan.visitId.clear();
        QVERIFY(repo.saveCase(orphan).error().contains(QStringLiteral("no visit")));
        visit.applicant.idNumber.clear();
        QVERIFY(!repo.saveVisit(visit).ok());
        QCOMPARE(rows(*db, "visits"), 0);
        QVERIFY(!repo.loadCase(QStringLiteral("V-nothing-1")).ok());
        QVERIFY(repo.loadVisit(QStringLiteral("V-nothing"))
                    .error()
                    .contains(QStringLiteral("V-nothing")));
    }

    // The catalog's intake fields: NULL stays "absent", a value stays that value.
    void catalogIntakeFieldsRoundTrip_data() { kinds(); }
    void catalogIntakeFieldsRoundTrip() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openMigrated(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        Catalog catalog = demo();
        Item &item = catalog.items[15];
        item.deferralAllowed = false;
        item.deferralMaxDays = 3;
        item.deferralOverdueRule = CatalogValues::refuse();
        item.correctionClock = CatalogValues::pause();
        item.agencyAbbrev = QStringLiteral("乌人社");
        item.fees = QStringLiteral("不收费");
        item.place = QStringLiteral("政务服务中心二楼");
        item.phone = QStringLiteral("0473-12345");
        item.levels = {QStringLiteral("市"), QStringLiteral("区")};
        catalog.items[16].deferralAllowed = true;
        CatalogRepository repo(*db);
        QVERIFY(repo.replace(catalog).ok());
        auto loaded = repo.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QVERIFY(loaded->items.at(15) == item);
        QVERIFY(loaded->items.at(16) == catalog.items.at(16));
        QVERIFY(!loaded->items.at(17).deferralAllowed.has_value());
        QVERIFY(!loaded->items.at(17).deferralMaxDays.has_value());
        QVERIFY(loaded.value() == catalog);
        QVERIFY(repo.item(item.id).value() == item);
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"
