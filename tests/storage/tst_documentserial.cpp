#include "database.h"
#include "databaseserialcounter.h"
#include "documentnumber.h"
#include "tempdatabase.h"

#include <QTest>

using namespace ow;
using ow::test::TempDatabase;

class TestDocumentSerial : public QObject {
    Q_OBJECT

private:
    static void kinds() { TempDatabase::addKindRows(); }

    static std::unique_ptr<Database> openMigrated(TempDatabase &temp) {
        return temp.openMigrated();
    }

private slots:
    void sequencesArePerAgencyCategoryAndYear_data() { kinds(); }
    void sequencesArePerAgencyCategoryAndYear() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openMigrated(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        DatabaseSerialCounter counter(*db);
        const QString agency = QStringLiteral("市场监管");
        QCOMPARE(counter.last(agency, QStringLiteral("受"), 2026).value(), 0);
        QCOMPARE(counter.next(agency, QStringLiteral("受"), 2026).value(), 1);
        QCOMPARE(counter.next(agency, QStringLiteral("受"), 2026).value(), 2);
        QCOMPARE(counter.next(agency, QStringLiteral("补"), 2026).value(), 1);
        QCOMPARE(counter.next(agency, QStringLiteral("受"), 2027).value(), 1);
        QCOMPARE(counter.next(QStringLiteral("人社"), QStringLiteral("受"), 2026).value(), 1);
        QCOMPARE(counter.next(agency, QStringLiteral("受"), 2026).value(), 3);
        QCOMPARE(counter.last(agency, QStringLiteral("受"), 2026).value(), 3);
    }

    void documentNumbersUseIt_data() { kinds(); }
    void documentNumbersUseIt() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openMigrated(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        DatabaseSerialCounter counter(*db);
        const auto first = DocumentNumber::next(counter, QStringLiteral("市场监管"),
                                                NoticeDocument::Kind::AcceptanceNotice, 2026);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first.value(), QStringLiteral("市场监管受〔2026〕0001号"));
        QCOMPARE(DocumentNumber::next(counter, QStringLiteral("市场监管"),
                                      NoticeDocument::Kind::AcceptanceNotice, 2026)
                     .value(),
                 QStringLiteral("市场监管受〔2026〕0002号"));
    }

    // Two connections (two windows) drawing in turn never get the same serial, and the
    // sequence survives closing the connection.
    void connectionsShareTheSequence_data() { kinds(); }
    void connectionsShareTheSequence() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto first = openMigrated(temp);
        QVERIFY2(first, qPrintable(temp.error()));
        auto second = temp.open();
        QVERIFY(second);
        DatabaseSerialCounter a(*first);
        DatabaseSerialCounter b(*second);
        QList<int> drawn;
        for (int i = 0; i < 10; ++i) {
            drawn << a.next(QStringLiteral("政务"), QStringLiteral("收"), 2026).value();
            drawn << b.next(QStringLiteral("政务"), QStringLiteral("收"), 2026).value();
        }
        QList<int> expected;
        for (int i = 1; i <= 20; ++i)
            expected << i;
        QCOMPARE(drawn, expected);
        first.reset();
        second.reset();
        auto again = temp.open();
        QCOMPARE(DatabaseSerialCounter(*again)
                     .next(QStringLiteral("政务"), QStringLiteral("收"), 2026)
                     .value(),
                 21);
    }

    // Inside a caller's transaction the serial is undone with it (the CLI saves a whole
    // scenario this way).
    void rollbackReturnsTheSerial_data() { kinds(); }
    void rollbackReturnsTheSerial() {
        QFETCH(TempDatabase::Kind, kind);
        TempDatabase temp(kind);
        auto db = openMigrated(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        DatabaseSerialCounter counter(*db);
        QCOMPARE(counter.next(QStringLiteral("政务"), QStringLiteral("告"), 2026).value(), 1);
        const Status st = db->transaction([&]() -> Status {
            if (counter.next(QStringLiteral("政务"), QStringLiteral("告"), 2026).value() != 2)
                return Status::failure(QStringLiteral("expected serial 2"));
            return Status::failure(QStringLiteral("abandon"));
        });
        QCOMPARE(st.error(), QStringLiteral("abandon"));
        QCOMPARE(counter.next(QStringLiteral("政务"), QStringLiteral("告"), 2026).value(), 2);
    }

    void emptyNamesAreRefused_data() {
        QTest::addColumn<QString>("agency");
        QTest::addColumn<QString>("category");
        QTest::newRow("no agency") << QString() << QStringLiteral("受");
        QTest::newRow("blank agency") << QStringLiteral("  ") << QStringLiteral("受");
        QTest::newRow("no category") << QStringLiteral("政务") << QString();
    }
    void emptyNamesAreRefused() {
        QFETCH(QString, agency);
        QFETCH(QString, category);
        TempDatabase temp(TempDatabase::Kind::Sqlite);
        auto db = openMigrated(temp);
        QVERIFY2(db, qPrintable(temp.error()));
        const auto serial = DatabaseSerialCounter(*db).next(agency, category, 2026);
        QVERIFY(!serial.ok());
        QVERIFY2(serial.error().contains(QStringLiteral("agency")), qPrintable(serial.error()));
    }
};

QTEST_GUILESS_MAIN(TestDocumentSerial)
#include "tst_documentserial.moc"
