// Licence OCR: the credit code and name read from a rendered business licence (clean, and
// rotated on a dark desk with noise), look-alike corrections by the check characters, and
// pages without a code. Qt Gui is used here only to render the test images.
#include "creditcode.h"
#include "creditcodecorrector.h"
#include "licenceocr.h"
#include "tesseractengine.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <QTransform>

#include <opencv2/core.hpp>

using namespace ow;
using namespace ow::vision;

namespace {

const QString kCharacters = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

// Completes 16 characters into a valid code by trying the two check characters.
QString validCode(const QString &sixteen) {
    for (const QChar c17 : kCharacters)
        for (const QChar c18 : kCharacters) {
            const QString code = sixteen + c17 + c18;
            if (CreditCode::check(code).valid)
                return code;
        }
    return {};
}

struct LicenceLook {
    bool withCode = true;
    double angle = 0;            // degrees
    bool darkDesk = false;       // page on a dark background, so rotation leaves dark corners
    int noise = 0;               // ± grey levels
    bool codeBelowLabel = false; // the 2019 layout: label on one line, the code under it
    double scale = 1.0;          // of the final image (a phone photo of lower resolution)
    bool blur = false;
};

QImage renderLicence(const QString &code, const QString &name, const LicenceLook &look) {
    QImage page(1600, 1100, QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        painter.setRenderHint(QPainter::TextAntialiasing);
        QFont title(QStringLiteral("Noto Sans CJK SC"));
        title.setPixelSize(90);
        painter.setFont(title);
        painter.drawText(QRect(0, 60, 1600, 130), Qt::AlignCenter, QStringLiteral("营业执照"));
        QFont body(QStringLiteral("Noto Sans CJK SC"));
        body.setPixelSize(40);
        painter.setFont(body);
        int y = 280;
        const auto line = [&](const QString &text) {
            painter.drawText(QPoint(140, y), text);
            y += 90;
        };
        if (look.withCode && look.codeBelowLabel) {
            line(QStringLiteral("统一社会信用代码"));
            line(code);
        } else if (look.withCode) {
            line(QStringLiteral("统一社会信用代码：") + code);
        }
        line(QStringLiteral("名称：") + name);
        line(QStringLiteral("类型：有限责任公司"));
        line(QStringLiteral("法定代表人：张三"));
        line(QStringLiteral("成立日期：2020年03月15日"));
        line(QStringLiteral("住所：内蒙古乌海市海勃湾区示例路1号"));
    }
    QImage result = page;
    if (look.angle != 0 || look.darkDesk) {
        QImage desk(1800, 1300, QImage::Format_RGB32);
        desk.fill(look.darkDesk ? QColor(40, 35, 30) : QColor(Qt::white));
        QPainter painter(&desk);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.translate(900, 650);
        painter.rotate(look.angle);
        painter.drawImage(QPoint(-800, -550), page);
        painter.end();
        result = desk;
    }
    if (look.scale != 1.0)
        result =
            result.scaledToWidth(qRound(result.width() * look.scale), Qt::SmoothTransformation);
    QImage grey = result.convertToFormat(QImage::Format_Grayscale8);
    if (look.blur) // a slightly soft photo: average each pixel with its right and lower neighbours
        for (int y = 0; y + 1 < grey.height(); ++y) {
            uchar *line = grey.scanLine(y);
            const uchar *below = grey.constScanLine(y + 1);
            for (int x = 0; x + 1 < grey.width(); ++x)
                line[x] = uchar((2 * line[x] + line[x + 1] + below[x]) / 4);
        }
    if (look.noise > 0) {
        QRandomGenerator random(7);
        for (int y = 0; y < grey.height(); ++y) {
            uchar *line = grey.scanLine(y);
            for (int x = 0; x < grey.width(); ++x)
                line[x] = uchar(
                    qBound(0, line[x] + int(random.bounded(2 * look.noise + 1)) - look.noise, 255));
        }
    }
    return grey;
}

cv::Mat toMat(const QImage &grey) {
    return cv::Mat(grey.height(), grey.width(), CV_8UC1, const_cast<uchar *>(grey.constBits()),
                   size_t(grey.bytesPerLine()))
        .clone();
}

} // namespace

class TestLicenceOcr : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        const auto engine = TesseractEngine::create();
        if (!engine)
            QSKIP(qPrintable(engine.error()));
        m_engine = engine.value();
        m_code = validCode(QStringLiteral("91150302MA2Y7K3B"));
        QCOMPARE(m_code.size(), 18);
    }

    void missingLanguageIsAClearError() {
        const auto engine = TesseractEngine::create(QStringLiteral("xx_none"));
        QVERIFY(!engine.ok());
        QVERIFY2(engine.error().contains(QStringLiteral("xx_none")), qPrintable(engine.error()));
        QVERIFY2(engine.error().contains(QStringLiteral("tesseract-ocr-xx-none")),
                 qPrintable(engine.error()));
    }

    void readsTheLicence_data() {
        QTest::addColumn<double>("angle");
        QTest::addColumn<bool>("darkDesk");
        QTest::addColumn<int>("noise");
        QTest::addColumn<bool>("codeBelowLabel");
        QTest::addColumn<double>("scale");
        QTest::addColumn<bool>("blur");
        QTest::newRow("clean") << 0.0 << false << 0 << false << 1.0 << false;
        QTest::newRow("1 degree on a dark desk, noisy")
            << 1.0 << true << 12 << false << 1.0 << false;
        QTest::newRow("-0.7 degree on a dark desk") << -0.7 << true << 0 << false << 1.0 << false;
        QTest::newRow("code below its label") << 0.0 << false << 0 << true << 1.0 << false;
        QTest::newRow("small soft photo") << 0.5 << true << 6 << false << 0.6 << true;
    }
    void readsTheLicence() {
        QFETCH(double, angle);
        QFETCH(bool, darkDesk);
        QFETCH(int, noise);
        QFETCH(bool, codeBelowLabel);
        QFETCH(double, scale);
        QFETCH(bool, blur);
        const QString name = QStringLiteral("某某科技有限公司");
        LicenceLook look;
        look.angle = angle;
        look.darkDesk = darkDesk;
        look.noise = noise;
        look.codeBelowLabel = codeBelowLabel;
        look.scale = scale;
        look.blur = blur;
        const cv::Mat image = toMat(renderLicence(m_code, name, look));
        const Result<LicenceFields> fields = LicenceOcr(m_engine).read(image);
        QVERIFY2(fields.ok(), qPrintable(fields.error()));
        QCOMPARE(fields->creditCode, m_code);
        QCOMPARE(fields->name, name);
        QVERIFY(fields->creditCodeConfidence > 0.5);
        QVERIFY(fields->nameConfidence > 0.5);
        qInfo("OCR of a %d×%d licence: %.0f ms, %d corrected", image.cols, image.rows,
              fields->timeMs, fields->creditCodeCorrections);
    }

    void pageWithoutCode() {
        LicenceLook look;
        look.withCode = false;
        const cv::Mat image =
            toMat(renderLicence({}, QStringLiteral("深圳示例商贸有限公司"), look));
        const Result<LicenceFields> fields = LicenceOcr(m_engine).read(image);
        QVERIFY2(fields.ok(), qPrintable(fields.error()));
        QVERIFY(fields->creditCode.isEmpty());
        QCOMPARE(fields->creditCodeConfidence, 0.0);
        QCOMPARE(fields->name, QStringLiteral("深圳示例商贸有限公司"));
    }

    void blankAndBadImages() {
        LicenceOcr ocr(m_engine);
        QVERIFY(!ocr.read(cv::Mat()).ok());
        QVERIFY(!ocr.read(cv::Mat(10, 10, CV_8UC1, cv::Scalar(255))).ok());
        QVERIFY(!ocr.read(cv::Mat(100, 100, CV_32FC1, cv::Scalar(0))).ok());
        const Result<LicenceFields> white = ocr.read(cv::Mat(600, 800, CV_8UC1, cv::Scalar(255)));
        QVERIFY2(white.ok(), qPrintable(white.error()));
        QVERIFY(white->creditCode.isEmpty());
        QVERIFY(white->name.isEmpty());
        const Result<LicenceFields> black =
            ocr.read(cv::Mat(600, 800, CV_8UC3, cv::Scalar(0, 0, 0)));
        QVERIFY2(black.ok(), qPrintable(black.error()));
        QVERIFY(black->creditCode.isEmpty());
    }

    void whiteOutBordersKeepsPrint() {
        cv::Mat image(200, 300, CV_8UC1, cv::Scalar(20)); // dark desk
        image(cv::Rect(50, 40, 200, 120)).setTo(255);     // the page
        image(cv::Rect(100, 90, 60, 10)).setTo(0);        // print on it
        const cv::Mat white = LicenceOcr::whiteOutBorders(image);
        QCOMPARE(int(white.at<uchar>(5, 5)), 255);
        QCOMPARE(int(white.at<uchar>(195, 295)), 255);
        QCOMPARE(int(white.at<uchar>(95, 120)), 0);
    }

    void correctsLookAlikes_data() {
        QTest::addColumn<QString>("read");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("changes");
        const QString valid = QStringLiteral("91150302MA0Q7K3B2E");
        QTest::newRow("as read") << valid << valid << 0;
        QTest::newRow("in its label line")
            << QStringLiteral("统一社会信用代码：9115 0302 MA0Q7K3B2E") << valid << 0;
        QTest::newRow("full-width")
            << QStringLiteral("９１１５０３０２ＭＡ０Ｑ７Ｋ３Ｂ２Ｅ") << valid << 0;
        QTest::newRow("O for 0") << QStringLiteral("91150302MAOQ7K3B2E") << valid << 1;
        QTest::newRow("I for 1") << QStringLiteral("9I150302MA0Q7K3B2E") << valid << 1;
        QTest::newRow("S for 5") << QStringLiteral("911S0302MA0Q7K3B2E") << valid << 1;
        QTest::newRow("Z for 2 in the division")
            << QStringLiteral("9115030ZMA0Q7K3B2E") << valid << 1;
        QTest::newRow("8 for B") << QStringLiteral("91150302MA0Q7K382E") << valid << 1;
        QTest::newRow("lower case") << QStringLiteral("91150302ma0q7k3b2e") << valid << 0;
        const QString other = QStringLiteral("91440101MA5CJQ4N59");
        QTest::newRow("O twice and S") << QStringLiteral("9144O1O1MASCJQ4N59") << other << 3;
    }
    void correctsLookAlikes() {
        QFETCH(QString, read);
        QFETCH(QString, expected);
        QFETCH(int, changes);
        const std::optional<CorrectedCreditCode> found = CreditCodeCorrector::find(read);
        QVERIFY(found.has_value());
        QCOMPARE(found->code, expected);
        QCOMPARE(found->substitutions, changes);
    }

    void findsNothingInOtherText_data() {
        QTest::addColumn<QString>("read");
        QTest::newRow("empty") << QString();
        QTest::newRow("too short") << QStringLiteral("91150302MA0Q7K3B2");
        QTest::newRow("date and capital")
            << QStringLiteral("成立日期：2020年03月15日 注册资本：100万元");
        QTest::newRow("label only") << QStringLiteral("统一社会信用代码：");
    }
    void findsNothingInOtherText() {
        QFETCH(QString, read);
        QVERIFY(!CreditCodeCorrector::find(read).has_value());
    }

private:
    std::shared_ptr<TesseractEngine> m_engine;
    QString m_code;
};

QTEST_MAIN(TestLicenceOcr)
#include "tst_licenceocr.moc"
