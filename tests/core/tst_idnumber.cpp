// GB 11643 ID numbers: the worked examples of identifiers.md §2.1 and mutations of them.
#include "idnumber.h"

#include <QTest>

using ow::IdNumber;
using ow::IdNumberCheck;
using Sex = IdNumberCheck::Sex;
using Kind = IdNumberCheck::Kind;
Q_DECLARE_METATYPE(IdNumberCheck::Sex)
Q_DECLARE_METATYPE(IdNumberCheck::Kind)

namespace {

const QDate kToday(2025, 6, 1);

// Valid 18-digit numbers from the spec's worked examples plus constructed ones.
const QStringList kValidNumbers = {
    QStringLiteral("11010519491231002X"), QStringLiteral("150302199003071238"),
    QStringLiteral("150304198511200049"), QStringLiteral("150303200002290035"),
    QStringLiteral("810000199001010027"), QStringLiteral("915840198506150023"),
};

} // namespace

class TestIdNumber : public QObject {
    Q_OBJECT

private slots:
    void validNumbers_data();
    void validNumbers();
    void invalidNumbers_data();
    void invalidNumbers();
    void birthDateUsesInjectedToday();
    void everySingleDigitChangeIsRejected_data();
    void everySingleDigitChangeIsRejected();
    void checkCharacter_data();
    void checkCharacter();
    void mask_data();
    void mask();
    void names();
};

void TestIdNumber::validNumbers_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<Sex>("sex");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("upgraded");

    QTest::newRow("documented example, X check")
        << QStringLiteral("11010519491231002X") << QStringLiteral("11010519491231002X")
        << QDate(1949, 12, 31) << Sex::Female << Kind::Resident << false;
    QTest::newRow("Haibowan male")
        << QStringLiteral("150302199003071238") << QStringLiteral("150302199003071238")
        << QDate(1990, 3, 7) << Sex::Male << Kind::Resident << false;
    QTest::newRow("Wuda female") << QStringLiteral("150304198511200049")
                                 << QStringLiteral("150304198511200049") << QDate(1985, 11, 20)
                                 << Sex::Female << Kind::Resident << false;
    QTest::newRow("Hainan leap day")
        << QStringLiteral("150303200002290035") << QStringLiteral("150303200002290035")
        << QDate(2000, 2, 29) << Sex::Male << Kind::Resident << false;
    QTest::newRow("HK permit 81") << QStringLiteral("810000199001010027")
                                  << QStringLiteral("810000199001010027") << QDate(1990, 1, 1)
                                  << Sex::Female << Kind::HkMacaoTaiwanPermit << false;
    QTest::newRow("Macao permit 82")
        << QStringLiteral("820000199001010037") << QStringLiteral("820000199001010037")
        << QDate(1990, 1, 1) << Sex::Male << Kind::HkMacaoTaiwanPermit << false;
    QTest::newRow("Taiwan permit 83")
        << QStringLiteral("830000198512310055") << QStringLiteral("830000198512310055")
        << QDate(1985, 12, 31) << Sex::Male << Kind::HkMacaoTaiwanPermit << false;
    QTest::newRow("Taiwan prefix 71")
        << QStringLiteral("710000198005050028") << QStringLiteral("710000198005050028")
        << QDate(1980, 5, 5) << Sex::Female << Kind::Resident << false;
    QTest::newRow("foreigner 2023 card")
        << QStringLiteral("915840198506150023") << QStringLiteral("915840198506150023")
        << QDate(1985, 6, 15) << Sex::Female << Kind::ForeignPermanentResident << false;
    QTest::newRow("lower-case x normalised")
        << QStringLiteral("11010519491231002x") << QStringLiteral("11010519491231002X")
        << QDate(1949, 12, 31) << Sex::Female << Kind::Resident << false;
    QTest::newRow("surrounding blanks")
        << QStringLiteral(" 150302199003071238\t") << QStringLiteral("150302199003071238")
        << QDate(1990, 3, 7) << Sex::Male << Kind::Resident << false;
    QTest::newRow("15-digit upgrade")
        << QStringLiteral("150302900307123") << QStringLiteral("150302199003071238")
        << QDate(1990, 3, 7) << Sex::Male << Kind::Resident << true;
    QTest::newRow("born today") << QStringLiteral("15030220250601001X")
                                << QStringLiteral("15030220250601001X") << kToday << Sex::Male
                                << Kind::Resident << false;
}

void TestIdNumber::validNumbers() {
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QDate, birth);
    QFETCH(Sex, sex);
    QFETCH(Kind, kind);
    QFETCH(bool, upgraded);

    const IdNumberCheck result = IdNumber::check(input, kToday);
    QVERIFY2(result.valid, qPrintable(result.reason));
    QVERIFY(result.reason.isEmpty());
    QCOMPARE(result.normalized, normalized);
    QCOMPARE(result.birthDate, birth);
    QCOMPARE(result.sex, sex);
    QCOMPARE(result.kind, kind);
    QCOMPARE(result.upgradedFrom15, upgraded);
}

void TestIdNumber::invalidNumbers_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reasonPart");

    // The spec's second documented example has a correct check digit but a birth year of
    // 1880, below the spec's plausibility floor of 1900.
    QTest::newRow("documented 1880 example")
        << QStringLiteral("440524188001010014") << QStringLiteral("1880-01-01 is before 1900");
    QTest::newRow("wrong check char")
        << QStringLiteral("150302199003071239") << QStringLiteral("check digit is 9, expected 8");
    QTest::newRow("X instead of 8")
        << QStringLiteral("15030219900307123X") << QStringLiteral("check digit is X, expected 8");
    QTest::newRow("digit instead of X")
        << QStringLiteral("110105194912310021") << QStringLiteral("check digit is 1, expected X");
    QTest::newRow("February 30") << QStringLiteral("150302199002301230")
                                 << QStringLiteral("not a real calendar date");
    QTest::newRow("1899") << QStringLiteral("150302189912310014")
                          << QStringLiteral("1899-12-31 is before 1900");
    QTest::newRow("future birth") << QStringLiteral("150302203001010019")
                                  << QStringLiteral("2030-01-01 is in the future");
    QTest::newRow("province 19") << QStringLiteral("190302199003071235")
                                 << QStringLiteral("starts with 19");
    QTest::newRow("province 00") << QStringLiteral("000302199003071235")
                                 << QStringLiteral("not a known province");
    QTest::newRow("15-digit Feb 30")
        << QStringLiteral("150302900230123") << QStringLiteral("not a real calendar date");
    QTest::newRow("15-digit bad province")
        << QStringLiteral("990302900307123") << QStringLiteral("starts with 99");
    QTest::newRow("15-digit with X")
        << QStringLiteral("15030290030712X") << QStringLiteral("only allowed as the last of 18");
    QTest::newRow("X in the middle")
        << QStringLiteral("1503021990X3071238") << QStringLiteral("position 11");
    QTest::newRow("letter") << QStringLiteral("15030219900307A238")
                            << QStringLiteral("character 'A' at position 15");
    QTest::newRow("17 characters")
        << QStringLiteral("15030219900307123") << QStringLiteral("got 17");
    QTest::newRow("19 characters")
        << QStringLiteral("1503021990030712380") << QStringLiteral("got 19");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("full-width digits")
        << QStringLiteral("１５０３０２１９９００３０７１２３８") << QStringLiteral("position 1");
}

void TestIdNumber::invalidNumbers() {
    QFETCH(QString, input);
    QFETCH(QString, reasonPart);

    const IdNumberCheck result = IdNumber::check(input, kToday);
    QVERIFY(!result.valid);
    QVERIFY2(result.reason.contains(reasonPart),
             qPrintable(QStringLiteral("reason was: ") + result.reason));
    QVERIFY(result.normalized.isEmpty());
    QVERIFY(!result.birthDate.isValid());
    QCOMPARE(result.sex, Sex::Unknown);
    QCOMPARE(result.kind, Kind::Unknown);
}

void TestIdNumber::birthDateUsesInjectedToday() {
    const QString bornNewYear2024 = QStringLiteral("150302202401010021");
    QVERIFY(IdNumber::check(bornNewYear2024, QDate(2024, 1, 1)).valid);
    QVERIFY(IdNumber::check(bornNewYear2024, QDate(2030, 5, 5)).valid);
    const IdNumberCheck early = IdNumber::check(bornNewYear2024, QDate(2023, 12, 31));
    QVERIFY(!early.valid);
    QVERIFY(early.reason.contains(QStringLiteral("today is 2023-12-31")));
}

void TestIdNumber::everySingleDigitChangeIsRejected_data() {
    QTest::addColumn<QString>("number");
    for (const QString &number : kValidNumbers)
        QTest::newRow(qPrintable(number)) << number;
}

// MOD 11-2 detects every single substitution, so each one must be caught by the check digit.
void TestIdNumber::everySingleDigitChangeIsRejected() {
    QFETCH(QString, number);
    QVERIFY(IdNumber::check(number, kToday).valid);
    int mutations = 0;
    for (qsizetype position = 0; position < 18; ++position) {
        const QString alphabet =
            position == 17 ? QStringLiteral("0123456789X") : QStringLiteral("0123456789");
        for (const QChar replacement : alphabet) {
            if (replacement == number.at(position))
                continue;
            QString mutated = number;
            mutated[position] = replacement;
            const IdNumberCheck result = IdNumber::check(mutated, kToday);
            QVERIFY2(!result.valid, qPrintable(QStringLiteral("accepted %1").arg(mutated)));
            QVERIFY2(result.reason.startsWith(QStringLiteral("check digit is")),
                     qPrintable(result.reason));
            ++mutations;
        }
    }
    QCOMPARE(mutations, 17 * 9 + 10);
}

void TestIdNumber::checkCharacter_data() {
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");
    QTest::newRow("S=167 -> X") << QStringLiteral("11010519491231002") << QChar(u'X');
    QTest::newRow("S=224 -> 8") << QStringLiteral("15030219900307123") << QChar(u'8');
    QTest::newRow("1880 example") << QStringLiteral("44052418800101001") << QChar(u'4');
    QTest::newRow("too short") << QStringLiteral("1503021990030712") << QChar();
    QTest::newRow("not digits") << QStringLiteral("1503021990030712A") << QChar();
}

void TestIdNumber::checkCharacter() {
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(IdNumber::checkCharacter(first17), expected);
}

void TestIdNumber::mask_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("masked");
    QTest::newRow("18 digits") << QStringLiteral("150302199003071238")
                               << QStringLiteral("150302********1238");
    QTest::newRow("X check") << QStringLiteral("11010519491231002X")
                             << QStringLiteral("110105********002X");
    QTest::newRow("15 digits") << QStringLiteral("150302900307123")
                               << QStringLiteral("150302*****7123");
    QTest::newRow("short") << QStringLiteral("12345") << QStringLiteral("*****");
    QTest::newRow("empty") << QString() << QString();
}

void TestIdNumber::mask() {
    QFETCH(QString, id);
    QFETCH(QString, masked);
    QCOMPARE(IdNumber::mask(id), masked);
}

void TestIdNumber::names() {
    QCOMPARE(IdNumber::sexName(Sex::Male), QStringLiteral("male"));
    QCOMPARE(IdNumber::sexName(Sex::Female), QStringLiteral("female"));
    QCOMPARE(IdNumber::kindName(Kind::Resident), QStringLiteral("resident"));
    QCOMPARE(IdNumber::kindName(Kind::ForeignPermanentResident),
             QStringLiteral("foreign permanent resident"));
}

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
