// GA 467 frame codec, incremental decoder and status table (id-card-reader.md §1.3–§1.6).
#include "idcardframe.h"
#include "idcardframedecoder.h"
#include "idcardstatus.h"

#include <QTest>

using namespace ow;

class TestIdCardFrame : public QObject {
    Q_OBJECT

private slots:
    void commandGolden_data() {
        QTest::addColumn<int>("cmd");
        QTest::addColumn<int>("para");
        QTest::addColumn<QByteArray>("frame");
        const auto row = [](const char *name, int cmd, int para, const char *hex) {
            QTest::newRow(name) << cmd << para << QByteArray::fromHex(hex);
        };
        row("reset SAM", 0x10, 0xFF, "AAAAAA9669000310FFEC");
        row("SAM status", 0x11, 0xFF, "AAAAAA9669000311FFED");
        row("SAM id", 0x12, 0xFF, "AAAAAA9669000312FFEE");
        row("find", 0x20, 0x01, "AAAAAA966900032001 22");
        row("select", 0x20, 0x02, "AAAAAA966900032002 21");
        row("read text+photo", 0x30, 0x01, "AAAAAA966900033001 32");
        row("read address", 0x30, 0x03, "AAAAAA966900033003 30");
        row("read fingerprint", 0x30, 0x10, "AAAAAA966900033010 23");
        row("uart 115200", 0x60, 0x00, "AAAAAA966900036000 63");
        row("uart 9600", 0x60, 0x04, "AAAAAA966900036004 67");
    }
    void commandGolden() {
        QFETCH(int, cmd);
        QFETCH(int, para);
        QFETCH(QByteArray, frame);
        QCOMPARE(IdCardFrame::command(quint8(cmd), quint8(para)).toHex(), frame.toHex());
        IdCardFrameDecoder decoder;
        decoder.append(frame);
        const IdCardFrameDecoder::Step step = decoder.next();
        QCOMPARE(step.outcome, IdCardFrameDecoder::Outcome::Frame);
        QCOMPARE(step.body, QByteArray::fromHex(QByteArray::number(cmd * 256 + para, 16)));
    }

    void responseGolden_data() {
        QTest::addColumn<int>("sw3");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("frame");
        QTest::newRow("find ok") << 0x9F << QByteArray(4, '\0')
                                 << QByteArray::fromHex("AAAAAA96690008 00009F 00000000 97");
        QTest::newRow("select ok")
            << 0x90 << QByteArray(8, '\0')
            << QByteArray::fromHex("AAAAAA9669000C 000090 0000000000000000 9C");
        QTest::newRow("find fail")
            << 0x80 << QByteArray() << QByteArray::fromHex("AAAAAA9669000400008084");
        QTest::newRow("select fail")
            << 0x81 << QByteArray() << QByteArray::fromHex("AAAAAA9669000400008185");
        QTest::newRow("read fail")
            << 0x41 << QByteArray() << QByteArray::fromHex("AAAAAA9669000400004145");
        QTest::newRow("no item") << 0x91 << QByteArray()
                                 << QByteArray::fromHex("AAAAAA9669000400009195");
    }
    void responseGolden() {
        QFETCH(int, sw3);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, frame);
        QCOMPARE(IdCardFrame::response(quint8(sw3), data).toHex(), frame.toHex());
        IdCardFrameDecoder decoder;
        // Byte by byte: the decoder must not need the frame in one piece.
        for (const char byte : frame.left(frame.size() - 1)) {
            decoder.append(QByteArray(1, byte));
            QCOMPARE(decoder.next().outcome, IdCardFrameDecoder::Outcome::NeedMore);
        }
        decoder.append(frame.right(1));
        const IdCardFrameDecoder::Step step = decoder.next();
        QCOMPARE(step.outcome, IdCardFrameDecoder::Outcome::Frame);
        IdCardResponse response;
        QVERIFY(IdCardFrame::parseResponse(step.body, &response));
        QCOMPARE(int(response.sw3), sw3);
        QCOMPARE(response.data, data);
    }

    void checksumWorkedExample() {
        // §1.3: 00 03 20 01 → 0x22.
        QCOMPARE(int(IdCardFrame::checksum(QByteArray::fromHex("2001"))), 0x22);
    }

    void badInput_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("errorPart"); // empty: no error, just waiting
        QTest::newRow("bad checksum")
            << QByteArray::fromHex("AAAAAA96690003200123") << QStringLiteral("checksum 0x23");
        QTest::newRow("oversized")
            << QByteArray::fromHex("AAAAAA9669FFFF2001") << QStringLiteral("length 65535");
        QTest::newRow("too short")
            << QByteArray::fromHex("AAAAAA9669000120") << QStringLiteral("length 1");
        QTest::newRow("truncated") << QByteArray::fromHex("AAAAAA9669050800009001") << QString();
        QTest::newRow("garbage only") << QByteArray::fromHex("0102030405060708AA") << QString();
    }
    void badInput() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, errorPart);
        IdCardFrameDecoder decoder;
        decoder.append(bytes);
        const IdCardFrameDecoder::Step step = decoder.next();
        if (errorPart.isEmpty()) {
            QCOMPARE(step.outcome, IdCardFrameDecoder::Outcome::NeedMore);
        } else {
            QCOMPARE(step.outcome, IdCardFrameDecoder::Outcome::Error);
            QVERIFY2(step.error.contains(errorPart), qPrintable(step.error));
        }
        // A good frame after the bad input is still found.
        decoder.reset();
        decoder.append(bytes + IdCardFrame::response(0x90));
        IdCardFrameDecoder::Step last;
        for (int i = 0; i < 10 && last.outcome != IdCardFrameDecoder::Outcome::Frame; ++i)
            last = decoder.next();
        if (qstrcmp(QTest::currentDataTag(), "truncated") != 0) {
            QCOMPARE(last.outcome, IdCardFrameDecoder::Outcome::Frame);
            QCOMPARE(last.body, QByteArray::fromHex("000090"));
        }
    }

    void resyncAfterGarbage() {
        IdCardFrameDecoder decoder;
        decoder.append(QByteArray::fromHex("00FF55AAAA9613AAAAAA") +
                       IdCardFrame::response(0x9F, QByteArray(4, '\0')));
        const IdCardFrameDecoder::Step step = decoder.next();
        QCOMPARE(step.outcome, IdCardFrameDecoder::Outcome::Frame);
        QCOMPARE(decoder.skippedBytes(), qsizetype(10));
        QCOMPARE(decoder.bufferedBytes(), qsizetype(0));
    }

    void truncatedReportsProgress() {
        IdCardFrameDecoder decoder;
        decoder.append(QByteArray::fromHex("AAAAAA9669050800009001"));
        QCOMPARE(decoder.next().outcome, IdCardFrameDecoder::Outcome::NeedMore);
        QCOMPARE(decoder.expectedFrameSize(), qsizetype(1295));
        QCOMPARE(decoder.bufferedBytes(), qsizetype(11));
    }

    void statusMessages_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("part");
        const QList<std::pair<int, const char *>> rows = {
            {0x90, "successfully"},
            {0x91, "no data"},
            {0x9F, "found"},
            {0x10, "checksum"},
            {0x11, "wrong length"},
            {0x21, "rejected"},
            {0x23, "refused"},
            {0x24, "unrecognised"},
            {0x31, "did not accept"},
            {0x32, "could not verify"},
            {0x33, "failed verification"},
            {0x40, "type of card"},
            {0x41, "may have moved"},
            {0x47, "random"},
            {0x60, "self-test"},
            {0x66, "not authorised"},
            {0x80, "No card"},
            {0x81, "selected"},
        };
        for (const auto &[code, part] : rows)
            QTest::newRow(qPrintable(IdCardStatus::hex(quint8(code))))
                << code << QString::fromLatin1(part);
    }
    void statusMessages() {
        QFETCH(int, code);
        QFETCH(QString, part);
        QVERIFY(IdCardStatus::isKnown(quint8(code)));
        const QString message = IdCardStatus::message(quint8(code));
        QVERIFY2(message.contains(part), qPrintable(message));
    }

    void everyStatusIsCovered() {
        QCOMPARE(IdCardStatus::knownCodes().size(), 18);
        QVERIFY(!IdCardStatus::isKnown(0x77));
        QVERIFY(IdCardStatus::message(0x77).contains(QStringLiteral("0x77")));
    }
};

QTEST_GUILESS_MAIN(TestIdCardFrame)
#include "tst_idcardframe.moc"
