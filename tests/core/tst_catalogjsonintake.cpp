#include "catalogjsonfixture.h"

#include <QTest>

using namespace ow;
using namespace ow::catalogtest;

// The optional item fields the intake needs (deferral, correction clock, agency...): their
// defaults and their JSON round trip.
class TestCatalogJsonIntake : public QObject {
    Q_OBJECT

private slots:
    void intakeFieldDefaults() {
        const CatalogReadResult result = CatalogJson::readFile(demoPath());
        QVERIFY(result.ok());
        const Catalog &catalog = *result.catalog;
        const Item *i01 = catalog.item(QStringLiteral("I01"));
        const Item *i02 = catalog.item(QStringLiteral("I02"));
        QVERIFY(i01 && i02);
        QVERIFY(!i01->allowsDeferral()); // no deferrable material
        QVERIFY(i02->allowsDeferral());
        QCOMPARE(i02->deferralLimitDays(), 10); // the committed limit
        QVERIFY(!i02->overdueRefuses());
        QVERIFY(!i02->correctionPausesClock());
        QCOMPARE(catalog.agencyAbbrev(*i02), QStringLiteral("发改委"));
        QVERIFY(i02->levels.isEmpty());
    }

    void intakeFieldsRoundTrip_data() {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("written"); // false: equal to the default, left out on export

        QTest::newRow("allowed off")
            << "items/1/deferral" << QJsonValue(QJsonObject{{QStringLiteral("allowed"), false}})
            << true;
        QTest::newRow("allowed as default")
            << "items/1/deferral" << QJsonValue(QJsonObject{{QStringLiteral("allowed"), true}})
            << false;
        QTest::newRow("max_days shorter")
            << "items/1/deferral" << QJsonValue(QJsonObject{{QStringLiteral("max_days"), 5}})
            << true;
        QTest::newRow("max_days as default")
            << "items/1/deferral" << QJsonValue(QJsonObject{{QStringLiteral("max_days"), 10}})
            << false;
        QTest::newRow("refuse") << "items/1/deferral"
                                << QJsonValue(QJsonObject{
                                       {QStringLiteral("overdue_rule"), QStringLiteral("refuse")}})
                                << true;
        QTest::newRow("terminate")
            << "items/1/deferral"
            << QJsonValue(
                   QJsonObject{{QStringLiteral("overdue_rule"), QStringLiteral("terminate")}})
            << false;
        QTest::newRow("pause") << "items/1/correction_clock" << QJsonValue(QStringLiteral("pause"))
                               << true;
        QTest::newRow("restart") << "items/1/correction_clock"
                                 << QJsonValue(QStringLiteral("restart")) << false;
        QTest::newRow("agency") << "items/1/agency_abbrev" << QJsonValue(QStringLiteral("市发改"))
                                << true;
        QTest::newRow("fees") << "items/1/fees" << QJsonValue(QStringLiteral("不收费")) << true;
        QTest::newRow("place") << "items/1/place" << QJsonValue(QStringLiteral("一楼A区")) << true;
        QTest::newRow("phone") << "items/1/phone" << QJsonValue(QStringLiteral("0473-1234567"))
                               << true;
        QTest::newRow("levels") << "items/1/levels"
                                << QJsonValue(
                                       QJsonArray{QStringLiteral("市"), QStringLiteral("区")})
                                << true;
    }

    void intakeFieldsRoundTrip() {
        QFETCH(QString, mutation);
        QFETCH(QJsonValue, value);
        QFETCH(bool, written);

        const CatalogReadResult first =
            CatalogJson::read(mutatedDemo(mutation, value), QStringLiteral("intake.json"));
        QVERIFY2(first.ok(), qPrintable(first.issuesText()));
        const QJsonObject exported = CatalogJson::toJson(*first.catalog);
        const CatalogReadResult second =
            CatalogJson::read(QJsonDocument(exported).toJson(), QStringLiteral("again.json"));
        QVERIFY2(second.ok(), qPrintable(second.issuesText()));
        QVERIFY(*second.catalog == *first.catalog);
        const QString key = mutation.section(QLatin1Char('/'), 2);
        const QJsonObject item = exported.value(QStringLiteral("items")).toArray().at(1).toObject();
        QCOMPARE(item.contains(key), written);
        if (written)
            QCOMPARE(item.value(key), value);
        else // a value equal to the default is the default: the export is the demo itself
            QCOMPARE(exported, demoJson());
    }
};

QTEST_GUILESS_MAIN(TestCatalogJsonIntake)
#include "tst_catalogjsonintake.moc"
