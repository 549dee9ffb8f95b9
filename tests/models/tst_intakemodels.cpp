#include "intakesessionfixture.h"

#include "checklisttablemodel.h"
#include "visitcasesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ow;
using ow::test::IntakeSessionFixture;

// The checklist table and the visit's case list over an intake session.
class TestIntakeModels : public QObject {
    Q_OBJECT
private slots:
    void init();
    void checklistShowsTheStandard();
    void checklistMarks_data();
    void checklistMarks();
    void checklistSetDataOnlySimpleStates_data();
    void checklistSetDataOnlySimpleStates();
    void casesListStatesAndDeadlines_data();
    void casesListStatesAndDeadlines();

private:
    std::unique_ptr<IntakeSessionFixture> m_fx;
    QString m_caseId;
};

void TestIntakeModels::init() {
    m_fx = std::make_unique<IntakeSessionFixture>();
    const QString error = m_fx->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_fx->session().startVisit(IntakeSessionFixture::enterprise()).isEmpty());
    const auto caseId = m_fx->session().addItem(QStringLiteral("I45"));
    QVERIFY2(caseId, qPrintable(caseId.error()));
    m_caseId = caseId.value();
}

void TestIntakeModels::checklistShowsTheStandard() {
    ChecklistTableModel model(m_fx->session());
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 0);
    model.setCaseId(m_caseId);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(ChecklistTableModel::ColumnCount));
    QCOMPARE(model.headerData(ChecklistTableModel::StateColumn, Qt::Horizontal).toString(),
             QStringLiteral("State"));
    // 营业执照 is fetched from the e-licence library: satisfied from the start.
    const int licence = model.rowOfMaterial(QStringLiteral("营业执照"));
    QCOMPARE(licence, 1);
    QCOMPARE(model.index(licence, ChecklistTableModel::StateColumn).data().toString(),
             QStringLiteral("From e-licence"));
    QVERIFY(!model.index(licence, 0).data(ChecklistTableModel::BlockingRole).toBool());
    QVERIFY(model.index(licence, ChecklistTableModel::DetailColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Source: ")));
    // The application form is required and missing: it blocks.
    QVERIFY(model.index(0, 0).data(ChecklistTableModel::BlockingRole).toBool());
    QCOMPARE(model.index(0, ChecklistTableModel::BlockingColumn).data().toString(),
             QStringLiteral("Blocks"));
    QCOMPARE(model.index(0, ChecklistTableModel::RequirementColumn).data().toString(),
             QStringLiteral("原件 × 1"));
    // The rules directory may be deferred, the optional power of attorney never blocks.
    QVERIFY(model.index(3, 0).data(ChecklistTableModel::DeferrableRole).toBool());
    QVERIFY(model.index(3, ChecklistTableModel::NecessityColumn)
                .data()
                .toString()
                .contains(QStringLiteral("deferrable")));
    QVERIFY(!model.index(4, 0).data(ChecklistTableModel::BlockingRole).toBool());
}

void TestIntakeModels::checklistMarks_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<bool>("blocking");
    const auto s = [](MaterialState m) { return static_cast<int>(m); };
    QTest::newRow("received") << 0 << s(MaterialState::Received) << QString() << true
                              << QStringLiteral("Original, 1 copy(ies)") << false;
    QTest::newRow("deferred") << 3 << s(MaterialState::Deferred) << QString() << true
                              << QStringLiteral("Promised by 2026-03-19") << true;
    QTest::newRow("defer the application")
        << 0 << s(MaterialState::Deferred) << QString() << false << QString() << true;
    QTest::newRow("defective") << 2 << s(MaterialState::Defective) << QStringLiteral("缺平面图")
                               << true << QStringLiteral("缺平面图") << true;
    QTest::newRow("defective without reason")
        << 2 << s(MaterialState::Defective) << QString() << false << QString() << true;
    QTest::newRow("not applicable")
        << 4 << s(MaterialState::NotApplicable) << QStringLiteral("法定代表人本人办理") << true
        << QStringLiteral("法定代表人本人办理") << false;
    QTest::newRow("required not applicable") << 0 << s(MaterialState::NotApplicable)
                                             << QStringLiteral("x") << false << QString() << true;
}

void TestIntakeModels::checklistMarks() {
    QFETCH(int, row);
    QFETCH(int, state);
    QFETCH(QString, reason);
    QFETCH(bool, ok);
    QFETCH(QString, detail);
    QFETCH(bool, blocking);
    ChecklistTableModel model(m_fx->session());
    model.setCaseId(m_caseId);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    MaterialMark mark;
    mark.state = static_cast<MaterialState>(state);
    mark.reason = reason;
    if (mark.state == MaterialState::Deferred)
        mark.promisedDate = m_fx->session().latestPromiseDate(m_caseId).value();
    const Status marked = model.mark(row, mark);
    QVERIFY2(marked.ok() == ok, qPrintable(marked.error()));
    QCOMPARE(changed.isEmpty(), !ok);
    if (ok) {
        QCOMPARE(model.index(row, 0).data(ChecklistTableModel::StateRole).toInt(), state);
        QCOMPARE(model.index(row, ChecklistTableModel::DetailColumn).data().toString(), detail);
    }
    QCOMPARE(model.index(row, 0).data(ChecklistTableModel::BlockingRole).toBool(), blocking);
}

void TestIntakeModels::checklistSetDataOnlySimpleStates_data() {
    QTest::addColumn<QString>("stateName");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("received") << QStringLiteral("received") << true;
    QTest::newRow("missing") << QStringLiteral("missing") << true;
    QTest::newRow("deferred needs a date") << QStringLiteral("deferred") << false;
    QTest::newRow("unknown") << QStringLiteral("lost") << false;
}

void TestIntakeModels::checklistSetDataOnlySimpleStates() {
    QFETCH(QString, stateName);
    QFETCH(bool, accepted);
    ChecklistTableModel model(m_fx->session());
    model.setCaseId(m_caseId);
    const QModelIndex state = model.index(3, ChecklistTableModel::StateColumn);
    QVERIFY(model.flags(state) & Qt::ItemIsEditable);
    QCOMPARE(model.setData(state, stateName), accepted);
    if (accepted)
        QCOMPARE(state.data(ChecklistTableModel::StateNameRole).toString(), stateName);
}

void TestIntakeModels::casesListStatesAndDeadlines_data() {
    QTest::addColumn<int>("daysLater");
    QTest::addColumn<QString>("status");
    // Committed 5 working days from Thursday 03-12: due Thursday 03-19; legal 10: 03-26.
    QTest::newRow("same day") << 0 << QStringLiteral("green");
    QTest::newRow("one working day left") << 6 << QStringLiteral("yellow"); // Wed 03-18
    QTest::newRow("due today") << 7 << QStringLiteral("yellow");            // Thu 03-19
    QTest::newRow("overdue") << 8 << QStringLiteral("red");                 // Fri 03-20
}

void TestIntakeModels::casesListStatesAndDeadlines() {
    QFETCH(int, daysLater);
    QFETCH(QString, status);
    IntakeSession &s = m_fx->session();
    VisitCasesModel model(s);
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(s.addItem(QStringLiteral("I44")));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(VisitCasesModel::CaseIdRole).toString(), m_caseId);
    QCOMPARE(first.data(VisitCasesModel::StateNameRole).toString(), QStringLiteral("received"));
    QCOMPARE(first.data(VisitCasesModel::DeadlineStatusRole).toString(), QString());
    QVERIFY(!first.data(VisitCasesModel::CommittedDueRole).toDate().isValid());
    for (const QString &name :
         {QStringLiteral("食品经营许可申请书"),
          QStringLiteral("与食品经营相适应的主要设备设施、经营布局、操作流程等文件")})
        QVERIFY(s.markMaterial(m_caseId, name,
                               MaterialMark{MaterialState::Received, true, 1, {}, {}, {}}));
    const QString rules = s.caseById(m_caseId)->checklist.entries().at(3).standard.name;
    QVERIFY(s.markMaterial(m_caseId, rules,
                           MaterialMark{MaterialState::Received, true, 1, {}, {}, {}}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(s.accept(m_caseId).ok);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(first.data(VisitCasesModel::StateNameRole).toString(), QStringLiteral("accepted"));
    QCOMPARE(first.data(VisitCasesModel::CommittedDueRole).toDate(), QDate(2026, 3, 19));
    QVERIFY(first.data().toString().contains(QStringLiteral("2026-03-19")));
    m_fx->clock().advanceDays(daysLater);
    QCOMPARE(first.data(VisitCasesModel::DeadlineStatusRole).toString(), status);
    // The second case has no clock yet.
    QCOMPARE(model.index(1).data(VisitCasesModel::DeadlineStatusRole).toString(), QString());
    s.closeVisit();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestIntakeModels)
#include "tst_intakemodels.moc"
