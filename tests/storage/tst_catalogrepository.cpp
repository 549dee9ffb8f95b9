#include "catalogjson.h"
#include "catalogrepository.h"
#include "database.h"
#include "itemsearch.h"
#include "syntheticcatalog.h"
#include "tempdatabase.h"
#include "testpaths.h"

#include <QSqlQuery>
#include <QTest>

using namespace ow;
using ow::test::TempDatabase;

namespace {

Catalog demo() {
    const CatalogReadResult result =
        CatalogJson::readFile(test::sourceDir() + QStringLiteral("/resources/catalog-demo.json"));
    return result.catalog.value_or(Catalog{});
}

} // namespace

class TestCatalogRepository : public QObject {
    Q_OBJECT

private:
    static void kinds() { TempDatabase::addKindRows(); }

    static std::unique_ptr<Database> openMigrated(TempDatabase &temp) {
        return temp.openMigrated();
    }

private slots:
    void initTestCase() { QCOMPARE(demo().items.size(), 54); }

    void emptyAtFirst_data() { kinds(); }
    void emptyAtFirst() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openMigrated(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        CatalogRepository repo(*db);
        QVERIFY(repo.isEmpty());
        QCOMPARE(repo.itemCount(), 0);
        QCOMPARE(repo.version(), 0);
        QVERIFY(repo.departments().isEmpty());
        QVERIFY(!repo.item(QStringLiteral("I01")).ok());
        const auto loaded = repo.load();
        QVERIFY(loaded.ok());
        QVERIFY(loaded->items.isEmpty());
    }

    void replaceAndLoad_data() { kinds(); }
    void replaceAndLoad() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openMigrated(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        CatalogRepository repo(*db);
        const Catalog catalog = demo();
        const Status st = repo.replace(catalog);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QVERIFY(!repo.isEmpty());
        QCOMPARE(repo.itemCount(), 54);
        QCOMPARE(repo.version(), 1);
        QCOMPARE(repo.departments(), catalog.departments);

        const auto loaded = repo.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->departments, catalog.departments);
        QCOMPARE(loaded->extras, catalog.extras);
        QCOMPARE(loaded->items.size(), catalog.items.size());
        for (qsizetype i = 0; i < catalog.items.size(); ++i)
            QVERIFY2(loaded->items.at(i) == catalog.items.at(i),
                     qPrintable(catalog.items.at(i).id));
        QVERIFY(*loaded == catalog);

        const auto item = repo.item(QStringLiteral("I08"));
        QVERIFY2(item.ok(), qPrintable(item.error()));
        QVERIFY(item.value() == *catalog.item(QStringLiteral("I08")));
        const auto missing = repo.item(QStringLiteral("I99"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QStringLiteral("I99")));
    }

    void replaceAgainReplacesEverything_data() { kinds(); }
    void replaceAgainReplacesEverything() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openMigrated(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        CatalogRepository repo(*db);
        QVERIFY(repo.replace(demo()).ok());

        const Catalog synthetic = SyntheticCatalog::generate(300, 7);
        const Status st = repo.replace(synthetic);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QCOMPARE(repo.version(), 2);
        QCOMPARE(repo.itemCount(), 300);
        const auto loaded = repo.load();
        QVERIFY(loaded.ok());
        QVERIFY(*loaded == synthetic);
        // The search index follows: the demo's items are gone from it.
        ItemSearch search(*db);
        QVERIFY(search.find(QStringLiteral("企业投资项目备案")).isEmpty());
        QCOMPARE(search.find(QStringLiteral("I00300")).size(), 1);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM item_search")) && q.next());
        QCOMPARE(q.value(0).toInt(), 300);
    }

    void failedReplaceKeepsThePreviousCatalog_data() {
        QTest::addColumn<TempDatabase::Kind>("kind");
        QTest::addColumn<QString>("fault");
        for (const auto &[name, kind] : {std::pair{"sqlite", TempDatabase::Kind::Sqlite},
                                         std::pair{"postgresql", TempDatabase::Kind::Postgres}}) {
            QTest::addRow("%s: duplicate item id", name) << kind << "duplicate item";
            QTest::addRow("%s: unknown department", name) << kind << "dangling dept";
        }
    }

    void failedReplaceKeepsThePreviousCatalog() {
        QFETCH(TempDatabase::Kind, kind);
        QFETCH(QString, fault);
        TempDatabase temp(kind);
        auto db = openMigrated(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        CatalogRepository repo(*db);
        const Catalog original = demo();
        QVERIFY(repo.replace(original).ok());

        // A catalog the database refuses late in the transaction (after the deletes and many
        // inserts): the last item breaks a constraint.
        Catalog broken = SyntheticCatalog::generate(120, 3);
        if (fault == QLatin1String("duplicate item"))
            broken.items.last().id = broken.items.first().id;
        else
            broken.items.last().deptId = QStringLiteral("D404"); // no such department
        const Status st = repo.replace(broken);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().contains(broken.items.last().id), qPrintable(st.error()));

        QCOMPARE(repo.version(), 1);
        QCOMPARE(repo.itemCount(), 54);
        const auto loaded = repo.load();
        QVERIFY(loaded.ok());
        QVERIFY(*loaded == original);
        ItemSearch search(*db);
        QCOMPARE(search.find(QStringLiteral("企业投资项目备案")).size(), 1);
        QVERIFY(search.find(QStringLiteral("I00001")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogRepository)
#include "tst_catalogrepository.moc"
