// Linear codes too blurred for thresholds, read by fitting their module grid: the layouts and
// symbol checks on ZXing's own drawings, and blurred codes read back, nothing read from bars
// that are no code.
#include "barmodulefit.h"

#include <QTest>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <random>
#include <string>

namespace {

// ZXing's drawing of a code, one value per module (1 = bar), no quiet zone.
std::vector<unsigned char> modulesOf(const QString &format, const QString &text) {
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormatFromString(format.toStdString()));
    writer.setMargin(0);
    const ZXing::BitMatrix bits = writer.encode(text.toStdString(), 1, 1);
    std::vector<unsigned char> modules;
    for (int x = 0; x < bits.width(); ++x)
        modules.push_back(bits.get(x, 0) ? 1 : 0);
    return modules;
}

// The code drawn at `pixels` a module with a wide quiet zone, blurred by a Gaussian of
// `sigmaModules`, with a little noise: what a photo's enlarged crop looks like.
cv::Mat blurredCode(const std::vector<unsigned char> &modules, int pixels, double sigmaModules,
                    unsigned seed) {
    const int margin = 20 * pixels;
    cv::Mat image(80, static_cast<int>(modules.size()) * pixels + 2 * margin, CV_8UC1,
                  cv::Scalar(235));
    for (size_t i = 0; i < modules.size(); ++i)
        if (modules[i])
            image
                .colRange(margin + static_cast<int>(i) * pixels,
                          margin + static_cast<int>(i + 1) * pixels)
                .setTo(40);
    cv::GaussianBlur(image, image, cv::Size(), sigmaModules * pixels, 0.1);
    cv::Mat noise(image.size(), CV_16SC1);
    cv::RNG(seed).fill(noise, cv::RNG::NORMAL, 0, 4);
    cv::Mat noisy;
    image.convertTo(noisy, CV_16SC1);
    noisy += noise;
    noisy.convertTo(image, CV_8UC1);
    return image;
}

// What ZXing reads from an image as the reader hands it a redrawing: a fixed threshold.
QString zxingRead(const cv::Mat &image) {
    const ZXing::ImageView view(image.data, image.cols, image.rows, ZXing::ImageFormat::Lum,
                                static_cast<int>(image.step));
    const auto hints =
        ZXing::DecodeHints()
            .setFormats(ZXing::BarcodeFormat::Code128 | ZXing::BarcodeFormat::Code39 |
                        ZXing::BarcodeFormat::EAN13 | ZXing::BarcodeFormat::EAN8)
            .setTryDownscale(false)
            .setBinarizer(ZXing::Binarizer::FixedThreshold);
    for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints))
        if (result.isValid())
            return QString::fromStdWString(result.text());
    return {};
}

QString readByModules(const cv::Mat &crop, int *renderings = nullptr) {
    QString text;
    int tried = 0;
    ow::vision::redrawByModules(crop, [&](const cv::Mat &rendering) {
        ++tried;
        text = zxingRead(rendering);
        return !text.isEmpty();
    });
    if (renderings)
        *renderings = tried;
    return text;
}

} // namespace

class TestBarModuleFit : public QObject {
    Q_OBJECT

private slots:
    void layoutsHoldTheCode_data();
    void layoutsHoldTheCode();
    void wholeSymbols_data();
    void wholeSymbols();
    void fitFindsTheModules();
    void blurredCodeIsRead_data();
    void blurredCodeIsRead();
    void noCodeNoRead_data();
    void noCodeNoRead();
};

void TestBarModuleFit::layoutsHoldTheCode_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("wide");
    QTest::newRow("Code 128, 12 characters") << "Code128"
                                             << "OW2026401989" << 2;
    QTest::newRow("Code 128, 1 character") << "Code128"
                                           << "7" << 2;
    QTest::newRow("Code 39") << "Code39"
                             << "DOC-54845" << 2;
}

void TestBarModuleFit::layoutsHoldTheCode() {
    // However many of its bars the blur merged (down to 40 % of them), the code's own length is
    // among the layouts tried, and a span too short for modules of 2 px gives none.
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(int, wide);
    const std::vector<unsigned char> modules = modulesOf(format, text);
    int bars = 0;
    for (size_t i = 0; i < modules.size(); ++i)
        bars += modules[i] && (i == 0 || !modules[i - 1]) ? 1 : 0;
    const auto count = static_cast<int>(modules.size());
    for (const int seen : {bars, bars * 2 / 3, (bars * 2 + 4) / 5}) {
        const auto layouts = ow::vision::moduleLayouts(count * 6.0, 2.0, seen);
        QVERIFY2(std::any_of(layouts.begin(), layouts.end(),
                             [&](const ow::vision::ModuleLayout &l) {
                                 return l.count == count &&
                                        (format == QLatin1String("Code128") || l.wide == wide);
                             }),
                 qPrintable(QStringLiteral("%1 bars seen").arg(seen)));
    }
    QVERIFY(ow::vision::moduleLayouts(count * 1.5, 2.0, bars).empty() || count > 100);
}

void TestBarModuleFit::wholeSymbols_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("flip");
    QTest::addColumn<bool>("whole");
    QTest::newRow("Code 128") << "Code128"
                              << "OW2026850996" << -1 << true;
    QTest::newRow("Code 128, a space made a bar") << "Code128"
                                                  << "OW2026850996" << 40 << false;
    QTest::newRow("Code 128, its stop broken") << "Code128"
                                               << "OW2026850996" << 120 << false;
    QTest::newRow("EAN-13") << "EAN-13"
                            << "6901840006341" << -1 << true;
    QTest::newRow("EAN-13, a middle guard bar lost") << "EAN-13"
                                                     << "6901840006341" << 46 << false;
    QTest::newRow("EAN-8") << "EAN-8"
                           << "96385074" << -1 << true;
    QTest::newRow("Code 39") << "Code39"
                             << "DOC-30077" << -1 << true;
    QTest::newRow("Code 39, a gap filled") << "Code39"
                                           << "DOC-30077" << 12 << false;
    QTest::newRow("Code 39, a narrow bar widened") << "Code39"
                                                   << "DOC-30077" << 14 << false;
}

void TestBarModuleFit::wholeSymbols() {
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(int, flip);
    QFETCH(bool, whole);
    std::vector<unsigned char> modules = modulesOf(format, text);
    if (flip >= 0)
        modules[static_cast<size_t>(flip)] ^= 1;
    ow::vision::ModuleLayout layout;
    layout.family = format == QLatin1String("Code128")  ? ow::vision::ModuleFamily::Code128
                    : format == QLatin1String("Code39") ? ow::vision::ModuleFamily::Code39
                                                        : ow::vision::ModuleFamily::Ean;
    layout.count = static_cast<int>(modules.size());
    layout.wide = 2;
    QCOMPARE(ow::vision::wholeSymbols(modules, layout), whole);
}

void TestBarModuleFit::fitFindsTheModules() {
    // A Code 128 blurred by 0.8 of a module: thresholds lose its narrow spaces, the fit on the
    // right grid gives back every module.
    const std::vector<unsigned char> modules =
        modulesOf(QStringLiteral("Code128"), QStringLiteral("OW2026262481"));
    const int pixels = 6;
    const cv::Mat crop = blurredCode(modules, pixels, 0.8, 7);
    cv::Mat profile;
    cv::reduce(crop, profile, 0, cv::REDUCE_AVG, CV_32F);
    std::vector<float> ink;
    for (int x = 0; x < profile.cols; ++x)
        ink.push_back(std::clamp((235.f - profile.at<float>(0, x)) / (235.f - 40.f), 0.f, 1.f));
    const double left = 20.0 * pixels;
    const double right = left + static_cast<double>(modules.size()) * pixels;
    ow::vision::ModuleLayout layout;
    layout.count = static_cast<int>(modules.size());
    const ow::vision::BarModules fit = ow::vision::fitModules(ink, left, right, layout, 0.8);
    QVERIFY(fit.bits == modules);
    QVERIFY(ow::vision::wholeSymbols(fit.bits, layout));
    // The same code thresholded at the middle merges bars.
    std::vector<unsigned char> thresholded;
    for (size_t i = 0; i < modules.size(); ++i)
        thresholded.push_back(ink[static_cast<size_t>(left + (i + 0.5) * pixels)] > 0.5f ? 1 : 0);
    QVERIFY(thresholded != modules);
}

void TestBarModuleFit::blurredCodeIsRead_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("sigma");
    QTest::newRow("Code 128, blur 0.7") << "Code128"
                                        << "OW2026401989" << 0.7;
    QTest::newRow("Code 128, blur 0.9") << "Code128"
                                        << "OW2026773497" << 0.9;
    QTest::newRow("Code 128, short") << "Code128"
                                     << "A17" << 0.8;
    QTest::newRow("EAN-13, blur 0.7") << "EAN-13"
                                      << "6901840006341" << 0.7;
    QTest::newRow("EAN-13, blur 0.8") << "EAN-13"
                                      << "6932933784389" << 0.8;
    QTest::newRow("Code 39, blur 0.7") << "Code39"
                                       << "DOC-54845" << 0.7;
    QTest::newRow("Code 39, blur 0.8") << "Code39"
                                       << "DOC-31416" << 0.8;
    QTest::newRow("Code 39, blur 0.9") << "Code39"
                                       << "DOC-82953" << 0.9;
    QTest::newRow("Code 39, blur 1.0") << "Code39"
                                       << "DOC-51154" << 1.0;
}

void TestBarModuleFit::blurredCodeIsRead() {
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(double, sigma);
    const cv::Mat crop = blurredCode(modulesOf(format, text), 7, sigma, 3);
    // ZXing alone reads nothing, on the blurred crop or on its Otsu threshold.
    cv::Mat binary;
    cv::threshold(crop, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    QVERIFY(zxingRead(crop).isEmpty());
    QVERIFY(zxingRead(binary).isEmpty());
    QCOMPARE(readByModules(crop), text);
}

void TestBarModuleFit::noCodeNoRead_data() {
    QTest::addColumn<int>("kind");
    QTest::newRow("plain paper") << 0;
    QTest::newRow("a table's column rules") << 1;
    QTest::newRow("random bars") << 2;
}

void TestBarModuleFit::noCodeNoRead() {
    QFETCH(int, kind);
    cv::Mat crop(80, 1400, CV_8UC1, cv::Scalar(235));
    std::mt19937 rng(11);
    if (kind == 1) {
        for (const int x : {160, 420, 700, 980, 1240})
            crop.colRange(x, x + 4).setTo(60);
    } else if (kind == 2) {
        std::uniform_int_distribution<int> width(1, 4);
        for (int x = 150; x < 1250;) {
            const int bar = width(rng) * 7;
            crop.colRange(x, x + bar).setTo(40);
            x += bar + width(rng) * 7;
        }
    }
    cv::GaussianBlur(crop, crop, cv::Size(), 6.0);
    int renderings = 0;
    QCOMPARE(readByModules(crop, &renderings), QString());
    if (kind == 0)
        QCOMPARE(renderings, 0);
}

QTEST_APPLESS_MAIN(TestBarModuleFit)
#include "tst_barmodulefit.moc"
