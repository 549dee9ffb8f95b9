#include "itemsearchmodel.h"
#include "workstationcontext.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

// The search model over the demo catalog that a first run loads.
class TestItemSearchModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void emptyQueryListsEveryItem();
    void findsItems_data();
    void findsItems();
    void departmentFilterNarrows_data();
    void departmentFilterNarrows();
    void rolesCarryIds();
    void unchangedQueryDoesNotSearchAgain();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkstationContext> m_context;
};

void TestItemSearchModel::initTestCase() {
    QVERIFY(m_dir.isValid());
    auto context = WorkstationContext::open(m_dir.path());
    QVERIFY2(context, qPrintable(context.error()));
    m_context = std::move(context.value());
    auto firstRun = m_context->ensureFirstRun();
    QVERIFY2(firstRun, qPrintable(firstRun.error()));
    QVERIFY(m_context->itemCount() > 0);
}

void TestItemSearchModel::emptyQueryListsEveryItem() {
    ItemSearchModel model(m_context->itemSearch());
    QCOMPARE(model.rowCount(), m_context->itemCount());
}

void TestItemSearchModel::findsItems_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectedItemId");
    QTest::addColumn<int>("minimumRows");
    QTest::newRow("item name") << QStringLiteral("食品经营许可") << QStringLiteral("I45") << 1;
    QTest::newRow("material name") << QStringLiteral("营业执照") << QStringLiteral("I01") << 17;
    QTest::newRow("pinyin initials") << QStringLiteral("spjy") << QStringLiteral("I45") << 1;
    QTest::newRow("surrounding spaces")
        << QStringLiteral("  营业执照 ") << QStringLiteral("I48") << 17;
    QTest::newRow("nothing") << QStringLiteral("不存在的事项名称") << QString() << 0;
}

void TestItemSearchModel::findsItems() {
    QFETCH(QString, query);
    QFETCH(QString, expectedItemId);
    QFETCH(int, minimumRows);
    ItemSearchModel model(m_context->itemSearch());
    model.setQuery(query);
    QCOMPARE(model.query(), query.trimmed());
    QVERIFY2(model.rowCount() >= minimumRows, qPrintable(QString::number(model.rowCount())));
    if (expectedItemId.isEmpty())
        QCOMPARE(model.rowCount(), 0);
    else
        QVERIFY2(model.rowOfItem(expectedItemId) >= 0, qPrintable(expectedItemId));
}

void TestItemSearchModel::departmentFilterNarrows_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("departmentId");
    QTest::addColumn<int>("expectedRows");
    QTest::newRow("licence in market regulation")
        << QStringLiteral("营业执照") << QStringLiteral("D16") << 4;
    QTest::newRow("licence in development")
        << QStringLiteral("营业执照") << QStringLiteral("D01") << 2;
    QTest::newRow("all of housing") << QString() << QStringLiteral("D09") << 7;
    QTest::newRow("all of education") << QString() << QStringLiteral("D02") << 1;
}

void TestItemSearchModel::departmentFilterNarrows() {
    QFETCH(QString, query);
    QFETCH(QString, departmentId);
    QFETCH(int, expectedRows);
    ItemSearchModel model(m_context->itemSearch());
    model.setQuery(query);
    const int unfiltered = model.rowCount();
    model.setDepartmentId(departmentId);
    QCOMPARE(model.rowCount(), expectedRows);
    QVERIFY(model.rowCount() < unfiltered);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row).data(ItemSearchModel::DepartmentIdRole).toString(), departmentId);
    model.setDepartmentId({});
    QCOMPARE(model.rowCount(), unfiltered);
}

void TestItemSearchModel::rolesCarryIds() {
    ItemSearchModel model(m_context->itemSearch());
    model.setQuery(QStringLiteral("食品经营许可"));
    const int row = model.rowOfItem(QStringLiteral("I45"));
    QVERIFY(row >= 0);
    const QModelIndex index = model.index(row);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("食品经营许可"));
    QCOMPARE(index.data(ItemSearchModel::ItemIdRole).toString(), QStringLiteral("I45"));
    QCOMPARE(index.data(ItemSearchModel::DepartmentIdRole).toString(), QStringLiteral("D16"));
    QVERIFY(!index.data(ItemSearchModel::DepartmentNameRole).toString().isEmpty());
    QCOMPARE(model.hitAt(row).itemId, QStringLiteral("I45"));
    QCOMPARE(model.hitAt(-1).itemId, QString());
    QVERIFY(!model.index(model.rowCount()).data().isValid());
    QVERIFY(model.roleNames().values().contains("itemId"));
}

void TestItemSearchModel::unchangedQueryDoesNotSearchAgain() {
    ItemSearchModel model(m_context->itemSearch());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setQuery(QStringLiteral("营业执照"));
    model.setQuery(QStringLiteral("营业执照 "));
    model.setDepartmentId(QStringLiteral("D16"));
    model.setDepartmentId(QStringLiteral("D16"));
    QCOMPARE(resets.count(), 2);
}

QTEST_GUILESS_MAIN(TestItemSearchModel)
#include "tst_itemsearchmodel.moc"
