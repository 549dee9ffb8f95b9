#include "database.h"
#include "migrations.h"
#include "tempdatabase.h"

#include <QSqlQuery>
#include <QtTest>

using namespace ow;
using ow::test::TempDatabase;

class TestMigrations : public QObject {
    Q_OBJECT

private:
    static void kinds() { TempDatabase::addKindRows(); }

    static std::unique_ptr<Database> openFresh(TempDatabase &temp) {
        auto db = temp.open();
        if (!db)
            qWarning("%s", qPrintable(temp.error()));
        return db;
    }

    static QStringList tables(Database &db) {
        QStringList names = db.connection().tables();
        names.sort();
        return names;
    }

private slots:
    void freshDatabaseReachesLatest_data() { kinds(); }
    void freshDatabaseReachesLatest() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openFresh(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        QCOMPARE(db->schemaVersion(), 0);
        const Status st = db->migrate();
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
        const QStringList names = tables(*db);
        for (const char *t : {"departments", "items", "materials", "catalog_meta", "item_search",
                              "users", "schema_migrations"})
            QVERIFY2(names.contains(QLatin1String(t)), t);
    }

    void migrateTwiceIsHarmless_data() { kinds(); }
    void migrateTwiceIsHarmless() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openFresh(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        QVERIFY(db->migrate().ok());
        const Status again = db->migrate();
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), allMigrations().size());
    }

    void newerSchemaIsRefused_data() { kinds(); }
    void newerSchemaIsRefused() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openFresh(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        QVERIFY(db->migrate().ok());
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                 "VALUES (?, 'from the future', '2030-01-01T00:00:00Z')"));
        q.addBindValue(Migrator::latestVersion() + 7);
        QVERIFY(q.exec());
        db.reset();

        auto reopened = temp.open();
        QVERIFY(reopened);
        const Status st = reopened->migrate();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().contains(QLatin1String("newer OneWindow")), qPrintable(st.error()));
        QVERIFY2(st.error().contains(QString::number(Migrator::latestVersion() + 7)),
                 qPrintable(st.error()));
    }

    void failedMigrationLeavesNothingBehind_data() { kinds(); }
    void failedMigrationLeavesNothingBehind() {
        // A table the first migration wants to create already exists: its CREATE fails, and
        // everything the migration did before that point must be rolled back.
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openFresh(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE catalog_meta (x INTEGER)")));
        const Status st = db->migrate();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().contains(QLatin1String("migration 1")), qPrintable(st.error()));
        QCOMPARE(db->schemaVersion(), 0);
        const QStringList names = tables(*db);
        QVERIFY2(!names.contains(QLatin1String("departments")), qPrintable(names.join(u',')));
        QVERIFY2(!names.contains(QLatin1String("items")), qPrintable(names.join(u',')));
    }

    void sqliteUsesWal() {
        TempDatabase temp(TempDatabase::Kind::Sqlite);
        auto db = temp.open();
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void urlParsing_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("display");
        QTest::newRow("sqlite") << "sqlite:/tmp/a.db" << true << "sqlite:/tmp/a.db";
        QTest::newRow("pg") << "postgresql://ow:secret@127.0.0.1:5544/hall" << true
                            << "postgresql://ow@127.0.0.1:5544/hall";
        QTest::newRow("pg default port")
            << "postgresql://ow@db.example/hall" << true << "postgresql://ow@db.example:5432/hall";
        QTest::newRow("empty sqlite") << "sqlite:" << false << "";
        QTest::newRow("pg no db") << "postgresql://ow@host:5432/" << false << "";
        QTest::newRow("unknown scheme") << "mysql://x@y/z" << false << "";
        QTest::newRow("empty") << "" << false << "";
    }
    void urlParsing() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, display);
        const auto url = DatabaseUrl::parse(text);
        QCOMPARE(url.ok(), ok);
        if (ok)
            QCOMPARE(url->display(), display);
        else
            QVERIFY(!url.error().isEmpty());
        QVERIFY(!url.error().contains(QLatin1String("secret")));
    }

    void unreachablePostgresGivesMessage() {
        auto db = Database::open(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("127.0.0.1:1")), qPrintable(db.error()));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
