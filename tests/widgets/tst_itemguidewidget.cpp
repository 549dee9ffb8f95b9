#include "guitestsupport.h"
#include "itemguidewidget.h"
#include "itempagewidget.h"
#include "itemsearchmodel.h"
#include "materialtablemodel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QTest>

using namespace ow;

namespace {
int rowOfMaterial(QAbstractItemModel *model, const QString &name) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, MaterialTableModel::NameColumn).data().toString() == name)
            return row;
    return -1;
}
} // namespace

class TestItemGuideWidget : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void searchIsDebounced();
    void materialTableShowsAttributes_data();
    void materialTableShowsAttributes();
    void departmentFilterNarrows();
    void itemPageShowsLimitsAndFlags();
    void keyboardOnly();
    void noMatchSaysSo();

private:
    QLineEdit *search() const {
        return m_guide->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    }
    QListView *results() const {
        return m_guide->findChild<QListView *>(QStringLiteral("resultList"));
    }
    void searchFor(const QString &text);
    void open(const QString &itemId);

    std::unique_ptr<test::TempWorkstation> m_store;
    ItemGuideWidget *m_guide = nullptr;
};

void TestItemGuideWidget::initTestCase() {
    m_store = std::make_unique<test::TempWorkstation>();
    QVERIFY2(m_store->error().isEmpty(), qPrintable(m_store->error()));
}

void TestItemGuideWidget::init() {
    m_guide = new ItemGuideWidget(m_store->context());
    m_guide->resize(1200, 700);
    m_guide->show();
    QVERIFY(QTest::qWaitForWindowActive(m_guide));
}

void TestItemGuideWidget::cleanup() {
    delete m_guide;
    m_guide = nullptr;
}

void TestItemGuideWidget::searchFor(const QString &text) {
    search()->clear();
    search()->setFocus();
    test::commitText(search(), text);
    QTRY_COMPARE(m_guide->searchModel()->query(), text.trimmed());
}

void TestItemGuideWidget::open(const QString &itemId) {
    const int row = m_guide->searchModel()->rowOfItem(itemId);
    QVERIFY2(row >= 0, qPrintable(itemId));
    results()->setCurrentIndex(m_guide->searchModel()->index(row));
    QTRY_VERIFY(m_guide->itemPage()->isShowingItem());
    QCOMPARE(m_guide->itemPage()->itemId(), itemId);
}

void TestItemGuideWidget::searchIsDebounced() {
    const int all = m_guide->searchModel()->rowCount();
    QCOMPARE(all, m_store->context().itemCount());
    search()->setFocus();
    test::commitText(search(), QStringLiteral("营业执照"));
    QCOMPARE(search()->text(), QStringLiteral("营业执照"));
    // Not yet: the search waits for the typing to pause.
    QCOMPARE(m_guide->searchModel()->query(), QString());
    QTRY_COMPARE(m_guide->searchModel()->query(), QStringLiteral("营业执照"));
    QVERIFY(m_guide->searchModel()->rowCount() >= 17);
    QVERIFY(m_guide->searchModel()->rowCount() < all);
    const QString count = m_guide->findChild<QLabel *>(QStringLiteral("resultCountLabel"))->text();
    QVERIFY2(count.contains(QString::number(m_guide->searchModel()->rowCount())),
             qPrintable(count));
}

void TestItemGuideWidget::materialTableShowsAttributes_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    const QString tick = QStringLiteral("✓");
    QTest::newRow("form") << int(MaterialTableModel::FormColumn)
                          << QStringLiteral("原件（核验）或电子营业执照");
    QTest::newRow("count") << int(MaterialTableModel::CountColumn) << QStringLiteral("1");
    QTest::newRow("paper") << int(MaterialTableModel::PaperColumn) << QStringLiteral("—");
    QTest::newRow("necessity") << int(MaterialTableModel::NecessityColumn)
                               << QStringLiteral("必要");
    QTest::newRow("e-licence") << int(MaterialTableModel::ELicenceColumn) << tick;
    QTest::newRow("not deferrable") << int(MaterialTableModel::DeferrableColumn) << QString();
    QTest::newRow("no sample") << int(MaterialTableModel::SampleFormColumn) << QString();
}

void TestItemGuideWidget::materialTableShowsAttributes() {
    QFETCH(int, column);
    QFETCH(QString, text);
    searchFor(QStringLiteral("营业执照"));
    results()->setCurrentIndex(m_guide->searchModel()->index(0));
    QTRY_VERIFY(m_guide->itemPage()->isShowingItem());
    auto *table = m_guide->findChild<QTableView *>(QStringLiteral("materialTable"));
    QVERIFY(table->isVisible());
    const int row = rowOfMaterial(table->model(), QStringLiteral("营业执照"));
    QVERIFY(row >= 0);
    QCOMPARE(table->model()->index(row, column).data().toString(), text);
}

void TestItemGuideWidget::departmentFilterNarrows() {
    searchFor(QStringLiteral("营业执照"));
    const int unfiltered = m_guide->searchModel()->rowCount();
    auto *combo = m_guide->findChild<QComboBox *>(QStringLiteral("departmentCombo"));
    QCOMPARE(combo->count(), m_store->context().departments().size() + 1);
    QCOMPARE(combo->currentIndex(), 0);
    const int market = combo->findData(QStringLiteral("D16"), Qt::UserRole + 1);
    QVERIFY(market > 0);
    combo->setCurrentIndex(market);
    QCOMPARE(m_guide->searchModel()->departmentId(), QStringLiteral("D16"));
    QCOMPARE(m_guide->searchModel()->rowCount(), 4);
    QVERIFY(m_guide->searchModel()->rowCount() < unfiltered);
    combo->setCurrentIndex(0);
    QCOMPARE(m_guide->searchModel()->rowCount(), unfiltered);
}

void TestItemGuideWidget::itemPageShowsLimitsAndFlags() {
    searchFor(QStringLiteral("企业投资项目备案"));
    open(QStringLiteral("I01"));
    auto label = [this](const char *name) {
        return m_guide->findChild<QLabel *>(QString::fromLatin1(name))->text();
    };
    QCOMPARE(label("itemNameLabel"), QStringLiteral("企业投资项目备案"));
    QVERIFY(label("itemMetaLabel").contains(QStringLiteral("I01")));
    QVERIFY(label("itemMetaLabel").contains(QStringLiteral("乌海市发展和改革委员会")));
    QVERIFY(label("legalLimitValue").startsWith(QStringLiteral("On the spot")));
    QVERIFY(label("legalLimitValue").contains(QStringLiteral("国务院令第673号")));
    QCOMPARE(label("visitsValue"), QStringLiteral("No visit needed"));
    QStringList chips;
    for (QLabel *chip : m_guide->findChildren<QLabel *>(QStringLiteral("flagChip")))
        chips << chip->text();
    QCOMPARE(chips, (QStringList{QStringLiteral("Instant item"), QStringLiteral("At most one trip"),
                                 QStringLiteral("Done at once")}));
}

void TestItemGuideWidget::keyboardOnly() {
    results()->setFocus();
    QTest::keyClick(m_guide, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search());
    QTest::keyClicks(search(), QStringLiteral("yyzz"));
    QTest::keyClick(search(), Qt::Key_Down);
    QCOMPARE(m_guide->searchModel()->query(), QStringLiteral("yyzz"));
    QCOMPARE(QApplication::focusWidget(), results());
    QCOMPARE(results()->currentIndex().row(), 0);
    QTRY_VERIFY(m_guide->itemPage()->isShowingItem());
    QTest::keyClick(results(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("materialTable"));
}

void TestItemGuideWidget::noMatchSaysSo() {
    searchFor(QStringLiteral("没有这个事项"));
    QCOMPARE(m_guide->searchModel()->rowCount(), 0);
    QVERIFY(m_guide->findChild<QLabel *>(QStringLiteral("resultCountLabel"))
                ->text()
                .contains(QStringLiteral("没有这个事项")));
}

QTEST_MAIN(TestItemGuideWidget)
#include "tst_itemguidewidget.moc"
