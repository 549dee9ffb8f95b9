#include "intakesessionfixture.h"

#include "applicantcheck.h"

#include <QSignalSpy>
#include <QTest>

using namespace ow;
using ow::test::IntakeSessionFixture;

Q_DECLARE_METATYPE(MaterialState)
Q_DECLARE_METATYPE(ow::Applicant)
Q_DECLARE_METATYPE(CaseState)
Q_DECLARE_METATYPE(IntakeRefusal::Code)

namespace {

// "R" received, "E" e-licence, "D" deferred (latest allowed date), "M" missing, "X" defective,
// "N" not applicable: one letter per checklist entry, in catalog order.
QString markAll(IntakeSession &session, const QString &caseId, const QString &letters) {
    const IntakeCase *kase = session.caseById(caseId);
    const auto latest = session.latestPromiseDate(caseId);
    for (int i = 0; i < letters.size(); ++i) {
        MaterialMark mark;
        switch (letters.at(i).toLatin1()) {
        case 'R':
            mark.state = MaterialState::Received;
            break;
        case 'E':
            mark.state = MaterialState::FromELicence;
            break;
        case 'D':
            mark.state = MaterialState::Deferred;
            mark.promisedDate = latest ? latest.value() : QDate();
            break;
        case 'M':
            mark.state = MaterialState::Missing;
            break;
        case 'X':
            mark.state = MaterialState::Defective;
            mark.reason = QStringLiteral("未盖公章");
            break;
        case 'N':
            mark.state = MaterialState::NotApplicable;
            mark.reason = QStringLiteral("本人办理");
            break;
        default:
            return QStringLiteral("unknown letter %1").arg(letters.at(i));
        }
        const QString material = kase->checklist.entries().at(i).standard.name;
        if (const Status s = session.markMaterial(caseId, material, mark); !s)
            return QStringLiteral("%1: %2").arg(material, s.error());
    }
    return {};
}

} // namespace

// The intake session: applicants, visits, checklists, the four decisions through IntakeDesk,
// saving after every decision, deadlines and the documents of each decided state.
class TestIntakeSession : public QObject {
    Q_OBJECT
private slots:
    void init();
    void idNumberProblems_data();
    void idNumberProblems();
    void creditCodeProblems_data();
    void creditCodeProblems();
    void startVisit_data();
    void startVisit();
    void addItemChecksTheApplicant_data();
    void addItemChecksTheApplicant();
    void decisions_data();
    void decisions();
    void decisionIsSavedAndReloads();
    void refusedDecisionChangesNothing();
    void secondCorrectionNeedsJustification();
    void documentsFollowTheState_data();
    void documentsFollowTheState();
    void earlierVisitsOfTheSameApplicant();
    void blacklistedApplicantCannotDefer();

private:
    std::unique_ptr<IntakeSessionFixture> m_fx;
};

void TestIntakeSession::init() {
    m_fx = std::make_unique<IntakeSessionFixture>();
    const QString error = m_fx->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestIntakeSession::idNumberProblems_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("valid") << IntakeSessionFixture::personId() << true << QString();
    QTest::newRow("lower-case x accepted")
        << QStringLiteral("11010519491231002x") << true << QString();
    QTest::newRow("empty") << QString() << false << QStringLiteral("Enter");
    QTest::newRow("too short") << QStringLiteral("15030219900307") << false
                               << QStringLiteral("14 typed");
    QTest::newRow("letter inside")
        << QStringLiteral("1503021990A3071238") << false << QStringLiteral("Only digits");
    QTest::newRow("check digit") << QStringLiteral("150302199003071239") << false
                                 << QStringLiteral("check digit");
    QTest::newRow("no such date") << QStringLiteral("150302199002301234") << false
                                  << QStringLiteral("not a real date");
    QTest::newRow("born later") << QStringLiteral("150302203001011234") << false
                                << QStringLiteral("future");
}

void TestIntakeSession::idNumberProblems() {
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QFETCH(QString, mentions);
    const QString problem = ApplicantCheck::idNumberProblem(id, QDate(2026, 3, 12));
    QCOMPARE(problem.isEmpty(), valid);
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
    // Messages never carry the full number.
    if (id.size() == 18)
        QVERIFY(!problem.contains(id));
}

void TestIntakeSession::creditCodeProblems_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("valid") << IntakeSessionFixture::enterpriseCode() << true << QString();
    QTest::newRow("lower case") << QStringLiteral("91150302ma0q7k3b2e") << true << QString();
    QTest::newRow("empty") << QString() << false << QStringLiteral("Enter");
    QTest::newRow("short") << QStringLiteral("91150302MA0Q7K3B2") << false
                           << QStringLiteral("17 typed");
    QTest::newRow("last character")
        << QStringLiteral("91150302MA0Q7K3B2F") << false << QStringLiteral("last one");
    QTest::newRow("forbidden letter")
        << QStringLiteral("91150302MA0Q7K3BIE") << false << QStringLiteral("not allowed");
}

void TestIntakeSession::creditCodeProblems() {
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QFETCH(QString, mentions);
    const QString problem = ApplicantCheck::creditCodeProblem(code);
    QCOMPARE(problem.isEmpty(), valid);
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

void TestIntakeSession::startVisit_data() {
    QTest::addColumn<Applicant>("applicant");
    QTest::addColumn<int>("problems");
    QTest::addColumn<QString>("mentions");
    const Applicant person = IntakeSessionFixture::person();
    const Applicant enterprise = IntakeSessionFixture::enterprise();
    QTest::newRow("person") << person << 0 << QString();
    QTest::newRow("enterprise") << enterprise << 0 << QString();
    Applicant noName = person;
    noName.name.clear();
    QTest::newRow("person without name") << noName << 1 << QStringLiteral("name");
    Applicant badId = person;
    badId.idNumber = QStringLiteral("150302199003071239");
    QTest::newRow("wrong check digit") << badId << 1 << QStringLiteral("ID number");
    Applicant noRepresentative = enterprise;
    noRepresentative.legalRepresentative.clear();
    QTest::newRow("no legal representative")
        << noRepresentative << 1 << QStringLiteral("legal representative");
    Applicant agentWithoutPower = person;
    agentWithoutPower.agent =
        Agent{QStringLiteral("赵六"), QStringLiteral("11010519491231002X"), QString(), false};
    QTest::newRow("agent without power of attorney")
        << agentWithoutPower << 1 << QStringLiteral("power of attorney");
    Applicant everythingWrong = enterprise;
    everythingWrong.name.clear();
    everythingWrong.creditCode = QStringLiteral("123");
    everythingWrong.legalRepresentative.clear();
    QTest::newRow("three problems") << everythingWrong << 3 << QStringLiteral("Credit code");
}

void TestIntakeSession::startVisit() {
    QFETCH(Applicant, applicant);
    QFETCH(int, problems);
    QFETCH(QString, mentions);
    QSignalSpy changed(&m_fx->session(), &IntakeSession::visitChanged);
    const QStringList found = m_fx->session().startVisit(applicant);
    QCOMPARE(found.size(), problems);
    QVERIFY2(found.join(QLatin1Char('\n')).contains(mentions), qPrintable(found.join(u'\n')));
    QCOMPARE(m_fx->session().hasVisit(), problems == 0);
    QCOMPARE(changed.size(), problems == 0 ? 1 : 0);
    if (problems == 0) {
        QCOMPARE(m_fx->session().visit()->id, QStringLiteral("V20260312-0001"));
        // Stored at once, so the next visit of the day gets the next number.
        QVERIFY(m_fx->context().cases().loadVisit(QStringLiteral("V20260312-0001")));
    }
}

void TestIntakeSession::addItemChecksTheApplicant_data() {
    QTest::addColumn<bool>("enterprise");
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<bool>("added");
    QTest::newRow("enterprise, food licence") << true << QStringLiteral("I45") << true;
    QTest::newRow("person, food licence") << false << QStringLiteral("I45") << true;
    QTest::newRow("enterprise, residence permit") << true << QStringLiteral("I09") << false;
    QTest::newRow("person, labour dispatch") << false << QStringLiteral("I16") << false;
    QTest::newRow("unknown item") << false << QStringLiteral("I99") << false;
}

void TestIntakeSession::addItemChecksTheApplicant() {
    QFETCH(bool, enterprise);
    QFETCH(QString, itemId);
    QFETCH(bool, added);
    IntakeSession &s = m_fx->session();
    QVERIFY(!s.addItem(itemId)); // no visit yet
    QVERIFY(s.startVisit(enterprise ? IntakeSessionFixture::enterprise()
                                    : IntakeSessionFixture::person())
                .isEmpty());
    const auto result = s.addItem(itemId);
    QCOMPARE(result.ok(), added);
    if (added) {
        QCOMPARE(result.value(), QStringLiteral("V20260312-0001-1"));
        QCOMPARE(s.caseById(result.value())->state(), CaseState::Received);
        QVERIFY(!s.addItem(itemId)); // the same item twice on one visit
    }
}

void TestIntakeSession::decisions_data() {
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<QString>("marks");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<IntakeRefusal::Code>("refusal");
    using C = IntakeRefusal::Code;
    // I45 食品经营许可: application, licence (e-licence), layout docs, rules (deferrable),
    // power of attorney (optional, deferrable).
    QTest::newRow("accept complete")
        << QStringLiteral("I45") << QStringLiteral("RERRN") << QStringLiteral("accept") << true
        << CaseState::Accepted << C::WrongState;
    QTest::newRow("accept, optional missing")
        << QStringLiteral("I45") << QStringLiteral("RERRM") << QStringLiteral("accept") << true
        << CaseState::Accepted << C::WrongState;
    QTest::newRow("accept with a missing one")
        << QStringLiteral("I45") << QStringLiteral("RERMM") << QStringLiteral("accept") << false
        << CaseState::Received << C::RequiredMaterialMissing;
    QTest::newRow("accept with a defective one")
        << QStringLiteral("I45") << QStringLiteral("XERRN") << QStringLiteral("accept") << false
        << CaseState::Received << C::RequiredMaterialDefective;
    QTest::newRow("defer") << QStringLiteral("I45") << QStringLiteral("RERDN")
                           << QStringLiteral("defer") << true << CaseState::DeferredAccepted
                           << C::WrongState;
    QTest::newRow("defer a non-deferrable")
        << QStringLiteral("I45") << QStringLiteral("MERDN") << QStringLiteral("defer") << false
        << CaseState::Received << C::NonDeferrableMissing;
    QTest::newRow("defer, nothing deferred")
        << QStringLiteral("I45") << QStringLiteral("RERRN") << QStringLiteral("defer") << false
        << CaseState::Received << C::NothingDeferred;
    QTest::newRow("correction") << QStringLiteral("I45") << QStringLiteral("RERMN")
                                << QStringLiteral("correct") << true
                                << CaseState::CorrectionRequested << C::WrongState;
    QTest::newRow("correction, nothing missing")
        << QStringLiteral("I45") << QStringLiteral("RERRN") << QStringLiteral("correct") << false
        << CaseState::Received << C::NothingToCorrect;
    QTest::newRow("refuse") << QStringLiteral("I45") << QStringLiteral("MMMMM")
                            << QStringLiteral("refuse") << true << CaseState::Refused
                            << C::WrongState;
    QTest::newRow("refuse without reason")
        << QStringLiteral("I45") << QStringLiteral("MMMMM") << QStringLiteral("refuse-silent")
        << false << CaseState::Received << C::ReasonRequired;
}

void TestIntakeSession::decisions() {
    QFETCH(QString, itemId);
    QFETCH(QString, marks);
    QFETCH(QString, decision);
    QFETCH(bool, ok);
    QFETCH(CaseState, state);
    QFETCH(IntakeRefusal::Code, refusal);
    IntakeSession &s = m_fx->session();
    QVERIFY(s.startVisit(IntakeSessionFixture::enterprise()).isEmpty());
    const auto caseId = s.addItem(itemId);
    QVERIFY2(caseId, qPrintable(caseId.error()));
    const QString marked = markAll(s, caseId.value(), marks);
    QVERIFY2(marked.isEmpty(), qPrintable(marked));
    DecisionOutcome outcome;
    if (decision == QLatin1String("accept"))
        outcome = s.accept(caseId.value());
    else if (decision == QLatin1String("defer"))
        outcome = s.acceptDeferred(caseId.value(), {});
    else if (decision == QLatin1String("correct"))
        outcome = s.requestCorrection(caseId.value());
    else
        outcome =
            s.refuse(caseId.value(),
                     decision == QLatin1String("refuse") ? QStringLiteral("不属于本机关职权范围")
                                                         : QString(),
                     QStringLiteral("乌海市市场监督管理局"));
    QVERIFY2(outcome.ok == ok, qPrintable(outcome.message));
    QCOMPARE(s.caseById(caseId.value())->state(), state);
    if (!ok)
        QVERIFY2(outcome.refusedFor(refusal), qPrintable(outcome.message));
    const bool accepted = state == CaseState::Accepted || state == CaseState::DeferredAccepted;
    QCOMPARE(s.deadline(caseId.value(), DeadlineTrack::Basis::Committed).has_value(), accepted);
    if (accepted) {
        // I45: 5 working days committed from Thursday 2026-03-12 -> Thursday 2026-03-19.
        QCOMPARE(s.deadline(caseId.value(), DeadlineTrack::Basis::Committed)->due,
                 QDate(2026, 3, 19));
        QCOMPARE(s.deadlineStatus(caseId.value()), ClockStatus::Green);
    }
}

void TestIntakeSession::decisionIsSavedAndReloads() {
    IntakeSession &s = m_fx->session();
    QVERIFY(s.startVisit(IntakeSessionFixture::enterprise()).isEmpty());
    const QString caseId = s.addItem(QStringLiteral("I45")).value();
    QVERIFY(markAll(s, caseId, QStringLiteral("RERDN")).isEmpty());
    const auto latest = s.latestPromiseDate(caseId);
    QVERIFY(latest);
    const QString rules = s.caseById(caseId)->checklist.entries().at(3).standard.name;
    QCOMPARE(s.materialsToPromise(caseId), QStringList{rules});
    QVERIFY(s.acceptDeferred(caseId, {{rules, m_fx->clock().today().addDays(2)}}).ok);
    const auto stored = m_fx->context().cases().loadCase(caseId);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->state(), CaseState::DeferredAccepted);
    QCOMPARE(stored->commitments.size(), 1);
    QCOMPARE(stored->commitments.first().promisedDate, QDate(2026, 3, 14));
    QCOMPARE(stored.value(), *s.caseById(caseId));
}

void TestIntakeSession::refusedDecisionChangesNothing() {
    IntakeSession &s = m_fx->session();
    QVERIFY(s.startVisit(IntakeSessionFixture::person()).isEmpty());
    const QString caseId = s.addItem(QStringLiteral("I06")).value();
    const IntakeCase before = *s.caseById(caseId);
    const DecisionOutcome outcome = s.accept(caseId);
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.message.contains(QStringLiteral("居民户口簿")));
    QCOMPARE(*s.caseById(caseId), before);
    QCOMPARE(m_fx->context().cases().loadCase(caseId).value(), before);
}

void TestIntakeSession::secondCorrectionNeedsJustification() {
    IntakeSession &s = m_fx->session();
    QVERIFY(s.startVisit(IntakeSessionFixture::enterprise()).isEmpty());
    const QString caseId = s.addItem(QStringLiteral("I45")).value();
    QVERIFY(markAll(s, caseId, QStringLiteral("MERRN")).isEmpty());
    QVERIFY(s.requestCorrection(caseId).ok);
    // The applicant comes back; now the layout documents turn out defective as well.
    QVERIFY(markAll(s, caseId, QStringLiteral("RERXN")).isEmpty());
    const DecisionOutcome refused = s.requestCorrection(caseId);
    QVERIFY(!refused.ok);
    QVERIFY(refused.refusedFor(IntakeRefusal::Code::JustificationRequired));
    const DecisionOutcome second = s.requestCorrection(caseId, QStringLiteral("首次审核遗漏"));
    QVERIFY2(second.ok, qPrintable(second.message));
    QCOMPARE(s.caseById(caseId)->violations.size(), 1);
}

void TestIntakeSession::documentsFollowTheState_data() {
    QTest::addColumn<QString>("marks");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("received") << QStringLiteral("MERRN") << QString()
                              << QStringList{QStringLiteral("一次性告知书")};
    QTest::newRow("accepted") << QStringLiteral("RERRN") << QStringLiteral("accept")
                              << QStringList{QStringLiteral("受理通知书"),
                                             QStringLiteral("收件清单")};
    QTest::newRow("deferred") << QStringLiteral("RERDN") << QStringLiteral("defer")
                              << QStringList{QStringLiteral("容缺受理承诺书"),
                                             QStringLiteral("容缺受理通知书"),
                                             QStringLiteral("收件清单")};
    QTest::newRow("correction") << QStringLiteral("RERMN") << QStringLiteral("correct")
                                << QStringList{QStringLiteral("补正材料通知书"),
                                               QStringLiteral("一次性告知书"),
                                               QStringLiteral("收件清单")};
    QTest::newRow("refused") << QStringLiteral("MMMMM") << QStringLiteral("refuse")
                             << QStringList{QStringLiteral("不予受理通知书")};
}

void TestIntakeSession::documentsFollowTheState() {
    QFETCH(QString, marks);
    QFETCH(QString, decision);
    QFETCH(QStringList, titles);
    IntakeSession &s = m_fx->session();
    QVERIFY(s.startVisit(IntakeSessionFixture::enterprise()).isEmpty());
    const QString caseId = s.addItem(QStringLiteral("I45")).value();
    QVERIFY(markAll(s, caseId, marks).isEmpty());
    if (decision == QLatin1String("accept"))
        QVERIFY(s.accept(caseId).ok);
    else if (decision == QLatin1String("defer"))
        QVERIFY(s.acceptDeferred(caseId, {}).ok);
    else if (decision == QLatin1String("correct"))
        QVERIFY(s.requestCorrection(caseId).ok);
    else if (decision == QLatin1String("refuse"))
        QVERIFY(s.refuse(caseId, QStringLiteral("不符合法定条件"), QString()).ok);
    const auto kinds = IntakeSession::documentKinds(s.caseById(caseId)->state());
    QCOMPARE(kinds.size(), titles.size());
    for (int i = 0; i < kinds.size(); ++i) {
        const auto document = s.document(caseId, kinds.at(i));
        QVERIFY2(document, qPrintable(document.error()));
        QCOMPARE(document->title, titles.at(i));
        QVERIFY(!document->number.isEmpty());
        bool namesApplicant = false;
        for (const auto &field : document->fields)
            namesApplicant |= field.value == IntakeSessionFixture::enterprise().name;
        QVERIFY(namesApplicant);
        // Built once: a second request shows the same number (no serial wasted).
        QCOMPARE(s.document(caseId, kinds.at(i))->number, document->number);
    }
}

void TestIntakeSession::earlierVisitsOfTheSameApplicant() {
    IntakeSession &s = m_fx->session();
    QVERIFY(s.startVisit(IntakeSessionFixture::person()).isEmpty());
    const QString caseId = s.addItem(QStringLiteral("I09")).value();
    QVERIFY(markAll(s, caseId, QStringLiteral("ERRM")).isEmpty());
    QVERIFY(s.accept(caseId).ok);
    s.closeVisit();
    QVERIFY(!s.hasVisit());
    m_fx->clock().advanceDays(1);
    QVERIFY(s.startVisit(IntakeSessionFixture::person()).isEmpty());
    QCOMPARE(s.visit()->id, QStringLiteral("V20260313-0001"));
    const auto earlier = s.earlierVisits(IntakeSessionFixture::personId());
    QVERIFY2(earlier, qPrintable(earlier.error()));
    QCOMPARE(earlier->size(), 1);
    QCOMPARE(earlier->first().visitId, QStringLiteral("V20260312-0001"));
    QCOMPARE(earlier->first().cases.size(), 1);
    QCOMPARE(earlier->first().cases.first().state, CaseState::Accepted);
}

void TestIntakeSession::blacklistedApplicantCannotDefer() {
    CreditMark mark;
    mark.applicantKey = IntakeSessionFixture::enterpriseCode();
    mark.caseId = QStringLiteral("V20250101-0001-1");
    mark.material = QStringLiteral("章程");
    mark.date = QDate(2025, 1, 20);
    mark.reason = QStringLiteral("容缺受理承诺未按期履行");
    QVERIFY(m_fx->context().cases().markCredit(mark));
    IntakeSession &s = m_fx->session();
    QVERIFY(s.startVisit(IntakeSessionFixture::enterprise()).isEmpty());
    QVERIFY(s.visit()->applicant.credit.blacklisted);
    const QString caseId = s.addItem(QStringLiteral("I45")).value();
    QVERIFY(markAll(s, caseId, QStringLiteral("RERDN")).isEmpty());
    const DecisionOutcome outcome = s.acceptDeferred(caseId, {});
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.refusedFor(IntakeRefusal::Code::ApplicantBlacklisted));
}

QTEST_GUILESS_MAIN(TestIntakeSession)
#include "tst_intakesession.moc"
