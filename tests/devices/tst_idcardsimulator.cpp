// The simulator end to end: IdCardReader over the serial transport through a real pty.
#include "idcardjson.h"
#include "idcardreader.h"
#include "idcardsimulator.h"
#include "serialidcardtransport.h"
#include "vendorsdktransport.h"

#include <QTest>

using namespace ow;

namespace {

QString cardPath() {
    return qEnvironmentVariable("ONEWINDOW_SOURCE_DIR") +
           QStringLiteral("/tests/data/idcards/resident.json");
}

} // namespace

class TestIdCardSimulator : public QObject {
    Q_OBJECT

private slots:
    void faults_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("errorPart"); // empty: the read succeeds
        QTest::newRow("none") << QStringLiteral("none") << QString();
        QTest::newRow("garbage") << QStringLiteral("garbage") << QString();
        QTest::newRow("bad_checksum")
            << QStringLiteral("bad_checksum") << QStringLiteral("checksum");
        QTest::newRow("removed_after_select")
            << QStringLiteral("removed_after_select") << QStringLiteral("may have moved");
        QTest::newRow("no_card") << QStringLiteral("no_card") << QStringLiteral("No card");
        QTest::newRow("silent") << QStringLiteral("silent") << QStringLiteral("did not answer");
        QTest::newRow("truncated")
            << QStringLiteral("truncated") << QStringLiteral("stopped in the middle");
    }
    void faults() {
        QFETCH(QString, fault);
        QFETCH(QString, errorPart);
        const Result<QByteArray> readData = IdCardJson::loadReadData(cardPath());
        QVERIFY2(readData.ok(), qPrintable(readData.error()));
        IdCardSimulator simulator(*readData, *IdCardSimulator::faultFromName(fault));
        const Result<QString> device = simulator.start();
        QVERIFY2(device.ok(), qPrintable(device.error()));
        SerialIdCardTransport transport(*device);
        IdCardReader reader(transport);
        reader.setTimeouts({500, 500, 800});
        const Result<IdCardContents> card = reader.read(QDate(2026, 11, 26));
        if (errorPart.isEmpty()) {
            QVERIFY2(card.ok(), qPrintable(card.error()));
            QCOMPARE(card->name, QStringLiteral("张三"));
            QCOMPARE(card->idNumber, QStringLiteral("150302199003071238"));
            QCOMPARE(card->photo.size(), 1024);
            // Like a real reader: the card must be re-presented before the next read.
            const Result<IdCardContents> again = reader.read(QDate(2026, 11, 26));
            QVERIFY(!again.ok());
            QVERIFY2(again.error().contains(QStringLiteral("No card")), qPrintable(again.error()));
            QVERIFY(reader.read(QDate(2026, 11, 26)).ok());
        } else {
            QVERIFY(!card.ok());
            QVERIFY2(card.error().contains(errorPart), qPrintable(card.error()));
        }
        transport.close();
    }

    void unknownFault() {
        const auto fault = IdCardSimulator::faultFromName(QStringLiteral("melt"));
        QVERIFY(!fault.ok());
        QVERIFY(fault.error().contains(QStringLiteral("bad_checksum")));
    }

    void missingPort() {
        SerialIdCardTransport transport(QStringLiteral("/dev/onewindow-no-such-reader"));
        IdCardReader reader(transport);
        const Result<IdCardContents> card = reader.read(QDate(2026, 11, 26));
        QVERIFY(!card.ok());
        QVERIFY2(card.error().contains(QStringLiteral("Cannot open")), qPrintable(card.error()));
    }

    void missingVendorPlugin() {
        VendorSdkTransport transport(QStringLiteral("/nonexistent/libvendorreader.so"), 1001);
        const Status opened = transport.open();
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("bundles none")),
                 qPrintable(opened.error()));
        // A file that is not a plugin at all.
        VendorSdkTransport notPlugin(cardPath(), 1);
        const Status failed = notPlugin.open();
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QStringLiteral("could not be loaded")),
                 qPrintable(failed.error()));
    }

    void vendorPlugin() {
        VendorSdkTransport wrongPort(QStringLiteral(OW_MOCK_VENDOR_PLUGIN), 3);
        const Status refused = wrongPort.open();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("Mock vendor")),
                 qPrintable(refused.error()));

        VendorSdkTransport transport(QStringLiteral(OW_MOCK_VENDOR_PLUGIN), 1001);
        IdCardReader reader(transport);
        const Result<IdCardContents> card = reader.read(QDate(2026, 11, 26));
        QVERIFY2(card.ok(), qPrintable(card.error()));
        QCOMPARE(card->name, QStringLiteral("张三"));
        QVERIFY(transport.plugin());
        QString error;
        QCOMPARE(transport.plugin()->decodePhoto(card->photo, &error),
                 QByteArray("BM-placeholder"));
        QVERIFY(transport.plugin()->decodePhoto(QByteArray(3, 'x'), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void badCardFile() {
        QVERIFY(!IdCardJson::loadReadData(QStringLiteral("/nonexistent/card.json")).ok());
        const Result<QByteArray> tooLong =
            IdCardJson::readDataFromJson({{QStringLiteral("name"), QString(20, u'名')}});
        QVERIFY(!tooLong.ok());
        QVERIFY2(tooLong.error().contains(QStringLiteral("name")), qPrintable(tooLong.error()));
    }
};

QTEST_GUILESS_MAIN(TestIdCardSimulator)
#include "tst_idcardsimulator.moc"
