#include "materialtablemodel.h"

#include <QTest>

using namespace ow;

class TestMaterialTableModel : public QObject {
    Q_OBJECT
private slots:
    void shape();
    void cells_data();
    void cells();
    void checkedRole_data();
    void checkedRole();
    void headers_data();
    void headers();
    void tooltipTellsSourceAndNote();

private:
    static QList<Material> materials();
};

QList<Material> TestMaterialTableModel::materials() {
    Material licence;
    licence.name = QStringLiteral("营业执照");
    licence.form = QStringLiteral("原件（核验）或电子营业执照");
    licence.count = 1;
    licence.paperSpec = QStringLiteral("—");
    licence.necessity = QStringLiteral("必要");
    licence.eLicenceExempt = true;
    licence.source = QStringLiteral("政府部门核发");
    licence.note = QStringLiteral("通过电子证照库获取，免提交");

    Material plan;
    plan.name = QStringLiteral("平面布局图");
    plan.form = QStringLiteral("复印件");
    plan.count = 2;
    plan.paperSpec = QStringLiteral("A3");
    plan.necessity = QStringLiteral("容缺后补");
    plan.deferrable = true;
    plan.hasBlankForm = true;
    plan.hasSampleForm = true;
    return {licence, plan};
}

void TestMaterialTableModel::shape() {
    MaterialTableModel model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 9);
    model.setMaterials(materials());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.materials().size(), 2);
    QVERIFY(!model.index(2, 0).data().isValid());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestMaterialTableModel::cells_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    const QString tick = QStringLiteral("✓");
    QTest::newRow("name") << 0 << int(MaterialTableModel::NameColumn) << QStringLiteral("营业执照");
    QTest::newRow("form") << 0 << int(MaterialTableModel::FormColumn)
                          << QStringLiteral("原件（核验）或电子营业执照");
    QTest::newRow("count") << 1 << int(MaterialTableModel::CountColumn) << QStringLiteral("2");
    QTest::newRow("paper") << 1 << int(MaterialTableModel::PaperColumn) << QStringLiteral("A3");
    QTest::newRow("necessity") << 1 << int(MaterialTableModel::NecessityColumn)
                               << QStringLiteral("容缺后补");
    QTest::newRow("not deferrable") << 0 << int(MaterialTableModel::DeferrableColumn) << QString();
    QTest::newRow("deferrable") << 1 << int(MaterialTableModel::DeferrableColumn) << tick;
    QTest::newRow("e-licence") << 0 << int(MaterialTableModel::ELicenceColumn) << tick;
    QTest::newRow("not e-licence") << 1 << int(MaterialTableModel::ELicenceColumn) << QString();
    QTest::newRow("no blank form") << 0 << int(MaterialTableModel::BlankFormColumn) << QString();
    QTest::newRow("blank form") << 1 << int(MaterialTableModel::BlankFormColumn) << tick;
    QTest::newRow("sample form") << 1 << int(MaterialTableModel::SampleFormColumn) << tick;
}

void TestMaterialTableModel::cells() {
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    MaterialTableModel model;
    model.setMaterials(materials());
    QCOMPARE(model.index(row, column).data().toString(), text);
    const auto alignment =
        model.index(row, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    QCOMPARE(bool(alignment & Qt::AlignHCenter), column != MaterialTableModel::NameColumn);
}

void TestMaterialTableModel::checkedRole_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("isCheck");
    QTest::addColumn<bool>("firstRow");
    QTest::newRow("name") << int(MaterialTableModel::NameColumn) << false << false;
    QTest::newRow("count") << int(MaterialTableModel::CountColumn) << false << false;
    QTest::newRow("deferrable") << int(MaterialTableModel::DeferrableColumn) << true << false;
    QTest::newRow("e-licence") << int(MaterialTableModel::ELicenceColumn) << true << true;
    QTest::newRow("sample") << int(MaterialTableModel::SampleFormColumn) << true << false;
}

void TestMaterialTableModel::checkedRole() {
    QFETCH(int, column);
    QFETCH(bool, isCheck);
    QFETCH(bool, firstRow);
    MaterialTableModel model;
    model.setMaterials(materials());
    QCOMPARE(MaterialTableModel::isCheckColumn(column), isCheck);
    const QVariant value = model.index(0, column).data(MaterialTableModel::CheckedRole);
    QCOMPARE(value.isValid(), isCheck);
    if (isCheck)
        QCOMPARE(value.toBool(), firstRow);
}

void TestMaterialTableModel::headers_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("hasTooltip");
    QTest::newRow("name") << int(MaterialTableModel::NameColumn) << QStringLiteral("Material")
                          << false;
    QTest::newRow("form") << int(MaterialTableModel::FormColumn)
                          << QStringLiteral("Original / copy") << false;
    QTest::newRow("deferrable") << int(MaterialTableModel::DeferrableColumn)
                                << QStringLiteral("Deferrable") << true;
    QTest::newRow("e-licence") << int(MaterialTableModel::ELicenceColumn)
                               << QStringLiteral("From e-licence") << true;
    QTest::newRow("sample") << int(MaterialTableModel::SampleFormColumn)
                            << QStringLiteral("Sample form") << true;
}

void TestMaterialTableModel::headers() {
    QFETCH(int, column);
    QFETCH(QString, title);
    QFETCH(bool, hasTooltip);
    MaterialTableModel model;
    QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), title);
    QCOMPARE(model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).isValid(), hasTooltip);
    QCOMPARE(model.headerData(column, Qt::Vertical).toInt(), column + 1);
}

void TestMaterialTableModel::tooltipTellsSourceAndNote() {
    MaterialTableModel model;
    model.setMaterials(materials());
    const QString tip =
        model.index(0, MaterialTableModel::PaperColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("政府部门核发")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("免提交")), qPrintable(tip));
}

QTEST_GUILESS_MAIN(TestMaterialTableModel)
#include "tst_materialtablemodel.moc"
