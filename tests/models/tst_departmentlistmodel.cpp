#include "departmentlistmodel.h"

#include <QTest>

using namespace ow;

class TestDepartmentListModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void firstRowIsAllDepartments();
    void rows_data();
    void rows();
    void rowOf_data();
    void rowOf();

private:
    QList<Department> m_departments;
};

void TestDepartmentListModel::init() {
    m_departments = {
        {QStringLiteral("D01"), QStringLiteral("乌海市发展和改革委员会"), QStringLiteral("发改委")},
        {QStringLiteral("D03"), QStringLiteral("乌海市公安局"), QStringLiteral("公安")},
        {QStringLiteral("D16"), QStringLiteral("乌海市市场监督管理局"), QString()}};
}

void TestDepartmentListModel::firstRowIsAllDepartments() {
    DepartmentListModel model;
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("All departments"));
    model.setDepartments(m_departments);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("All departments"));
    QCOMPARE(model.index(0).data(DepartmentListModel::DepartmentIdRole).toString(), QString());
    QCOMPARE(model.departmentIdAt(0), QString());
}

void TestDepartmentListModel::rows_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("tooltip");
    QTest::newRow("first") << 1 << QStringLiteral("乌海市发展和改革委员会") << QStringLiteral("D01")
                           << QStringLiteral("乌海市发展和改革委员会（发改委）");
    QTest::newRow("second") << 2 << QStringLiteral("乌海市公安局") << QStringLiteral("D03")
                            << QStringLiteral("乌海市公安局（公安）");
    QTest::newRow("no short name")
        << 3 << QStringLiteral("乌海市市场监督管理局") << QStringLiteral("D16")
        << QStringLiteral("乌海市市场监督管理局");
}

void TestDepartmentListModel::rows() {
    QFETCH(int, row);
    QFETCH(QString, name);
    QFETCH(QString, id);
    QFETCH(QString, tooltip);
    DepartmentListModel model;
    model.setDepartments(m_departments);
    QCOMPARE(model.index(row).data().toString(), name);
    QCOMPARE(model.index(row).data(DepartmentListModel::DepartmentIdRole).toString(), id);
    QCOMPARE(model.index(row).data(Qt::ToolTipRole).toString(), tooltip);
    QCOMPARE(model.departmentIdAt(row), id);
}

void TestDepartmentListModel::rowOf_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("row");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("known") << QStringLiteral("D16") << 3;
    QTest::newRow("unknown") << QStringLiteral("D99") << 0;
}

void TestDepartmentListModel::rowOf() {
    QFETCH(QString, id);
    QFETCH(int, row);
    DepartmentListModel model;
    model.setDepartments(m_departments);
    QCOMPARE(model.rowOf(id), row);
    QCOMPARE(model.departmentIdAt(99), QString());
    QCOMPARE(model.departmentIdAt(-1), QString());
}

QTEST_GUILESS_MAIN(TestDepartmentListModel)
#include "tst_departmentlistmodel.moc"
