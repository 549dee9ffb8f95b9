#include "catalogjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

#include "catalogjsonfixture.h"

using namespace ow::catalogtest;

class TestCatalogJson : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(demoPath()), qPrintable(demoPath())); }

    void importsTheDemo() {
        const CatalogReadResult result = CatalogJson::readFile(demoPath());
        QVERIFY2(result.ok(), qPrintable(result.issuesText()));
        const Catalog &catalog = *result.catalog;
        QCOMPARE(catalog.items.size(), 54);
        QCOMPARE(catalog.departments.size(), 20);
        QCOMPARE(materialCount(catalog), 226);
        QCOMPARE(catalog.items.first().id, QStringLiteral("I01"));
        QCOMPARE(catalog.items.first().legalLimit.unit, QStringLiteral("工作日"));
        QCOMPARE(catalog.items.first().materials.at(1).name, QStringLiteral("营业执照"));
        QVERIFY(catalog.items.first().materials.at(1).eLicenceExempt);
        QCOMPARE(catalog.departments.at(2).shortName, QStringLiteral("公安"));
        QVERIFY(catalog.extras.contains(QStringLiteral("code_tables")));
        QVERIFY(catalog.extras.contains(QStringLiteral("engineering_stages")));
        QVERIFY(!catalog.extras.contains(QStringLiteral("items")));
    }

    void roundTrip() {
        const CatalogReadResult first = CatalogJson::readFile(demoPath());
        QVERIFY(first.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.json"));
        QVERIFY(CatalogJson::writeFile(*first.catalog, path).ok());
        const CatalogReadResult second = CatalogJson::readFile(path);
        QVERIFY2(second.ok(), qPrintable(second.issuesText()));
        QCOMPARE(second.catalog->items.size(), first.catalog->items.size());
        QVERIFY(*second.catalog == *first.catalog);
        // The export is the demo itself, up to key order.
        QCOMPARE(CatalogJson::toJson(*second.catalog), demoJson());
    }

    void badField_data() {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message"); // a part of the message, e.g. the bad value

        const QJsonValue remove(QJsonValue::Undefined);
        QTest::newRow("wrong type: count as text")
            << "items/3/materials/1/count" << QJsonValue(QStringLiteral("two"))
            << "$.items[3].materials[1].count"
            << "count"
            << "whole number; got \"two\"";
        QTest::newRow("wrong type: fractional count")
            << "items/3/materials/1/count" << QJsonValue(1.5) << "$.items[3].materials[1].count"
            << "count"
            << "got 1.5";
        QTest::newRow("wrong type: boolean as text")
            << "items/0/instant" << QJsonValue(QStringLiteral("yes")) << "$.items[0].instant"
            << "instant"
            << "true or false; got \"yes\"";
        QTest::newRow("wrong type: serving not an array")
            << "items/2/serving" << QJsonValue(QStringLiteral("法人")) << "$.items[2].serving"
            << "serving"
            << "array of strings";
        QTest::newRow("wrong type: limit not an object")
            << "items/2/legal_limit" << QJsonValue(5) << "$.items[2].legal_limit"
            << "legal_limit"
            << "must be an object; got 5";
        QTest::newRow("wrong type: item not an object")
            << "items/7" << QJsonValue(42) << "$.items[7]"
            << ""
            << "must be an object";
        QTest::newRow("wrong type: items not an array")
            << "items" << QJsonValue(QStringLiteral("none")) << "$.items"
            << "items"
            << "must be an array";
        QTest::newRow("missing item name") << "items/0/name" << remove << "$.items[0].name"
                                           << "name"
                                           << "missing required field";
        QTest::newRow("missing material necessity")
            << "items/1/materials/0/necessity" << remove << "$.items[1].materials[0].necessity"
            << "necessity"
            << "missing required field";
        QTest::newRow("missing legal unit")
            << "items/9/legal_limit/unit" << remove << "$.items[9].legal_limit.unit"
            << "legal_limit.unit"
            << "missing required field";
        QTest::newRow("missing departments") << "departments" << remove << "$.departments"
                                             << "departments"
                                             << "missing required field";
        QTest::newRow("unknown item field")
            << "items/2/colour" << QJsonValue(QStringLiteral("red")) << "$.items[2].colour"
            << "colour"
            << "unknown field";
        QTest::newRow("unknown material field")
            << "items/0/materials/0/pages" << QJsonValue(3) << "$.items[0].materials[0].pages"
            << "pages"
            << "unknown field";
        QTest::newRow("unknown department field")
            << "departments/4/phone" << QJsonValue(QStringLiteral("0473"))
            << "$.departments[4].phone"
            << "phone"
            << "unknown field";
        QTest::newRow("unknown limit field")
            << "items/4/committed_limit/days" << QJsonValue(3) << "$.items[4].committed_limit.days"
            << "committed_limit.days"
            << "unknown field";
        QTest::newRow("bad unit") << "items/5/legal_limit/unit" << QJsonValue(QStringLiteral("天"))
                                  << "$.items[5].legal_limit.unit"
                                  << "legal_limit.unit"
                                  << "got \"天\"";
        QTest::newRow("bad confidence")
            << "items/5/committed_limit/confidence" << QJsonValue(QStringLiteral("guessed"))
            << "$.items[5].committed_limit.confidence"
            << "committed_limit.confidence"
            << "got \"guessed\"";
        QTest::newRow("bad item type")
            << "items/6/type" << QJsonValue(QStringLiteral("许可")) << "$.items[6].type"
            << "type"
            << "got \"许可\"";
        QTest::newRow("bad serving")
            << "items/6/serving/0" << QJsonValue(QStringLiteral("游客")) << "$.items[6].serving"
            << "serving"
            << "got \"游客\"";
        QTest::newRow("bad necessity")
            << "items/8/materials/0/necessity" << QJsonValue(QStringLiteral("可选"))
            << "$.items[8].materials[0].necessity"
            << "necessity"
            << "got \"可选\"";
        QTest::newRow("bad format")
            << "items/8/materials/1/format" << QJsonValue(QStringLiteral("传真"))
            << "$.items[8].materials[1].format"
            << "format"
            << "got \"传真\"";
        QTest::newRow("bad source")
            << "items/8/materials/1/source" << QJsonValue(QStringLiteral("网上"))
            << "$.items[8].materials[1].source"
            << "source"
            << "got \"网上\"";
        QTest::newRow("duplicate item id")
            << "items/1/id" << QJsonValue(QStringLiteral("I01")) << "$.items[1].id"
            << "id"
            << "\"I01\" is used twice";
        QTest::newRow("duplicate department id")
            << "departments/1/id" << QJsonValue(QStringLiteral("D01")) << "$.departments[1].id"
            << "id"
            << "\"D01\" is used twice";
        QTest::newRow("dangling department")
            << "items/4/dept" << QJsonValue(QStringLiteral("D99")) << "$.items[4].dept"
            << "dept"
            << "\"D99\"";
        QTest::newRow("negative count")
            << "items/3/materials/0/count" << QJsonValue(-1) << "$.items[3].materials[0].count"
            << "count"
            << "got -1";
        QTest::newRow("zero count")
            << "items/3/materials/0/count" << QJsonValue(0) << "$.items[3].materials[0].count"
            << "count"
            << "got 0";
        QTest::newRow("negative limit")
            << "items/3/legal_limit/value" << QJsonValue(-5) << "$.items[3].legal_limit.value"
            << "legal_limit.value"
            << "got -5";
        QTest::newRow("too many visits")
            << "items/3/visits_max" << QJsonValue(10) << "$.items[3].visits_max"
            << "visits_max"
            << "got 10";
        QTest::newRow("empty item name")
            << "items/0/name" << QJsonValue(QStringLiteral("  ")) << "$.items[0].name"
            << "name"
            << "must not be empty";
        QTest::newRow("empty department name")
            << "departments/0/name" << QJsonValue(QString()) << "$.departments[0].name"
            << "name"
            << "must not be empty";
        QTest::newRow("duplicate material name")
            << "items/0/materials/1/name"
            << QJsonValue(demoJson()
                              .value(QStringLiteral("items"))[0]
                              .toObject()
                              .value(QStringLiteral("materials"))[0]
                              .toObject()
                              .value(QStringLiteral("name")))
            << "$.items[0].materials[1].name"
            << "name"
            << "appears twice";
        QTest::newRow("unknown engineering stage")
            << "items/0/eng_stage" << QJsonValue(QStringLiteral("S9")) << "$.items[0].eng_stage"
            << "eng_stage"
            << "\"S9\"";
        // The optional intake fields.
        QTest::newRow("deferral: unknown key")
            << "items/1/deferral" << QJsonValue(QJsonObject{{QStringLiteral("allow"), true}})
            << "$.items[1].deferral.allow"
            << "deferral.allow"
            << "unknown field";
        QTest::newRow("deferral: allowed as text")
            << "items/1/deferral"
            << QJsonValue(QJsonObject{{QStringLiteral("allowed"), QStringLiteral("yes")}})
            << "$.items[1].deferral.allowed"
            << "deferral.allowed"
            << "true or false";
        QTest::newRow("deferral: allowed without a deferrable material")
            << "items/0/deferral" << QJsonValue(QJsonObject{{QStringLiteral("allowed"), true}})
            << "$.items[0].deferral.allowed"
            << "deferral.allowed"
            << "no material of the item is deferrable";
        QTest::newRow("deferral: max_days beyond the committed limit")
            << "items/1/deferral" << QJsonValue(QJsonObject{{QStringLiteral("max_days"), 11}})
            << "$.items[1].deferral.max_days"
            << "deferral.max_days"
            << "must not exceed the committed limit (10); got 11";
        QTest::newRow("deferral: negative max_days")
            << "items/1/deferral" << QJsonValue(QJsonObject{{QStringLiteral("max_days"), -1}})
            << "$.items[1].deferral.max_days"
            << "deferral.max_days"
            << "got -1";
        QTest::newRow("deferral: unknown overdue rule")
            << "items/1/deferral"
            << QJsonValue(QJsonObject{{QStringLiteral("overdue_rule"), QStringLiteral("later")}})
            << "$.items[1].deferral.overdue_rule"
            << "deferral.overdue_rule"
            << "got \"later\"";
        QTest::newRow("correction_clock: unknown rule")
            << "items/1/correction_clock" << QJsonValue(QStringLiteral("stop"))
            << "$.items[1].correction_clock"
            << "correction_clock"
            << "got \"stop\"";
        QTest::newRow("levels: unknown level")
            << "items/1/levels"
            << QJsonValue(QJsonArray{QStringLiteral("市"), QStringLiteral("省")})
            << "$.items[1].levels"
            << "levels"
            << "got \"省\"";
        QTest::newRow("levels: repeated")
            << "items/1/levels"
            << QJsonValue(QJsonArray{QStringLiteral("区"), QStringLiteral("区")})
            << "$.items[1].levels"
            << "levels"
            << "twice";
    }

    void badField() {
        QFETCH(QString, mutation);
        QFETCH(QJsonValue, value);
        QFETCH(QString, path);
        QFETCH(QString, field);
        QFETCH(QString, message);

        const CatalogReadResult result =
            CatalogJson::read(mutatedDemo(mutation, value), QStringLiteral("bad.json"));
        QVERIFY(!result.ok());
        QVERIFY(!result.catalog.has_value()); // all or nothing
        const CatalogIssue issue = issueAt(result.issues, path);
        QVERIFY2(!issue.path.isEmpty(), qPrintable(allText(result.issues)));
        QCOMPARE(issue.file, QStringLiteral("bad.json"));
        QCOMPARE(issue.field, field);
        QVERIFY2(issue.message.contains(message), qPrintable(issue.toString()));
        const QString text = issue.toString();
        QVERIFY(text.startsWith(QStringLiteral("bad.json: ")));
        QVERIFY(text.contains(path));
    }

    void parseError_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        // Qt reports the position just after the quote that should have been a comma.
        QTest::newRow("missing comma")
            << QByteArray("{\n  \"departments\": []\n  \"items\": []\n}\n") << 3 << 4
            << "not valid JSON";
        QTest::newRow("unterminated array")
            << QByteArray("{\n  \"departments\": [\n    {\"id\": \"D01\"}\n") << 4 << 1
            << "not valid JSON";
        QTest::newRow("column counts characters, not bytes")
            << QByteArray("{\"名称\": 部门}") << 1 << 8 << "not valid JSON";
        QTest::newRow("empty file") << QByteArray() << 0 << 0 << "empty";
        QTest::newRow("only spaces") << QByteArray(" \n\n ") << 0 << 0 << "empty";
        QTest::newRow("not UTF-8 (GBK)")
            << QByteArray("{\n\"departments\": [],\n\"x\": \"\xB9\xAB\xB0\xB2\"\n}") << 3 << 0
            << "not UTF-8";
        QTest::newRow("top level array") << QByteArray("[1, 2]") << 0 << 0 << "top level";
    }

    void parseError() {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);

        const CatalogReadResult result = CatalogJson::read(data, QStringLiteral("broken.json"));
        QVERIFY(!result.catalog.has_value());
        QCOMPARE(result.issues.size(), 1);
        const CatalogIssue &issue = result.issues.first();
        QCOMPARE(issue.file, QStringLiteral("broken.json"));
        QCOMPARE(issue.line, line);
        QCOMPARE(issue.column, column);
        QVERIFY2(issue.message.contains(message), qPrintable(issue.toString()));
        if (line > 0)
            QVERIFY(issue.toString().startsWith(QStringLiteral("broken.json:%1").arg(line)));
    }

    void collectsEveryIssue() {
        QJsonValue root = demoJson();
        root = setAt(root, {QStringLiteral("items"), QStringLiteral("0"), QStringLiteral("type")},
                     QStringLiteral("x"));
        root = setAt(root, {QStringLiteral("items"), QStringLiteral("10"), QStringLiteral("dept")},
                     QStringLiteral("D77"));
        root = setAt(root,
                     {QStringLiteral("departments"), QStringLiteral("3"), QStringLiteral("z")}, 1);
        const CatalogReadResult result =
            CatalogJson::read(QJsonDocument(root.toObject()).toJson(), QStringLiteral("c.json"));
        QCOMPARE(result.issues.size(), 3);
        QCOMPARE(result.issues.at(0).path, QStringLiteral("$.departments[3].z"));
        QVERIFY(!issueAt(result.issues, QStringLiteral("$.items[0].type")).path.isEmpty());
        QVERIFY(!issueAt(result.issues, QStringLiteral("$.items[10].dept")).path.isEmpty());
    }

    void capsTheIssueList() {
        QJsonObject root = demoJson();
        QJsonArray items = root.value(QStringLiteral("items")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            item.insert(QStringLiteral("visits_max"), -1);
            item.insert(QStringLiteral("type"), QStringLiteral("?"));
            item.insert(QStringLiteral("bogus"), true);
            items[i] = item;
        }
        root.insert(QStringLiteral("items"), items);
        const CatalogReadResult result =
            CatalogJson::read(QJsonDocument(root).toJson(), QStringLiteral("many.json"));
        QCOMPARE(result.issues.size(), CatalogIssueList::kMaxIssues);
        QVERIFY(result.issues.last().message.contains(QStringLiteral("more than 100")));
    }

    void missingFile() {
        const CatalogReadResult result =
            CatalogJson::readFile(QStringLiteral("/nonexistent/catalog.json"));
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues.first().file, QStringLiteral("/nonexistent/catalog.json"));
        QVERIFY(result.issues.first().message.contains(QStringLiteral("cannot be read")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogJson)
#include "tst_catalogjson.moc"
