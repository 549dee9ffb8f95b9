#include "itemdetails.h"

#include <QTest>

using namespace ow;

// Without a translator the English source texts (and their %n plural forms) are shown.
class TestItemDetails : public QObject {
    Q_OBJECT
private slots:
    void limitText_data();
    void limitText();
    void limitWithBasis();
    void handlingFlags_data();
    void handlingFlags();
    void visitsText_data();
    void visitsText();
    void servingText();
    void materialSummary();
};

void TestItemDetails::limitText_data() {
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("text");
    QTest::newRow("working days") << 20 << QStringLiteral("工作日")
                                  << QStringLiteral("20 working day(s)");
    QTest::newRow("calendar days")
        << 30 << QStringLiteral("日") << QStringLiteral("30 calendar day(s)");
    QTest::newRow("natural days") << 5 << QStringLiteral("自然日")
                                  << QStringLiteral("5 calendar day(s)");
    QTest::newRow("on the spot") << 0 << QStringLiteral("工作日") << QStringLiteral("On the spot");
    QTest::newRow("negative") << -3 << QStringLiteral("工作日") << QStringLiteral("On the spot");
    QTest::newRow("unknown unit") << 2 << QStringLiteral("月") << QStringLiteral("2 月");
}

void TestItemDetails::limitText() {
    QFETCH(int, value);
    QFETCH(QString, unit);
    QFETCH(QString, text);
    TimeLimit limit;
    limit.value = value;
    limit.unit = unit;
    QCOMPARE(ItemDetails::limitText(limit), text);
}

void TestItemDetails::limitWithBasis() {
    TimeLimit limit{20, QStringLiteral("工作日"), QStringLiteral("《行政许可法》第四十二条"), {}};
    QCOMPARE(ItemDetails::limitWithBasis(limit),
             QStringLiteral("20 working day(s)\nBasis: 《行政许可法》第四十二条"));
    limit.basis = QStringLiteral("  ");
    QCOMPARE(ItemDetails::limitWithBasis(limit), QStringLiteral("20 working day(s)"));
}

void TestItemDetails::handlingFlags_data() {
    QTest::addColumn<bool>("instant");
    QTest::addColumn<bool>("maxOneTrip");
    QTest::addColumn<bool>("maShangBan");
    QTest::addColumn<QStringList>("flags");
    QTest::newRow("none") << false << false << false << QStringList();
    QTest::newRow("all") << true << true << true
                         << QStringList{QStringLiteral("Instant item"),
                                        QStringLiteral("At most one trip"),
                                        QStringLiteral("Done at once")};
    QTest::newRow("one trip only")
        << false << true << false << QStringList{QStringLiteral("At most one trip")};
}

void TestItemDetails::handlingFlags() {
    QFETCH(bool, instant);
    QFETCH(bool, maxOneTrip);
    QFETCH(bool, maShangBan);
    QFETCH(QStringList, flags);
    Item item;
    item.instant = instant;
    item.maxOneTrip = maxOneTrip;
    item.maShangBan = maShangBan;
    QCOMPARE(ItemDetails::handlingFlags(item), flags);
}

void TestItemDetails::visitsText_data() {
    QTest::addColumn<int>("visits");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0 << QStringLiteral("No visit needed");
    QTest::newRow("one") << 1 << QStringLiteral("At most 1 visit(s)");
    QTest::newRow("two") << 2 << QStringLiteral("At most 2 visit(s)");
}

void TestItemDetails::visitsText() {
    QFETCH(int, visits);
    QFETCH(QString, text);
    QCOMPARE(ItemDetails::visitsText(visits), text);
}

void TestItemDetails::servingText() {
    QCOMPARE(ItemDetails::servingText({QStringLiteral("自然人"), QStringLiteral("法人")}),
             QStringLiteral("自然人、法人"));
    QCOMPARE(ItemDetails::servingText({}), QStringLiteral("—"));
}

void TestItemDetails::materialSummary() {
    Material a;
    a.deferrable = true;
    Material b;
    b.eLicenceExempt = true;
    Material c;
    c.deferrable = true;
    QCOMPARE(ItemDetails::materialSummary({a, b, c}),
             QStringLiteral("3 material(s) (2 deferrable, 1 from e-licences)"));
}

QTEST_GUILESS_MAIN(TestItemDetails)
#include "tst_itemdetails.moc"
