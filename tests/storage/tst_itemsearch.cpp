#include "catalogjson.h"
#include "catalogrepository.h"
#include "database.h"
#include "itemsearch.h"
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

// The items a plain substring scan finds: every term in the name, id, department name or short
// name, or a material name (the search must agree with this for non-pinyin queries).
QStringList bruteForce(const Catalog &catalog, const QString &query, const QString &deptId = {}) {
    QStringList ids;
    const QStringList terms = query.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const Item &item : catalog.items) {
        if (!deptId.isEmpty() && item.deptId != deptId)
            continue;
        const Department *d = catalog.department(item.deptId);
        QStringList texts{item.name, item.id.toLower(), d->name, d->shortName};
        for (const Material &m : item.materials)
            texts << m.name;
        const QString all = texts.join(QChar(0x1F));
        bool every = true;
        for (const QString &t : terms)
            every = every && all.contains(t);
        if (every)
            ids << item.id;
    }
    return ids;
}

QStringList idsOf(const QList<ItemHit> &hits) {
    QStringList ids;
    for (const ItemHit &h : hits)
        ids << h.itemId;
    return ids;
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

} // namespace

class TestItemSearch : public QObject {
    Q_OBJECT

private:
    Catalog m_catalog;
    TempDatabase m_sqlite{TempDatabase::Kind::Sqlite};
    TempDatabase m_postgres{TempDatabase::Kind::Postgres};
    std::unique_ptr<Database> m_sqliteDb;
    std::unique_ptr<Database> m_postgresDb;

    static std::unique_ptr<Database> prepare(TempDatabase &temp, const Catalog &catalog) {
        auto db = temp.open();
        if (!db || !db->migrate().ok() || !CatalogRepository(*db).replace(catalog).ok())
            return nullptr;
        return db;
    }

    // The database of the current row, or nullptr (the row is skipped with the reason).
    Database *database(TempDatabase::Kind kind) {
        return kind == TempDatabase::Kind::Sqlite ? m_sqliteDb.get() : m_postgresDb.get();
    }

    void addRows(const char *name, const QString &query, const QString &dept,
                 const QStringList &expected, const QString &first) {
        QTest::addRow("sqlite: %s", name)
            << TempDatabase::Kind::Sqlite << query << dept << expected << first;
        QTest::addRow("postgresql: %s", name)
            << TempDatabase::Kind::Postgres << query << dept << expected << first;
    }

private slots:
    void initTestCase() {
        m_catalog = demo();
        QCOMPARE(m_catalog.items.size(), 54);
        m_sqliteDb = prepare(m_sqlite, m_catalog);
        QVERIFY2(m_sqliteDb, qPrintable(m_sqlite.error()));
        m_postgresDb = prepare(m_postgres, m_catalog);
        if (!m_postgresDb)
            qWarning("PostgreSQL rows will be skipped: %s", qPrintable(m_postgres.error()));
    }

    void find_data() {
        QTest::addColumn<TempDatabase::Kind>("kind");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("dept");
        QTest::addColumn<QStringList>("expected"); // in any order; the first is checked apart
        QTest::addColumn<QString>("first");        // empty: any

        const Catalog &c = m_catalog;
        const QString none;
        // Substring queries: compared with a brute-force scan of the catalog.
        addRows("material 营业执照 (FTS)", QStringLiteral("营业执照"), none,
                bruteForce(c, QStringLiteral("营业执照")), none);
        addRows("two characters 户口", QStringLiteral("户口"), none,
                bruteForce(c, QStringLiteral("户口")), QStringLiteral("I08"));
        addRows("one character 户", QStringLiteral("户"), none, bruteForce(c, QStringLiteral("户")),
                QStringLiteral("I08"));
        addRows("exact name first", QStringLiteral("取水许可"), none,
                bruteForce(c, QStringLiteral("取水许可")), QStringLiteral("I34"));
        addRows("name contains before materials", QStringLiteral("居民身份证"), none,
                bruteForce(c, QStringLiteral("居民身份证")), QStringLiteral("I06"));
        addRows("item id", QStringLiteral("I01"), none, {QStringLiteral("I01")},
                QStringLiteral("I01"));
        addRows("item id, lower case", QStringLiteral("i45"), none, {QStringLiteral("I45")}, none);
        addRows("item id, full-width", QStringLiteral("Ｉ４５"), none, {QStringLiteral("I45")},
                none);
        addRows("department name", QStringLiteral("乌海市公安局"), none,
                bruteForce(c, QStringLiteral("乌海市公安局")), QStringLiteral("I06"));
        addRows("department short name", QStringLiteral("公安"), none,
                bruteForce(c, QStringLiteral("公安")), none);
        addRows("material name", QStringLiteral("户口簿"), none,
                bruteForce(c, QStringLiteral("户口簿")), none);
        addRows("department filter", QStringLiteral("身份证"), QStringLiteral("D03"),
                bruteForce(c, QStringLiteral("身份证"), QStringLiteral("D03")), none);
        addRows("empty query lists the department", QString(), QStringLiteral("D16"),
                bruteForce(c, QString(), QStringLiteral("D16")), QStringLiteral("I43"));
        addRows("AND of terms", QStringLiteral("公安  户口"), none,
                bruteForce(c, QStringLiteral("公安 户口")), none);
        addRows("AND of long terms", QStringLiteral("营业执照 授权委托书"), none,
                bruteForce(c, QStringLiteral("营业执照 授权委托书")), none);
        addRows("surrounding spaces", QStringLiteral("  食品经营许可 "), none,
                bruteForce(c, QStringLiteral("食品经营许可")), QStringLiteral("I45"));
        // Pinyin.
        addRows("item initials hkqy", QStringLiteral("hkqy"), none, {QStringLiteral("I08")},
                QStringLiteral("I08"));
        addRows("material initials yyzz", QStringLiteral("yyzz"), none,
                bruteForce(c, QStringLiteral("营业执照")), none);
        addRows("upper-case initials", QStringLiteral("YYZZ"), none,
                bruteForce(c, QStringLiteral("营业执照")), none);
        addRows("full pinyin", QStringLiteral("hukouqianyi"), none, {QStringLiteral("I08")},
                QStringLiteral("I08"));
        // Nothing, and nothing broken.
        addRows("no hit", QStringLiteral("量子计算机"), none, {}, none);
        addRows("no hit, pinyin", QStringLiteral("qqqxz"), none, {}, none);
        addRows("percent sign", QStringLiteral("%"), none, bruteForce(c, QStringLiteral("%")),
                none);
        addRows("underscore", QStringLiteral("_"), none, bruteForce(c, QStringLiteral("_")), none);
        addRows("backslash", QStringLiteral("\\"), none, bruteForce(c, QStringLiteral("\\")), none);
        addRows("double quote", QStringLiteral("营业\"执照"), none,
                bruteForce(c, QStringLiteral("营业\"执照")), none);
        addRows("lone double quote", QStringLiteral("\""), none,
                bruteForce(c, QStringLiteral("\"")), none);
        addRows("FTS syntax", QStringLiteral("营业 OR * NEAR(执照)"), none, {}, none);
        addRows("SQL injection", QStringLiteral("'; DROP TABLE items; --"), none, {}, none);
        addRows("control characters", QStringLiteral("营业\x1f执照"), none,
                bruteForce(c, QStringLiteral("营业执照")), none);
    }

    void find() {
        QFETCH(TempDatabase::Kind, kind);
        QFETCH(QString, query);
        QFETCH(QString, dept);
        QFETCH(QStringList, expected);
        QFETCH(QString, first);
        Database *db = database(kind);
        if (!db)
            QSKIP(qPrintable(m_postgres.error()));

        const QList<ItemHit> hits = ItemSearch(*db).find(query, dept);
        QCOMPARE(sorted(idsOf(hits)), sorted(expected));
        if (!first.isEmpty())
            QCOMPARE(hits.first().itemId, first);
        for (const ItemHit &hit : hits) {
            const Item *item = m_catalog.item(hit.itemId);
            QVERIFY(item);
            QCOMPARE(hit.name, item->name);
            QCOMPARE(hit.deptId, item->deptId);
            QCOMPARE(hit.deptName, m_catalog.department(item->deptId)->name);
        }
        QCOMPARE(CatalogRepository(*db).itemCount(), 54); // still there after any query
    }

    void ordersByRankThenPosition_data() {
        QTest::addColumn<TempDatabase::Kind>("kind");
        QTest::newRow("sqlite") << TempDatabase::Kind::Sqlite;
        QTest::newRow("postgresql") << TempDatabase::Kind::Postgres;
    }

    void ordersByRankThenPosition() {
        QFETCH(TempDatabase::Kind, kind);
        Database *db = database(kind);
        if (!db)
            QSKIP(qPrintable(m_postgres.error()));
        // 户: I08 户口迁移审批 and I43 个体工商户设立登记 have it in the name, the rest only in
        // materials (居民户口簿...) and come after, in catalog order.
        const QStringList ids = idsOf(ItemSearch(*db).find(QStringLiteral("户")));
        QVERIFY(ids.size() > 2);
        QCOMPARE(ids.mid(0, 2), (QStringList{QStringLiteral("I08"), QStringLiteral("I43")}));
        QStringList rest = ids.mid(2);
        QStringList byPosition = rest;
        std::sort(byPosition.begin(), byPosition.end());
        QCOMPARE(rest, byPosition);
    }

    void limit_data() { ordersByRankThenPosition_data(); }
    void limit() {
        QFETCH(TempDatabase::Kind, kind);
        Database *db = database(kind);
        if (!db)
            QSKIP(qPrintable(m_postgres.error()));
        QCOMPARE(ItemSearch(*db).find(QString(), {}, 5).size(), 5);
        QCOMPARE(ItemSearch(*db).find(QString()).size(), 54);
        QCOMPARE(ItemSearch(*db).find(QStringLiteral("营业执照"), {}, 2).size(), 2);
    }

    void normalise_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("trim and lower") << "  YYZZ "
                                        << "yyzz";
        QTest::newRow("full-width") << "ＹＹＺＺ１２３"
                                    << "yyzz123";
        QTest::newRow("ideographic space") << "户口\u3000迁移"
                                           << "户口 迁移";
        QTest::newRow("full-width parentheses") << "营业执照（副本）"
                                                << "营业执照(副本)";
        QTest::newRow("control characters") << "a\x1f"
                                               "b\tc"
                                            << "ab c";
    }

    void normalise() {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        QCOMPARE(ItemSearch::normalise(text), normalised);
    }
};

QTEST_GUILESS_MAIN(TestItemSearch)
#include "tst_itemsearch.moc"
