// Separator sheets: a cover sheet with a SEP- barcode, the Kodak patch code T (and not its
// upside-down twin, patch 3, nor patch 2), and the business licence's credit code.
#include "businesslicence.h"
#include "pagerenderer.h"
#include "scantestpages.h"
#include "separatorsheet.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

#include <random>

namespace {

constexpr double kDpi = 150.0;
int px(double mm) {
    return static_cast<int>(mm * kDpi / 25.4);
}

// Bars from the top, 'N' = 2.03 mm, 'W' = 5.08 mm, narrow gaps, 60 mm long.
cv::Mat patchSheet(const char *pattern) {
    cv::Mat page(ow::scantest::a4(kDpi), CV_8UC3, cv::Scalar(255, 255, 255));
    double y = 15.0;
    for (const char *c = pattern; *c; ++c) {
        const double height = *c == 'W' ? 5.08 : 2.03;
        cv::rectangle(page, cv::Rect(px(75), px(y), px(60), px(height)), cv::Scalar(0, 0, 0),
                      cv::FILLED);
        y += height + 2.03;
    }
    return page;
}

} // namespace

class TestSeparatorSheet : public QObject {
    Q_OBJECT

private slots:
    void coverSheet();
    void ordinaryBarcodeIsNoSeparator();
    void patchCodes_data();
    void patchCodes();
    void generatedSheets();
    void creditCodeFromQr_data();
    void creditCodeFromQr();
};

void TestSeparatorSheet::coverSheet() {
    const std::vector<ow::vision::Barcode> codes{
        {QStringLiteral("Code128"), QStringLiteral("SEP-000123"), cv::Rect(10, 10, 100, 40)}};
    const ow::vision::SeparatorCheck check =
        ow::vision::checkSeparator(cv::Mat(200, 150, CV_8UC1, cv::Scalar(255)), codes);
    QCOMPARE(check.kind, ow::vision::SeparatorCheck::Kind::CoverSheet);
    QCOMPARE(check.code, QStringLiteral("SEP-000123"));
}

void TestSeparatorSheet::ordinaryBarcodeIsNoSeparator() {
    const std::vector<ow::vision::Barcode> codes{
        {QStringLiteral("Code128"), QStringLiteral("CASE-000123"), cv::Rect()}};
    const cv::Mat page = ow::scantest::latinTextPage(ow::scantest::a4(kDpi), 20, 1);
    QVERIFY(!ow::vision::checkSeparator(page, codes, kDpi).isSeparator());
}

void TestSeparatorSheet::patchCodes_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("patchT");
    QTest::newRow("T = NWNW") << QStringLiteral("NWNW") << true;
    QTest::newRow("3 = WNWN (T upside down)") << QStringLiteral("WNWN") << false;
    QTest::newRow("2 = WNNW") << QStringLiteral("WNNW") << false;
    QTest::newRow("1 = WWNN") << QStringLiteral("WWNN") << false;
    QTest::newRow("three bars") << QStringLiteral("NWN") << false;
}

void TestSeparatorSheet::patchCodes() {
    QFETCH(QString, pattern);
    QFETCH(bool, patchT);
    const cv::Mat page = patchSheet(pattern.toLatin1().constData());
    QCOMPARE(ow::vision::hasPatchT(page, kDpi), patchT);
    QCOMPARE(ow::vision::hasPatchT(page), patchT); // dpi unknown: A4 assumed
    const ow::vision::SeparatorCheck check = ow::vision::checkSeparator(page, {}, kDpi);
    QCOMPARE(check.isSeparator(), patchT);
    if (patchT)
        QCOMPARE(check.code, QStringLiteral("PATCHT"));
}

void TestSeparatorSheet::generatedSheets() {
    std::mt19937_64 rng(5);
    const auto patch =
        ow::scaneval::PageRenderer::render(ow::scaneval::PageKind::PatchT, kDpi, rng);
    QVERIFY(ow::vision::hasPatchT(patch.bgr, kDpi));
    for (const auto kind : {ow::scaneval::PageKind::TextPage, ow::scaneval::PageKind::TablePage,
                            ow::scaneval::PageKind::Separator}) {
        const auto page = ow::scaneval::PageRenderer::render(kind, kDpi, rng);
        QVERIFY(!ow::vision::hasPatchT(page.bgr, kDpi));
    }
}

void TestSeparatorSheet::creditCodeFromQr_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("link")
        << QStringLiteral("http://www.gsxt.gov.cn/index.html?uniscid=91150302MA0Q7K3B2E&type=1")
        << QStringLiteral("91150302MA0Q7K3B2E");
    QTest::newRow("plain lower case") << QStringLiteral("统一社会信用代码:92150304ma0r2d5n82")
                                      << QStringLiteral("92150304MA0R2D5N82");
    QTest::newRow("bad check character")
        << QStringLiteral("uniscid=91150302MA0Q7K3B2F") << QString();
    QTest::newRow("longer run") << QStringLiteral("x91150302MA0Q7K3B2E") << QString();
    QTest::newRow("nothing") << QStringLiteral("hello") << QString();
}

void TestSeparatorSheet::creditCodeFromQr() {
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(ow::vision::creditCodeFromText(text), code);
    const std::vector<ow::vision::Barcode> qr{{QStringLiteral("QRCode"), text, cv::Rect()}};
    QCOMPARE(ow::vision::creditCodeFromBarcodes(qr), code);
    const std::vector<ow::vision::Barcode> linear{{QStringLiteral("Code128"), text, cv::Rect()}};
    QCOMPARE(ow::vision::creditCodeFromBarcodes(linear), QString());
}

QTEST_MAIN(TestSeparatorSheet)
#include "tst_separatorsheet.moc"
