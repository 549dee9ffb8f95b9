// IdCardSession reads a card off the UI thread through the pty simulator: the whole validated
// applicant (masked for screens), the expired flag, and one clear message — never a partial
// applicant — for a reader that stops answering, sends damaged answers or has no card.
#include "clock.h"
#include "idcardjson.h"
#include "idcardsession.h"
#include "idcardsimulator.h"
#include "testpaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ow;

namespace {

QJsonObject residentCard() {
    QFile file(test::sourceDir() + QStringLiteral("/tests/data/idcards/resident.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestIdCardSession : public QObject {
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(10, 0))};

private slots:
    void readsTheWholeApplicant_data() {
        QTest::addColumn<QString>("validTo");
        QTest::addColumn<bool>("expired");
        QTest::newRow("valid") << QStringLiteral("20400315") << false;
        QTest::newRow("expired") << QStringLiteral("20251231") << true;
        QTest::newRow("long term") << QStringLiteral("长期") << false;
    }
    void readsTheWholeApplicant() {
        QFETCH(QString, validTo);
        QFETCH(bool, expired);
        QJsonObject card = residentCard();
        QVERIFY(!card.isEmpty());
        card.insert(QStringLiteral("validTo"), validTo);
        if (expired)
            card.insert(QStringLiteral("validFrom"), QStringLiteral("20051231"));
        const auto data = IdCardJson::readDataFromJson(card);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        IdCardSimulator simulator(data.value());
        const auto port = simulator.start();
        QVERIFY2(port.ok(), qPrintable(port.error()));
        IdCardSession session(m_clock);
        session.setReader(port.value());
        QSignalSpy read(&session, &IdCardSession::cardRead);
        QSignalSpy failed(&session, &IdCardSession::readFailed);
        QVERIFY(session.read());
        QVERIFY(session.isBusy());
        QVERIFY(!session.read()); // one read at a time
        QCOMPARE(failed.size(), 1);
        QVERIFY2(read.wait(10000), qPrintable(failed.last().first().toString()));
        QVERIFY(!session.isBusy());
        const auto result = read.first().first().value<IdCardReadResult>();
        const Applicant &a = result.applicant;
        QCOMPARE(a.name, QStringLiteral("张三"));
        QCOMPARE(a.idNumber, QStringLiteral("150302199003071238"));
        QCOMPARE(result.maskedId, QStringLiteral("150302********1238"));
        QCOMPARE(a.sex, IdNumberCheck::Sex::Male);
        QCOMPARE(a.birthDate, QDate(1990, 3, 7));
        QCOMPARE(a.card.nation, QStringLiteral("蒙古族"));
        QCOMPARE(a.card.address, QStringLiteral("内蒙古乌海市海勃湾区示例路1号"));
        QCOMPARE(a.card.validUntil.isValid(), validTo != QStringLiteral("长期"));
        QCOMPARE(result.expired, expired);
        QVERIFY(result.photo.isNull()); // no vendor library decodes the WLT photo
    }

    void readerFaults_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("silent") << QStringLiteral("silent") << QStringLiteral("did not answer");
        QTest::newRow("truncated")
            << QStringLiteral("truncated") << QStringLiteral("stopped in the middle");
        QTest::newRow("no card") << QStringLiteral("no_card") << QStringLiteral("No card");
        QTest::newRow("bad checksum")
            << QStringLiteral("bad_checksum") << QStringLiteral("checksum");
    }
    void readerFaults() {
        QFETCH(QString, fault);
        QFETCH(QString, errorPart);
        const auto data = IdCardJson::readDataFromJson(residentCard());
        QVERIFY(data.ok());
        IdCardSimulator simulator(data.value(), *IdCardSimulator::faultFromName(fault));
        const auto port = simulator.start();
        QVERIFY(port.ok());
        IdCardSession session(m_clock);
        session.setReader(port.value());
        session.setTimeouts({400, 400, 600});
        QSignalSpy read(&session, &IdCardSession::cardRead);
        QSignalSpy failed(&session, &IdCardSession::readFailed);
        QVERIFY(session.read());
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(errorPart),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(read.isEmpty());
    }

    void noReaderOrMissingPort() {
        IdCardSession session(m_clock);
        QSignalSpy failed(&session, &IdCardSession::readFailed);
        QVERIFY(!session.read());
        QCOMPARE(failed.size(), 1);
        session.setReader(QStringLiteral("/dev/no-such-reader"));
        QVERIFY(session.read());
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.last().first().toString().contains(QStringLiteral("no-such-reader")),
                 qPrintable(failed.last().first().toString()));
        session.setReader(QStringLiteral("vendor:/no/lib.so"));
        QVERIFY(!session.read() || failed.wait(10000));
        QVERIFY(failed.last().first().toString().contains(QStringLiteral("vendor:")));
    }

    void invalidCardDataIsRefusedWhole() {
        IdCardContents card;
        card.name = QStringLiteral("张三");
        card.idNumber = QStringLiteral("150302199003071239"); // wrong check digit
        const auto refused = IdCardSession::toApplicant(card, m_clock.today());
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().contains(QStringLiteral("150302199003071239")));
    }
};

QTEST_MAIN(TestIdCardSession)
#include "tst_idcardsession.moc"
