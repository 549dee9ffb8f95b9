#include "scansetgenerator.h"

#include "photosynth.h"
#include "scansynth.h"

#include <cmath>
#include <random>

namespace ow::scaneval {

namespace {

// Independent streams per sample and per set half (photos, scans).
std::mt19937_64 streamFor(quint64 seed, int index, quint64 salt) {
    std::seed_seq seq{quint32(seed), quint32(seed >> 32), quint32(index), quint32(salt)};
    return std::mt19937_64(seq);
}

// Splits an angle into its nearest quadrant and the rest.
void splitAngle(ScanSample &s) {
    int quadrant = int(std::lround(s.angleDeg / 90.0)) * 90;
    s.skewDeg = s.angleDeg - quadrant;
    s.orientation = ((quadrant % 360) + 360) % 360;
}

} // namespace

PageKind ScanSetGenerator::photoPageFor(quint64 draw) {
    const int bucket = int(draw % 20);
    if (bucket < 6)
        return PageKind::TextPage;
    if (bucket < 10)
        return PageKind::TablePage;
    if (bucket < 13)
        return PageKind::Licence;
    if (bucket < 18)
        return PageKind::IdCard;
    return bucket == 18 ? PageKind::NearBlank : PageKind::Separator;
}

PageKind ScanSetGenerator::scanPageFor(quint64 draw) {
    const int bucket = int(draw % 40);
    if (bucket < 10)
        return PageKind::TextPage;
    if (bucket < 16)
        return PageKind::TablePage;
    if (bucket < 19)
        return PageKind::Licence;
    if (bucket < 27)
        return PageKind::Blank;
    if (bucket < 33)
        return PageKind::NearBlank;
    return bucket < 37 ? PageKind::Separator : PageKind::PatchT;
}

ScanSample ScanSetGenerator::photo(int index) const {
    auto rng = streamFor(m_seed, index, 1);
    const Desk desk = static_cast<Desk>(index % 4);
    const PageKind page = photoPageFor(rng());
    const int sizeDraw = int(rng() % 10);
    const cv::Size size = sizeDraw < 6   ? cv::Size(3264, 2448)
                          : sizeDraw < 8 ? cv::Size(2592, 1944)
                                         : cv::Size(1600, 1200);
    return photo(index, desk, page, size);
}

ScanSample ScanSetGenerator::photo(int index, Desk desk, PageKind page, cv::Size size) const {
    auto rng = streamFor(m_seed, index, 2);
    ScanSample s = PhotoSynth::compose(page, desk, size, rng);
    s.name = QStringLiteral("photo_%1").arg(index, 4, 10, QLatin1Char('0'));
    splitAngle(s);
    return s;
}

ScanSample ScanSetGenerator::scan(int index) const {
    auto rng = streamFor(m_seed, index, 3);
    return scan(index, scanPageFor(rng()));
}

ScanSample ScanSetGenerator::scan(int index, PageKind page) const {
    auto rng = streamFor(m_seed, index, 4);
    ScanSample s = ScanSynth::compose(page, rng);
    s.name = QStringLiteral("scan_%1").arg(index, 4, 10, QLatin1Char('0'));
    return s;
}

} // namespace ow::scaneval
