// The page processor end to end on generated scans and document-camera photos with known
// truth (onewindow_scangen): angle, corners, blank pages, barcodes, separator sheets, the
// business licence's credit code, the output of each mode, and inputs that must not crash.
#include "creditcode.h"
#include "pageprocessor.h"
#include "scansetgenerator.h"
#include "scantestpages.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

namespace {

using ow::scaneval::PageKind;

// Angles compared on the circle.
double angleError(double a, double b) {
    double d = std::fmod(std::abs(a - b), 360.0);
    return std::min(d, 360.0 - d);
}

QString plainFormat(QString format) {
    return format.remove(u'-');
}

bool hasCode(const ow::vision::ProcessedPage &page, const ow::scaneval::TruthCode &code) {
    return std::any_of(page.barcodes.begin(), page.barcodes.end(), [&](const auto &b) {
        return plainFormat(b.format) == plainFormat(code.format) && b.text == code.text;
    });
}

ow::vision::PageOptions scanner() {
    ow::vision::PageOptions options;
    options.source = ow::vision::PageSource::Scanner;
    options.dpi = 300;
    return options;
}

} // namespace

class TestPageProcessor : public QObject {
    Q_OBJECT

private slots:
    void scans_data();
    void scans();
    void photos_data();
    void photos();
    void manualCorners();
    void cameraPhotoGreyFromPageOnly_data();
    void cameraPhotoGreyFromPageOnly();
    void modes_data();
    void modes();
    void inputUntouched_data();
    void inputUntouched();
    void badInput_data();
    void badInput();
};

void TestPageProcessor::scans_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("kind");
    const PageKind kinds[] = {PageKind::TextPage,  PageKind::TablePage, PageKind::Licence,
                              PageKind::TextPage,  PageKind::Blank,     PageKind::NearBlank,
                              PageKind::Separator, PageKind::PatchT,    PageKind::TablePage};
    int index = 0;
    for (const PageKind kind : kinds) {
        QTest::addRow("%d %s", index, qPrintable(ow::scaneval::toString(kind)))
            << index << int(kind);
        ++index;
    }
}

void TestPageProcessor::scans() {
    QFETCH(int, index);
    QFETCH(int, kind);
    const ow::scaneval::ScanSample sample =
        ow::scaneval::ScanSetGenerator(7).scan(index, static_cast<PageKind>(kind));
    const ow::vision::ProcessedPage page = ow::vision::processPage(sample.image, scanner());
    QVERIFY(!page.page.empty());
    QVERIFY(!page.corners);
    QCOMPARE(page.blank, sample.blank);
    QCOMPARE(page.separator, sample.separator);
    // Pages with text lines give their angle, separator sheets too (a title, a caption and
    // long bars); near-blank pages (a signature) have no way up at all.
    const bool hasLines = sample.page == PageKind::TextPage || sample.page == PageKind::TablePage ||
                          sample.page == PageKind::Licence;
    if (hasLines || sample.page == PageKind::Separator)
        QVERIFY2(angleError(page.angleDeg, sample.angleDeg) < 0.1,
                 qPrintable(
                     QStringLiteral("angle %1, truth %2").arg(page.angleDeg).arg(sample.angleDeg)));
    for (const auto &code : sample.codes)
        QVERIFY2(hasCode(page, code), qPrintable(code.format + QLatin1Char(':') + code.text));
    // The boxes are on the processed page (a scan's codes are read before its warp and placed
    // on it afterwards): inside it, over the code's dark modules.
    const cv::Rect pageRect(0, 0, page.page.cols, page.page.rows);
    for (const auto &code : page.barcodes) {
        const cv::Rect onPage = code.box & pageRect;
        QVERIFY2(onPage.area() >= 0.9 * code.box.area(), qPrintable(code.text));
        QVERIFY2(cv::mean(page.page(onPage))[0] < 200.0, qPrintable(code.text));
    }
    if (sample.page == PageKind::Licence) {
        QVERIFY(!page.creditCode.isEmpty());
        QVERIFY(ow::CreditCode::check(page.creditCode).valid);
    }
    if (sample.page == PageKind::PatchT)
        QCOMPARE(page.separatorCode, QStringLiteral("PATCHT"));
    QVERIFY(page.timeMs > 0.0);
}

void TestPageProcessor::photos_data() {
    QTest::addColumn<int>("index");
    for (int i = 0; i < 4; ++i)
        QTest::addRow("photo %d", i) << i;
    // Read the wrong way round before: lines that began at a frame's or the desk's remnant at
    // the page edge (the crop read empty paper, 80 either way: a licence, ID cards) ...
    for (const int i : {51, 56, 88, 94})
        QTest::addRow("photo %d, line starting at an edge remnant", i) << i;
    // ... and blurred photos whose lines read poorly, switched against decisive line profiles
    // to a few characters cut across the lines (an ID card, a table).
    for (const int i : {15, 41})
        QTest::addRow("photo %d, decisive profiles", i) << i;
    // Blurred ID cards upside down whose longest line, the number, ends in a run of X: its
    // left part reads alike both ways up, its other end decides (photo 15 is one too).
    QTest::addRow("photo 39, number read at both ends") << 39;
}

void TestPageProcessor::photos() {
    QFETCH(int, index);
    const ow::scaneval::ScanSample sample = ow::scaneval::ScanSetGenerator(7).photo(index);
    const ow::vision::ProcessedPage page = ow::vision::processPage(sample.image, {});
    QVERIFY(!page.page.empty());
    QVERIFY2(page.corners.has_value(), "no page found in the photo");
    const double diagonal = std::hypot(sample.image.cols, sample.image.rows);
    // Without text (a signature, a blank sheet) the page has no known top: compare the corners
    // in every rotation of their order and keep the best.
    const bool knownTop = sample.page != PageKind::NearBlank && sample.page != PageKind::Blank;
    double worst = 1e9;
    for (int shift = 0; shift < (knownTop ? 1 : 4); ++shift) {
        double shiftWorst = 0.0;
        for (size_t i = 0; i < 4; ++i) {
            const cv::Point2f d =
                page.corners->corners[(i + static_cast<size_t>(shift)) % 4] - sample.corners[i];
            shiftWorst = std::max(shiftWorst, static_cast<double>(std::hypot(d.x, d.y)));
        }
        worst = std::min(worst, shiftWorst);
    }
    QVERIFY2(worst < 0.02 * diagonal,
             qPrintable(QStringLiteral("a corner off by %1 px").arg(worst)));
    if (knownTop)
        QVERIFY2(angleError(page.angleDeg, sample.angleDeg) < 2.0,
                 qPrintable(
                     QStringLiteral("angle %1, truth %2").arg(page.angleDeg).arg(sample.angleDeg)));
}

void TestPageProcessor::manualCorners() {
    // A page pasted into a grey frame, corners given by the clerk: the page comes out cropped.
    const cv::Mat paper = ow::scantest::latinTextPage(ow::scantest::a4(100), 20, 2);
    cv::Mat frame(paper.rows + 200, paper.cols + 200, CV_8UC3, cv::Scalar(90, 110, 120));
    ow::scantest::paste(frame, paper, cv::Point(100, 100));
    ow::vision::PageOptions options;
    ow::vision::PageQuad quad;
    quad.corners = {cv::Point2f(100, 100), cv::Point2f(100.0f + paper.cols, 100),
                    cv::Point2f(100.0f + paper.cols, 100.0f + paper.rows),
                    cv::Point2f(100, 100.0f + paper.rows)};
    options.corners = quad;
    const ow::vision::ProcessedPage page = ow::vision::processPage(frame, options);
    QVERIFY(page.corners.has_value());
    QVERIFY(std::abs(page.angleDeg) < 0.2);
    cv::Mat grey = page.page;
    // No grey frame left: the outer band of the result is paper.
    QVERIFY(cv::mean(grey.row(3))[0] > 200 && cv::mean(grey.col(3))[0] > 200);
}

// A camera photo in grey converts only its page's surroundings (greyAround): the page must come
// out exactly as when the whole frame is converted (Auto, the same quad).
void TestPageProcessor::cameraPhotoGreyFromPageOnly_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("givenCorners");
    for (const int i : {0, 3}) {
        QTest::addRow("photo %d, grey", i) << i << int(ow::vision::EnhanceMode::Greyscale) << false;
        QTest::addRow("photo %d, black and white", i)
            << i << int(ow::vision::EnhanceMode::BlackWhite) << false;
        QTest::addRow("photo %d, the clerk's corners", i)
            << i << int(ow::vision::EnhanceMode::Greyscale) << true;
    }
}

void TestPageProcessor::cameraPhotoGreyFromPageOnly() {
    QFETCH(int, index);
    QFETCH(int, mode);
    QFETCH(bool, givenCorners);
    const ow::scaneval::ScanSample sample = ow::scaneval::ScanSetGenerator(7).photo(index);
    ow::vision::PageOptions options;
    options.mode = static_cast<ow::vision::EnhanceMode>(mode);
    if (givenCorners) {
        ow::vision::PageQuad quad;
        std::copy(sample.corners.begin(), sample.corners.end(), quad.corners.begin());
        options.corners = quad;
    }
    options.source = ow::vision::PageSource::Auto;
    const ow::vision::ProcessedPage whole = ow::vision::processPage(sample.image, options);
    options.source = ow::vision::PageSource::CameraPhoto;
    const ow::vision::ProcessedPage pageOnly = ow::vision::processPage(sample.image, options);
    QVERIFY(whole.corners.has_value() && pageOnly.corners.has_value());
    QCOMPARE(pageOnly.corners->corners, whole.corners->corners);
    QCOMPARE(pageOnly.angleDeg, whole.angleDeg);
    QCOMPARE(pageOnly.page.size(), whole.page.size());
    QCOMPARE(pageOnly.page.type(), whole.page.type());
    QCOMPARE(cv::norm(pageOnly.page, whole.page, cv::NORM_INF), 0.0);
}

void TestPageProcessor::modes_data() {
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("type");
    QTest::addColumn<double>("dpi");
    QTest::newRow("colour") << int(ow::vision::EnhanceMode::Colour) << CV_8UC3 << 200.0;
    QTest::newRow("grey") << int(ow::vision::EnhanceMode::Greyscale) << CV_8UC1 << 200.0;
    QTest::newRow("bw") << int(ow::vision::EnhanceMode::BlackWhite) << CV_8UC1 << 300.0;
}

void TestPageProcessor::modes() {
    QFETCH(int, mode);
    QFETCH(int, type);
    QFETCH(double, dpi);
    const cv::Mat paper = ow::scantest::latinTextPage(ow::scantest::a4(300), 30, 3);
    ow::vision::PageOptions options = scanner();
    options.mode = static_cast<ow::vision::EnhanceMode>(mode);
    const ow::vision::ProcessedPage page =
        ow::vision::processPage(ow::scantest::rotated(paper, 1.5), options);
    QCOMPARE(page.page.type(), type);
    QCOMPARE(page.dpi, dpi);
    QVERIFY(std::abs(page.page.cols - 210.0 / 25.4 * dpi) < 0.06 * page.page.cols);
    QVERIFY(std::abs(page.angleDeg - 1.5) < 0.05);
    if (options.mode == ow::vision::EnhanceMode::BlackWhite) {
        const int white = cv::countNonZero(page.page == 255);
        const int black = cv::countNonZero(page.page == 0);
        QCOMPARE(white + black, page.page.rows * page.page.cols);
    }
}

// The caller keeps its image (a material's pages are processed again after a turn or new
// corners): processing must not write into it, also where the deskewed page has the input's
// size (black and white keeps 300 dpi; a 200-dpi scan keeps its size in every mode). The
// sheet fills the scan (no border to paint, so no copy of its own before the warp).
void TestPageProcessor::inputUntouched_data() {
    QTest::addColumn<bool>("photo");
    QTest::addColumn<bool>("grey");
    QTest::addColumn<double>("dpi");
    QTest::addColumn<int>("mode");
    using ow::vision::EnhanceMode;
    for (const bool grey : {true, false}) {
        for (const auto &[name, mode] : {std::pair{"grey", EnhanceMode::Greyscale},
                                         std::pair{"black and white", EnhanceMode::BlackWhite},
                                         std::pair{"colour", EnhanceMode::Colour}}) {
            for (const double dpi : {300.0, 200.0})
                QTest::addRow("%s scan, %g dpi, %s", grey ? "grey" : "colour", dpi, name)
                    << false << grey << dpi << int(mode);
            QTest::addRow("%s photo, %s", grey ? "grey" : "colour", name)
                << true << grey << 0.0 << int(mode);
        }
    }
}

void TestPageProcessor::inputUntouched() {
    QFETCH(bool, photo);
    QFETCH(bool, grey);
    QFETCH(double, dpi);
    QFETCH(int, mode);
    cv::Mat image =
        photo
            ? ow::scaneval::ScanSetGenerator(7).photo(1).image
            : ow::scantest::rotated(ow::scantest::latinTextPage(ow::scantest::a4(dpi), 30, 5), 1.3);
    if (grey && image.channels() == 3)
        cv::cvtColor(image, image, cv::COLOR_BGR2GRAY);
    if (!grey && image.channels() == 1)
        cv::cvtColor(image, image, cv::COLOR_GRAY2BGR);
    const cv::Mat before = image.clone();
    ow::vision::PageOptions options = photo ? ow::vision::PageOptions{} : scanner();
    options.dpi = dpi;
    options.mode = static_cast<ow::vision::EnhanceMode>(mode);
    const ow::vision::ProcessedPage page = ow::vision::processPage(image, options);
    QVERIFY(!page.page.empty());
    if (!photo)
        QVERIFY2(std::abs(page.angleDeg - 1.3) < 0.1, qPrintable(QString::number(page.angleDeg)));
    QCOMPARE(cv::norm(image, before, cv::NORM_INF), 0.0);
}

void TestPageProcessor::badInput_data() {
    QTest::addColumn<cv::Mat>("image");
    cv::Mat noise(600, 400, CV_8UC3);
    cv::randu(noise, 0, 256);
    QTest::newRow("empty") << cv::Mat();
    QTest::newRow("1x1") << cv::Mat(1, 1, CV_8UC3, cv::Scalar(0, 0, 0));
    QTest::newRow("5x900") << cv::Mat(5, 900, CV_8UC1, cv::Scalar(128));
    QTest::newRow("black") << cv::Mat(800, 600, CV_8UC3, cv::Scalar(0, 0, 0));
    QTest::newRow("noise") << noise;
    QTest::newRow("16-bit") << cv::Mat(400, 300, CV_16UC3, cv::Scalar(1000, 30000, 60000));
    QTest::newRow("float") << cv::Mat(400, 300, CV_32FC1, cv::Scalar(0.25));
    QTest::newRow("bgra") << cv::Mat(400, 300, CV_8UC4, cv::Scalar(255, 255, 255, 0));
}

void TestPageProcessor::badInput() {
    QFETCH(cv::Mat, image);
    for (const auto source : {ow::vision::PageSource::Auto, ow::vision::PageSource::CameraPhoto,
                              ow::vision::PageSource::Scanner}) {
        ow::vision::PageOptions options;
        options.source = source;
        const ow::vision::ProcessedPage page = ow::vision::processPage(image, options);
        QVERIFY(std::isfinite(page.angleDeg));
    }
}

QTEST_MAIN(TestPageProcessor)
#include "tst_pageprocessor.moc"
