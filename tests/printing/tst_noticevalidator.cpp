// Documents that cannot be printed as given are refused with a message naming the part.
#include "chinesedate.h"
#include "noticevalidator.h"
#include "sampledocuments.h"

#include <QTest>

#include <functional>

using ow::NoticeDocument;
using Damage = std::function<void(NoticeDocument &)>;
Q_DECLARE_METATYPE(Damage)

class TestNoticeValidator : public QObject {
    Q_OBJECT

private slots:
    void everySampleIsValid_data();
    void everySampleIsValid();
    void badDocuments_data();
    void badDocuments();
    void chineseDate_data();
    void chineseDate();
};

void TestNoticeValidator::everySampleIsValid_data() {
    QTest::addColumn<int>("kind");
    for (const NoticeDocument::Kind kind : ow::test::allDocumentKinds())
        QTest::newRow(ow::test::kindName(kind)) << static_cast<int>(kind);
}

void TestNoticeValidator::everySampleIsValid() {
    QFETCH(int, kind);
    const ow::Status status = ow::NoticeValidator::check(
        ow::test::sampleDocument(static_cast<NoticeDocument::Kind>(kind)));
    QVERIFY2(status.ok(), qPrintable(status.error()));
}

void TestNoticeValidator::badDocuments_data() {
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty document") << Damage([](NoticeDocument &d) { d = NoticeDocument{}; })
                                    << QStringLiteral("the document has no title");
    QTest::newRow("blank title") << Damage([](NoticeDocument &d) {
        d.title = QStringLiteral("  ");
    }) << QStringLiteral("the document has no title");
    QTest::newRow("no content") << Damage([](NoticeDocument &d) {
        d.fields.clear();
        d.paragraphs.clear();
        d.tables.clear();
        d.closingParagraphs.clear();
    }) << QStringLiteral("document \"收件清单\" has no content");
    QTest::newRow("no date") << Damage([](NoticeDocument &d) { d.date = QDate(); })
                             << QStringLiteral("document \"收件清单\" has no valid date");
    QTest::newRow("field without label")
        << Damage([](NoticeDocument &d) { d.fields[2].label.clear(); })
        << QStringLiteral("field 3 has no label");
    QTest::newRow("no copies") << Damage([](NoticeDocument &d) { d.copies = 0; })
                               << QStringLiteral("copies must be between 1 and 10, not 0");
    QTest::newRow("too many copies")
        << Damage([](NoticeDocument &d) { d.copies = 11; }) << QStringLiteral("not 11");
    QTest::newRow("more labels than copies") << Damage([](NoticeDocument &d) {
        d.copyLabels = {QStringLiteral("申请人留存"), QStringLiteral("窗口存档")};
    }) << QStringLiteral("has 2 copy labels for 1 copies");
    QTest::newRow("table without header")
        << Damage([](NoticeDocument &d) { d.tables[0].headers.clear(); })
        << QStringLiteral("table 1 has no header row");
    QTest::newRow("row too long") << Damage([](NoticeDocument &d) {
        d.tables[0].rows[2].append(QStringLiteral("x"));
    }) << QStringLiteral("table 1 row 3 has 5 cells but the header has 4");
    QTest::newRow("QR text too long")
        << Damage([](NoticeDocument &d) { d.qrText = QString(600, QLatin1Char('a')); })
        << QStringLiteral("the QR code text has 600 characters");
}

void TestNoticeValidator::badDocuments() {
    QFETCH(Damage, damage);
    QFETCH(QString, message);
    NoticeDocument d = ow::test::sampleDocument(NoticeDocument::Kind::MaterialsReceipt);
    damage(d);
    const ow::Status status = ow::NoticeValidator::check(d);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(message), qPrintable(status.error()));
}

void TestNoticeValidator::chineseDate_data() {
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("text");
    QTest::newRow("no leading zeros") << QDate(2026, 3, 2) << QStringLiteral("2026年3月2日");
    QTest::newRow("two digits") << QDate(2025, 12, 31) << QStringLiteral("2025年12月31日");
    QTest::newRow("invalid") << QDate() << QString();
}

void TestNoticeValidator::chineseDate() {
    QFETCH(QDate, date);
    QFETCH(QString, text);
    QCOMPARE(ow::chineseDate(date), text);
}

QTEST_MAIN(TestNoticeValidator)
#include "tst_noticevalidator.moc"
