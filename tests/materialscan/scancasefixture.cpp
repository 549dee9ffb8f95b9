#include "scancasefixture.h"

#include "caserepository.h"
#include "catalogjson.h"
#include "imageconversion.h"
#include "scansetgenerator.h"
#include "scansynth.h"
#include "testpaths.h"

#include <QBuffer>
#include <QDir>
#include <QPdfDocument>

namespace ow::test {

namespace {

const Catalog &demo() {
    static const Catalog catalog =
        CatalogJson::readFile(sourceDir() + QStringLiteral("/resources/catalog-demo.json"))
            .catalog.value_or(Catalog{});
    return catalog;
}

} // namespace

Result<ScanCase> storeScanCase(Database &db, const Clock &clock) {
    using R = Result<ScanCase>;
    const Item *item = demo().item(QStringLiteral("I09"));
    if (!item)
        return R::failure(QStringLiteral("the demo catalog has no item I09"));
    CaseRepository cases(db);
    auto id = cases.newVisitId(clock.today());
    if (!id)
        return R::failure(id.error());
    Visit visit;
    visit.id = id.value();
    visit.ticket = QStringLiteral("A007");
    visit.applicant.kind = Applicant::Kind::NaturalPerson;
    visit.applicant.name = QStringLiteral("张三");
    visit.applicant.idNumber = QStringLiteral("11010519491231002X");
    visit.applicant.card.validFrom = QDate(2020, 1, 1);
    visit.openedAt = clock.now();
    auto kase = visit.addCase(*item, QStringLiteral("clerk1"), clock);
    if (!kase)
        return R::failure(kase.error());
    ScanCase out;
    out.visitId = visit.id;
    out.caseId = kase.value()->id;
    int position = 0;
    for (const ChecklistEntry &e : kase.value()->checklist.entries())
        out.materials << ScanMaterial{e.standard.name, position++};
    if (Status st = cases.saveVisit(visit); !st)
        return R::failure(st.error());
    return out;
}

QImage sheet(SheetKind kind, int index) {
    // 150 dpi: a quarter of the pixels of a 300-dpi scan, so the suites stay quick on 2 cores.
    constexpr double kDpi = 150.0;
    std::mt19937_64 rng(quint64(index) * 7919u + quint64(kind));
    scaneval::ScanSample sample;
    switch (kind) {
    case SheetKind::Text:
        sample = scaneval::ScanSynth::compose(scaneval::PageKind::TextPage, rng, kDpi);
        break;
    case SheetKind::Blank:
        sample = scaneval::ScanSynth::compose(scaneval::PageKind::Blank, rng, kDpi);
        break;
    case SheetKind::Separator:
        sample = scaneval::ScanSynth::compose(scaneval::PageKind::Separator, rng, kDpi);
        break;
    case SheetKind::PatchT: // its bars are read at the scanner's full 300 dpi
        sample = scaneval::ScanSynth::compose(scaneval::PageKind::PatchT, rng, 300.0);
        break;
    case SheetKind::Photo:
        sample = scaneval::ScanSetGenerator().photo(
            index, scaneval::Desk::Wood, scaneval::PageKind::TextPage, cv::Size(1600, 1200));
        return toQImage(sample.image);
    }
    QImage image = toQImage(sample.image);
    const int dotsPerMeter = qRound((kind == SheetKind::PatchT ? 300.0 : kDpi) / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QString writeSheet(const QString &dir, SheetKind kind, int index) {
    const QString path =
        QDir(dir).filePath(QStringLiteral("sheet-%1-%2.png").arg(int(kind)).arg(index));
    sheet(kind, index).save(path, "PNG");
    return path;
}

int pdfPageCount(const QByteArray &pdf) {
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready)
        return -1;
    return document.pageCount();
}

} // namespace ow::test
