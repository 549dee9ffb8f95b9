// The 256-byte text block (id-card-reader.md §1.7): building, parsing, the worked example.
#include "idcardframe.h"
#include "idcardjson.h"
#include "idcardreader.h"
#include "idcardtextblock.h"

#include <QJsonObject>
#include <QTest>

using namespace ow;

namespace {

QMap<QString, QString> zhangSan() {
    return {
        {QStringLiteral("name"), QStringLiteral("张三")},
        {QStringLiteral("sex"), QStringLiteral("1")},
        {QStringLiteral("nation"), QStringLiteral("02")},
        {QStringLiteral("birthDate"), QStringLiteral("19900307")},
        {QStringLiteral("address"), QStringLiteral("内蒙古乌海市海勃湾区示例路1号")},
        {QStringLiteral("idNumber"), QStringLiteral("150302199003071238")},
        {QStringLiteral("authority"), QStringLiteral("乌海市公安局海勃湾分局")},
        {QStringLiteral("validFrom"), QStringLiteral("20200315")},
        {QStringLiteral("validTo"), QStringLiteral("20400315")},
    };
}

const QDate kToday(2026, 11, 26);

} // namespace

class TestIdCardTextBlock : public QObject {
    Q_OBJECT

private slots:
    void workedExample() {
        const Result<QByteArray> block =
            IdCardTextBlock::build(IdCardContents::CardType::Resident, zhangSan());
        QVERIFY2(block.ok(), qPrintable(block.error()));
        QCOMPARE(block->size(), 256);
        // §1.7: 张 三, 13 spaces, sex 1, nation 02, born 19900307.
        QByteArray prefix = QByteArray::fromHex("205f094e");
        for (int i = 0; i < 13; ++i)
            prefix += QByteArray::fromHex("2000");
        prefix += QByteArray::fromHex("3100300032003100390039003000300033003000 3700");
        QCOMPARE(block->left(prefix.size()).toHex(), prefix.toHex());
        // §1.6: the whole read answer with an all-zero photo: 1295 bytes, LEN 0x0508, CHK 0x64.
        const QByteArray frame = IdCardFrame::response(0x90, QByteArray::fromHex("01000400") +
                                                                 *block + QByteArray(1024, '\0'));
        QCOMPARE(frame.size(), 1295);
        QCOMPARE(frame.mid(5, 2).toHex(), QByteArray("0508"));
        QCOMPARE(int(quint8(frame.back())), 0x64);
    }

    void roundTrip() {
        const QByteArray block =
            *IdCardTextBlock::build(IdCardContents::CardType::Resident, zhangSan());
        const Result<IdCardContents> card = IdCardTextBlock::parse(block, kToday);
        QVERIFY2(card.ok(), qPrintable(card.error()));
        QCOMPARE(card->type, IdCardContents::CardType::Resident);
        QCOMPARE(card->name, QStringLiteral("张三"));
        QCOMPARE(card->sexText, QStringLiteral("male"));
        QCOMPARE(card->nationName, QStringLiteral("蒙古族"));
        QCOMPARE(card->birthDate, QDate(1990, 3, 7));
        QCOMPARE(card->address, QStringLiteral("内蒙古乌海市海勃湾区示例路1号"));
        QCOMPARE(card->idNumber, QStringLiteral("150302199003071238"));
        QCOMPARE(card->issuingAuthority, QStringLiteral("乌海市公安局海勃湾分局"));
        QCOMPARE(card->validFrom, QDate(2020, 3, 15));
        QCOMPARE(card->validTo, QDate(2040, 3, 15));
        QVERIFY(!card->isExpired(kToday));
        QVERIFY(card->isExpired(QDate(2040, 3, 16)));
        const IdCardData kept = card->applicantCard();
        QCOMPARE(kept.nation, QStringLiteral("蒙古族"));
        QCOMPARE(kept.authority, card->issuingAuthority);
        QCOMPARE(kept.validUntil, QDate(2040, 3, 15));
    }

    void longTermNeverExpires() {
        auto fields = zhangSan();
        fields[QStringLiteral("validTo")] = QStringLiteral("长期");
        const QByteArray block =
            *IdCardTextBlock::build(IdCardContents::CardType::Resident, fields);
        QCOMPARE(block.mid(204, 4).toHex(), QByteArray("7f951f67"));
        const Result<IdCardContents> card = IdCardTextBlock::parse(block, kToday);
        QVERIFY2(card.ok(), qPrintable(card.error()));
        QVERIFY(card->validLongTerm);
        QVERIFY(!card->isExpired(QDate(2199, 1, 1)));
    }

    void cardTypes_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("idNumber");
        QTest::newRow("J") << int(IdCardContents::CardType::HkMacaoTaiwanPermit)
                           << QStringLiteral("J") << QStringLiteral("810000199001010027");
        QTest::newRow("I") << int(IdCardContents::CardType::ForeignPermanent2017)
                           << QStringLiteral("I") << QStringLiteral("USA150090010101");
        QTest::newRow("Y") << int(IdCardContents::CardType::ForeignPermanent2023)
                           << QStringLiteral("Y") << QStringLiteral("933030199003071235");
    }
    void cardTypes() {
        QFETCH(int, type);
        QFETCH(QString, flag);
        QFETCH(QString, idNumber);
        auto fields = zhangSan();
        fields[QStringLiteral("idNumber")] = idNumber;
        fields[QStringLiteral("permitNumber")] = QStringLiteral("H12345678");
        fields[QStringLiteral("issueCount")] = QStringLiteral("01");
        fields[QStringLiteral("englishName")] = QStringLiteral("SMITH JOHN");
        fields[QStringLiteral("nationality")] = QStringLiteral("USA");
        const auto cardType = IdCardContents::CardType(type);
        const Result<QByteArray> block = IdCardTextBlock::build(cardType, fields);
        QVERIFY2(block.ok(), qPrintable(block.error()));
        QCOMPARE(block->mid(248, 2), flag.toLatin1() + QByteArray(1, '\0'));
        const Result<IdCardContents> card = IdCardTextBlock::parse(*block, kToday);
        QVERIFY2(card.ok(), qPrintable(card.error()));
        QCOMPARE(card->type, cardType);
        QCOMPARE(card->idNumber, idNumber);
        if (cardType == IdCardContents::CardType::HkMacaoTaiwanPermit) {
            QCOMPARE(card->permitNumber, QStringLiteral("H12345678"));
            QCOMPARE(card->issueCount, QStringLiteral("01"));
            QVERIFY(card->nationName.isEmpty());
        } else {
            // Y cards split the English name across two fields; joined it reads as one.
            QCOMPARE(card->englishName, QStringLiteral("SMITH JOHN"));
            QCOMPARE(card->nationality, QStringLiteral("USA"));
        }
    }

    void badBlocks_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("birth date") << QStringLiteral("birthDate") << QStringLiteral("19901399")
                                    << QStringLiteral("birth date");
        QTest::newRow("valid to") << QStringLiteral("validTo") << QStringLiteral("forever")
                                  << QStringLiteral("validity end");
        QTest::newRow("sex") << QStringLiteral("sex") << QStringLiteral("7")
                             << QStringLiteral("sex code");
        QTest::newRow("nation") << QStringLiteral("nation") << QStringLiteral("77")
                                << QStringLiteral("GB/T 3304");
        QTest::newRow("id check digit")
            << QStringLiteral("idNumber") << QStringLiteral("150302199003071239")
            << QStringLiteral("150302********1239");
    }
    void badBlocks() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, errorPart);
        auto fields = zhangSan();
        fields[field] = value;
        const Result<IdCardContents> card = IdCardTextBlock::parse(
            *IdCardTextBlock::build(IdCardContents::CardType::Resident, fields), kToday);
        QVERIFY(!card.ok());
        QVERIFY2(card.error().contains(errorPart), qPrintable(card.error()));
        QVERIFY(!card.error().contains(QStringLiteral("150302199003071239")));
    }

    void wrongSizesAndFlags() {
        QVERIFY(!IdCardTextBlock::parse(QByteArray(255, ' '), kToday).ok());
        QByteArray block = *IdCardTextBlock::build(IdCardContents::CardType::Resident, zhangSan());
        block[248] = 'Q';
        const Result<IdCardContents> card = IdCardTextBlock::parse(block, kToday);
        QVERIFY(!card.ok());
        QVERIFY2(card.error().contains(QStringLiteral("type flag")), qPrintable(card.error()));
        auto fields = zhangSan();
        fields[QStringLiteral("name")] = QString(16, u'名');
        QVERIFY(!IdCardTextBlock::build(IdCardContents::CardType::Resident, fields).ok());
    }

    void readDataConsistency() {
        QVERIFY(!IdCardReader::parseReadData(QByteArray::fromHex("0100"), kToday).ok());
        const QByteArray block =
            *IdCardTextBlock::build(IdCardContents::CardType::Resident, zhangSan());
        const QByteArray good = QByteArray::fromHex("01000400") + block + QByteArray(1024, 'p');
        const Result<IdCardContents> card = IdCardReader::parseReadData(good, kToday);
        QVERIFY2(card.ok(), qPrintable(card.error()));
        QCOMPARE(card->photo, QByteArray(1024, 'p'));
        QVERIFY(!IdCardReader::parseReadData(good.left(good.size() - 1), kToday).ok());
    }

    void jsonMasksTheNumber() {
        const QByteArray block =
            *IdCardTextBlock::build(IdCardContents::CardType::Resident, zhangSan());
        const IdCardContents card = *IdCardTextBlock::parse(block, kToday);
        QCOMPARE(
            IdCardJson::toJson(card, kToday, false).value(QStringLiteral("idNumber")).toString(),
            QStringLiteral("150302********1238"));
        QCOMPARE(
            IdCardJson::toJson(card, kToday, true).value(QStringLiteral("idNumber")).toString(),
            QStringLiteral("150302199003071238"));
    }
};

QTEST_GUILESS_MAIN(TestIdCardTextBlock)
#include "tst_idcardtextblock.moc"
