// GB 32100 credit codes: the worked examples of identifiers.md §2.2 and mutations of them.
#include "creditcode.h"

#include <QTest>

using ow::CreditCode;
using ow::CreditCodeCheck;
using Problem = CreditCodeCheck::Problem;
Q_DECLARE_METATYPE(CreditCodeCheck::Problem)

namespace {

const QStringList kValidCodes = {
    QStringLiteral("91150302MA0Q7K3B2E"), QStringLiteral("92150304MA0R2D5N82"),
    QStringLiteral("52150300MJ0A12341B"), QStringLiteral("121503004600012316"),
    QStringLiteral("91440101MA5CJQ4N59"),
};

const QString kCharset = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

} // namespace

class TestCreditCode : public QObject {
    Q_OBJECT

private slots:
    void validCodes_data();
    void validCodes();
    void invalidCodes_data();
    void invalidCodes();
    void everySingleCharacterChangeIsRejected_data();
    void everySingleCharacterChangeIsRejected();
    void categoryName_data();
    void categoryName();
};

void TestCreditCode::validCodes_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    for (const QString &code : kValidCodes)
        QTest::newRow(qPrintable(code)) << code << code;
    QTest::newRow("lower case accepted")
        << QStringLiteral("91150302ma0q7k3b2e") << QStringLiteral("91150302MA0Q7K3B2E");
    QTest::newRow("surrounding blanks")
        << QStringLiteral("  91440101MA5CJQ4N59 ") << QStringLiteral("91440101MA5CJQ4N59");
}

void TestCreditCode::validCodes() {
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    const CreditCodeCheck result = CreditCode::check(input);
    QVERIFY2(result.valid, qPrintable(result.reason));
    QCOMPARE(result.problem, Problem::None);
    QVERIFY(result.reason.isEmpty());
    QCOMPARE(result.normalized, normalized);
}

void TestCreditCode::invalidCodes_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("reasonPart");

    const auto withCharAt = [](QChar c, qsizetype position) {
        QString code = QStringLiteral("91150302MA0Q7K3B2E");
        code[position] = c;
        return code;
    };
    for (const char forbidden : {'I', 'O', 'Z', 'S', 'V'}) {
        const QChar c = QLatin1Char(forbidden);
        QTest::addRow("forbidden %c", forbidden)
            << withCharAt(c, 10) << Problem::Format
            << QStringLiteral("character '%1' at position 11 is not allowed").arg(c);
    }
    QTest::newRow("letter in division") << withCharAt(QLatin1Char('A'), 4) << Problem::Format
                                        << QStringLiteral("position 5 must be a digit");
    QTest::newRow("punctuation") << withCharAt(QLatin1Char('-'), 0) << Problem::Format
                                 << QStringLiteral("'-' at position 1");
    QTest::newRow("17 characters")
        << QStringLiteral("91150302MA0Q7K3B2") << Problem::Format << QStringLiteral("got 17");
    QTest::newRow("empty") << QString() << Problem::Format << QStringLiteral("empty");
    QTest::newRow("bad organisation check")
        << QStringLiteral("91150302MA0Q7K3B3E") << Problem::OrganisationCode
        << QStringLiteral("(position 17) is 3, expected 2");
    QTest::newRow("bad organisation check, real code")
        << QStringLiteral("91440101MA5CJQ4N69") << Problem::OrganisationCode
        << QStringLiteral("expected 5");
    QTest::newRow("bad final check")
        << QStringLiteral("91150302MA0Q7K3B2F") << Problem::CheckCharacter
        << QStringLiteral("(position 18) is F, expected E");
    QTest::newRow("bad final check, public institution")
        << QStringLiteral("121503004600012317") << Problem::CheckCharacter
        << QStringLiteral("expected 6");
    // Swapping two body characters keeps the length and alphabet but breaks the checks.
    QTest::newRow("transposed body") << QStringLiteral("91150302AM0Q7K3B2E")
                                     << Problem::OrganisationCode << QStringLiteral("position 17");
}

void TestCreditCode::invalidCodes() {
    QFETCH(QString, input);
    QFETCH(Problem, problem);
    QFETCH(QString, reasonPart);
    const CreditCodeCheck result = CreditCode::check(input);
    QVERIFY(!result.valid);
    QCOMPARE(result.problem, problem);
    QVERIFY2(result.reason.contains(reasonPart),
             qPrintable(QStringLiteral("reason was: ") + result.reason));
    QVERIFY(result.normalized.isEmpty());
}

void TestCreditCode::everySingleCharacterChangeIsRejected_data() {
    QTest::addColumn<QString>("code");
    for (const QString &code : kValidCodes)
        QTest::newRow(qPrintable(code)) << code;
}

// The MOD 31 check catches every single substitution within the character set.
void TestCreditCode::everySingleCharacterChangeIsRejected() {
    QFETCH(QString, code);
    QVERIFY(CreditCode::check(code).valid);
    int mutations = 0;
    for (qsizetype position = 0; position < code.size(); ++position) {
        for (const QChar replacement : kCharset) {
            if (replacement == code.at(position))
                continue;
            QString mutated = code;
            mutated[position] = replacement;
            const CreditCodeCheck result = CreditCode::check(mutated);
            QVERIFY2(!result.valid, qPrintable(QStringLiteral("accepted %1").arg(mutated)));
            QVERIFY(result.problem != Problem::None);
            ++mutations;
        }
    }
    QCOMPARE(mutations, 18 * 30);
}

void TestCreditCode::categoryName_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("enterprise") << QStringLiteral("91150302MA0Q7K3B2E")
                                << QStringLiteral("enterprise");
    QTest::newRow("individual") << QStringLiteral("92150304MA0R2D5N82")
                                << QStringLiteral("individual business");
    QTest::newRow("private non-enterprise")
        << QStringLiteral("52150300MJ0A12341B") << QStringLiteral("private non-enterprise unit");
    QTest::newRow("public institution")
        << QStringLiteral("121503004600012316") << QStringLiteral("public institution");
    QTest::newRow("unlisted prefix") << QStringLiteral("A1150302MA0Q7K3B2E") << QString();
}

void TestCreditCode::categoryName() {
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(CreditCode::categoryName(code), name);
}

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
