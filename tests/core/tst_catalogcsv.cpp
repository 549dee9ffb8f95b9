#include "catalogcsv.h"
#include "catalogjson.h"
#include "csvtable.h"
#include "testpaths.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

Catalog demo() {
    const CatalogReadResult result =
        CatalogJson::readFile(test::sourceDir() + QStringLiteral("/resources/catalog-demo.json"));
    return result.catalog.value_or(Catalog{});
}

// The demo as CSV records (header first), to be altered by a test row.
QList<CsvRecord> demoRecords() {
    QByteArray bytes = CatalogCsv::write(demo());
    bytes.remove(0, 3); // byte-order mark
    return CsvTable::parse(QString::fromUtf8(bytes)).records;
}

QByteArray toBytes(const QList<CsvRecord> &records) {
    QString text;
    for (const CsvRecord &r : records)
        text += CsvTable::formatRecord(r.fields);
    return text.toUtf8();
}

// Sets one cell: record index (0 = header) and column name.
QByteArray withCell(int record, const QString &column, const QString &value) {
    QList<CsvRecord> records = demoRecords();
    const qsizetype index = records.first().fields.indexOf(column);
    if (index < 0)
        return {};
    records[record].fields[index] = value;
    return toBytes(records);
}

CatalogIssue issueAt(const QList<CatalogIssue> &issues, int line, const QString &field) {
    for (const CatalogIssue &issue : issues)
        if (issue.line == line && issue.field == field)
            return issue;
    return {};
}

QString allText(const QList<CatalogIssue> &issues) {
    QStringList lines;
    for (const CatalogIssue &i : issues)
        lines << i.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCatalogCsv : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QCOMPARE(demo().items.size(), 54); }

    void writesBomAndHeader() {
        const QByteArray bytes = CatalogCsv::write(demo());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QByteArray header = bytes.mid(3, bytes.indexOf("\r\n") - 3);
        QCOMPARE(QString::fromUtf8(header), CatalogCsv::columns().join(QLatin1Char(',')));
        // One row per material: 226 materials and no empty items in the demo, plus the header.
        QCOMPARE(demoRecords().size(), 227);
    }

    void demoRoundTrip() {
        const Catalog original = demo();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.csv"));
        QVERIFY(CatalogCsv::writeFile(original, path).ok());
        const CatalogReadResult result = CatalogCsv::readFile(path);
        QVERIFY2(result.ok(), qPrintable(result.issuesText()));
        QVERIFY(result.catalog->extras.isEmpty()); // CSV has no place for them
        Catalog expected = original;
        expected.extras = {};
        QCOMPARE(result.catalog->departments, expected.departments);
        QCOMPARE(result.catalog->items.size(), expected.items.size());
        for (qsizetype i = 0; i < expected.items.size(); ++i)
            QVERIFY2(result.catalog->items.at(i) == expected.items.at(i),
                     qPrintable(expected.items.at(i).id));
        QVERIFY(*result.catalog == expected);
    }

    void awkwardValuesRoundTrip() {
        Catalog catalog = demo();
        catalog.extras = {};
        // Commas, quotes, line breaks and edge spaces must survive RFC 4180 quoting.
        catalog.items[0].materials[0].note = QStringLiteral("先填表, 再\"盖章\"\r\n第二行\n第三行");
        catalog.items[0].notes = QStringLiteral(" 前后有空格 ");
        catalog.items[1].materials.clear(); // an item without materials: one row
        catalog.departments.append(Department{QStringLiteral("D99"), QStringLiteral("空部门"), {}});
        std::swap(catalog.departments[0], catalog.departments[1]); // order not given by the items
        const CatalogReadResult result =
            CatalogCsv::read(CatalogCsv::write(catalog), QStringLiteral("awkward.csv"));
        QVERIFY2(result.ok(), qPrintable(result.issuesText()));
        QCOMPARE(result.catalog->departments, catalog.departments);
        QCOMPARE(result.catalog->items.at(0).materials.at(0).note,
                 catalog.items.at(0).materials.at(0).note);
        QVERIFY(result.catalog->items.at(1).materials.isEmpty());
        QVERIFY(*result.catalog == catalog);
    }

    void booleans_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("true") << "true" << true;
        QTest::newRow("TRUE") << "TRUE" << true;
        QTest::newRow("1") << "1" << true;
        QTest::newRow("是") << "是" << true;
        QTest::newRow("false") << "false" << false;
        QTest::newRow("0") << " 0 " << false;
        QTest::newRow("否") << "否" << false;
    }

    void booleans() {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        // Record 1 is I01's first material; change the material column only.
        const CatalogReadResult result = CatalogCsv::read(
            withCell(1, QStringLiteral("material_deferrable"), text), QStringLiteral("b.csv"));
        QVERIFY2(result.ok(), qPrintable(result.issuesText()));
        QCOMPARE(result.catalog->items.first().materials.first().deferrable, expected);
    }

    void intakeFieldsRoundTrip() {
        Catalog catalog = demo();
        catalog.extras = {};
        Item &item = catalog.items[1]; // I02: has a deferrable material, committed 10 WD
        item.deferralAllowed = false;
        item.deferralMaxDays = 4;
        item.deferralOverdueRule = CatalogValues::refuse();
        item.correctionClock = CatalogValues::pause();
        item.agencyAbbrev = QStringLiteral("市发改");
        item.fees = QStringLiteral("不收费, 免费");
        item.place = QStringLiteral("一楼A区");
        item.phone = QStringLiteral("0473-1234567");
        item.levels = {QStringLiteral("市"), QStringLiteral("区")};
        Item &defaults = catalog.items[2]; // given as the defaults: written as empty cells
        defaults.deferralAllowed = true;
        defaults.deferralMaxDays = defaults.committedLimit.value;
        defaults.deferralOverdueRule = CatalogValues::terminate();
        const CatalogReadResult result =
            CatalogCsv::read(CatalogCsv::write(catalog), QStringLiteral("intake.csv"));
        QVERIFY2(result.ok(), qPrintable(result.issuesText()));
        QCOMPARE(result.catalog->items.at(1), catalog.items.at(1));
        const Item &back = result.catalog->items.at(2);
        QVERIFY(!back.deferralAllowed.has_value());
        QVERIFY(!back.deferralMaxDays.has_value());
        QVERIFY(back.deferralOverdueRule.isEmpty());
        QVERIFY(back.allowsDeferral());
    }

    void badCell_data() {
        QTest::addColumn<int>("record");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");

        QTest::newRow("count not a number") << 2 << "material_count"
                                            << "abc"
                                            << "got \"abc\"";
        QTest::newRow("negative count") << 2 << "material_count"
                                        << "-2"
                                        << "got -2";
        QTest::newRow("bad boolean") << 1 << "material_deferrable"
                                     << "maybe"
                                     << "got \"maybe\"";
        QTest::newRow("bad necessity") << 3 << "material_necessity"
                                       << "随便"
                                       << "got \"随便\"";
        QTest::newRow("bad format") << 3 << "material_format"
                                    << "传真"
                                    << "got \"传真\"";
        QTest::newRow("empty material name") << 3 << "material_name"
                                             << ""
                                             << "must not be empty";
        QTest::newRow("duplicate material name")
            << 2 << "material_name" << demo().items.first().materials.first().name
            << "appears twice";
        QTest::newRow("bad serving") << 8 << "serving"
                                     << "自然人|游客"
                                     << "got \"游客\"";
        QTest::newRow("empty visits") << 8 << "visits_max"
                                      << ""
                                      << "must not be empty";
        QTest::newRow("bad overdue rule") << 8 << "deferral_overdue_rule"
                                          << "later"
                                          << "got \"later\"";
        QTest::newRow("max days not a number") << 8 << "deferral_max_days"
                                               << "abc"
                                               << "whole number";
        QTest::newRow("max days beyond committed") << 8 << "deferral_max_days"
                                                   << "999"
                                                   << "must not exceed";
        QTest::newRow("bad correction clock") << 8 << "correction_clock"
                                              << "stop"
                                              << "got \"stop\"";
        QTest::newRow("bad level") << 8 << "levels"
                                   << "市|省"
                                   << "got \"省\"";
        QTest::newRow("bad deferral boolean") << 8 << "deferral_allowed"
                                              << "maybe"
                                              << "got \"maybe\"";
    }

    void badCell() {
        QFETCH(int, record);
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, message);

        const QList<CsvRecord> records = demoRecords();
        QList<CsvRecord> changed = records;
        const qsizetype index = records.first().fields.indexOf(column);
        QVERIFY(index >= 0);
        // Item columns must agree on every row of an item: change all of that item's rows.
        const QString itemId = records.at(record).fields.at(1);
        const bool itemColumn = !column.startsWith(QLatin1String("material_"));
        for (qsizetype r = 1; r < changed.size(); ++r)
            if (r == record || (itemColumn && changed.at(r).fields.at(1) == itemId))
                changed[r].fields[index] = value;
        const CatalogReadResult result =
            CatalogCsv::read(toBytes(changed), QStringLiteral("bad.csv"));
        QVERIFY(!result.catalog.has_value());
        int line = records.at(record).line;
        if (itemColumn) // item issues point at the item's first row
            for (qsizetype r = 1; r < records.size(); ++r)
                if (records.at(r).fields.at(1) == itemId) {
                    line = records.at(r).line;
                    break;
                }
        const CatalogIssue issue = issueAt(result.issues, line, column);
        QVERIFY2(issue.line > 0, qPrintable(allText(result.issues)));
        QCOMPARE(issue.file, QStringLiteral("bad.csv"));
        QVERIFY2(issue.message.contains(message), qPrintable(issue.toString()));
        QVERIFY(issue.toString().startsWith(QStringLiteral("bad.csv:%1: ").arg(line)));
        QVERIFY(issue.toString().contains(column));
    }

    void inconsistentRows_data() {
        QTest::addColumn<QString>("column");
        QTest::newRow("item name") << "item_name";
        QTest::newRow("item limit") << "legal_value";
        QTest::newRow("item department") << "dept_id";
        QTest::newRow("department name") << "dept_name";
    }

    void inconsistentRows() {
        QFETCH(QString, column);
        // Records 1 and 2 are the two materials of I01: change only the second.
        const QList<CsvRecord> records = demoRecords();
        const CatalogReadResult result =
            CatalogCsv::read(withCell(2, column, QStringLiteral("9")), QStringLiteral("i.csv"));
        QVERIFY(!result.catalog.has_value());
        const CatalogIssue issue = issueAt(result.issues, records.at(2).line, column);
        QVERIFY2(issue.line > 0, qPrintable(allText(result.issues)));
        QVERIFY2(issue.message.contains(QStringLiteral("on line %1").arg(records.at(1).line)),
                 qPrintable(issue.toString()));
        QVERIFY(issue.message.contains(QStringLiteral("\"9\"")));
    }

    void brokenFile_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        const QByteArray header = CatalogCsv::columns().join(QLatin1Char(',')).toUtf8() + "\r\n";
        QList<CsvRecord> records = demoRecords();
        records[3].fields.removeLast();
        QTest::newRow("row with a missing field")
            << toBytes(records) << records.at(3).line << ""
            << QStringLiteral("has %1 fields but the header has %2 columns")
                   .arg(CatalogCsv::columns().size() - 1)
                   .arg(CatalogCsv::columns().size());
        QTest::newRow("quote inside unquoted field")
            << QByteArray(header + "D01,a\"b,c\r\n") << 2 << ""
            << "quote inside an unquoted";
        QTest::newRow("unterminated quote")
            << QByteArray(header + "D01,x,y\r\nD01,\"never closed,\r\nmore\r\n") << 3 << ""
            << "never closed";
        QTest::newRow("text after closing quote")
            << QByteArray(header + "D01,\"ok\"x\r\n") << 2 << ""
            << "after the closing quote";
        QTest::newRow("unknown column")
            << withCell(0, QStringLiteral("notes"), QStringLiteral("remarks")) << 1 << "remarks"
            << "unknown column";
        QTest::newRow("missing column")
            << withCell(0, QStringLiteral("item_type"), QStringLiteral("notes")) << 1 << "item_type"
            << "required column is missing";
        QTest::newRow("empty file") << QByteArray() << 0 << ""
                                    << "empty";
        QTest::newRow("only a byte-order mark") << QByteArray("\xEF\xBB\xBF") << 0 << ""
                                                << "empty";
        QTest::newRow("not UTF-8") << QByteArray(header + "D01,\xD2\xBB\xB4\xB0\r\n") << 2 << ""
                                   << "not UTF-8";
        QTest::newRow("header only") << header << 0 << "items"
                                     << "no items";
    }

    void brokenFile() {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, message);

        const CatalogReadResult result = CatalogCsv::read(data, QStringLiteral("broken.csv"));
        QVERIFY(!result.catalog.has_value());
        bool found = false;
        for (const CatalogIssue &issue : result.issues)
            if (issue.line == line && issue.field == field && issue.message.contains(message))
                found = true;
        QVERIFY2(found, qPrintable(allText(result.issues)));
        QCOMPARE(result.issues.first().file, QStringLiteral("broken.csv"));
    }

    void departmentOnlyRowMustBeEmpty() {
        const QByteArray data = withCell(1, QStringLiteral("item_id"), QString());
        const CatalogReadResult result = CatalogCsv::read(data, QStringLiteral("d.csv"));
        QVERIFY(!result.catalog.has_value());
        QVERIFY2(!issueAt(result.issues, demoRecords().at(1).line, QStringLiteral("item_id"))
                      .message.isEmpty(),
                 qPrintable(allText(result.issues)));
    }
};

QTEST_GUILESS_MAIN(TestCatalogCsv)
#include "tst_catalogcsv.moc"
