// The QR code image decodes back to its text, also with Chinese; bad text fails cleanly.
#include "noticeqrcode.h"
#include "pdftools.h"

#include <QTest>

using ow::NoticeQrCode;

class TestNoticeQrCode : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void badText_data();
    void badText();
};

void TestNoticeQrCode::roundTrip_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("size");
    QTest::newRow("tracking code") << QStringLiteral("SL20260302000012") << 300;
    QTest::newRow("address with Chinese")
        << QStringLiteral("https://zwfw.wuhai.gov.cn/q?no=SL20260302000012&事项=食品经营许可")
        << 307;
    QTest::newRow("small") << QStringLiteral("A012") << 60;
}

void TestNoticeQrCode::roundTrip() {
    QFETCH(QString, text);
    QFETCH(int, size);
    const ow::Result<QImage> image = NoticeQrCode::render(text, size);
    QVERIFY2(image.ok(), qPrintable(image.error()));
    QVERIFY(image->width() <= size + 1 && image->width() >= size / 2);
    QCOMPARE(image->width(), image->height());
    // The quiet zone: the border rows are white.
    for (int x = 0; x < image->width(); ++x)
        QCOMPARE(qGray(image->pixel(x, 0)), 255);
    QCOMPARE(ow::test::PdfTools::decodeQrCode(*image), text);
}

void TestNoticeQrCode::badText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("too long for a QR code")
        << QString(5000, QChar(0x6C49))
        << QStringLiteral("cannot make a QR code of 5000 characters");
}

void TestNoticeQrCode::badText() {
    QFETCH(QString, text);
    QFETCH(QString, message);
    const ow::Result<QImage> image = NoticeQrCode::render(text, 300);
    QVERIFY(!image.ok());
    QVERIFY2(image.error().contains(message), qPrintable(image.error()));
}

QTEST_MAIN(TestNoticeQrCode)
#include "tst_noticeqrcode.moc"
