#pragma once

#include "scansample.h"

#include <QtGlobal>

namespace ow::scaneval {

// The evaluation set: sample i of a seed is always the same image, so a set can be regenerated
// in memory instead of stored. Photos cycle through the four desks; page kinds and sizes
// (8 MP = 3264 x 2448, 2592 x 1944, 1600 x 1200) are drawn from the sample's own generator.
class ScanSetGenerator {
public:
    explicit ScanSetGenerator(quint64 seed = 20260301)
        : m_seed(seed) {}

    ScanSample photo(int index) const;
    ScanSample scan(int index) const;
    // A photo with chosen desk/page/size, for targeted tests.
    ScanSample photo(int index, Desk desk, PageKind page, cv::Size size) const;
    ScanSample scan(int index, PageKind page) const;

    static PageKind photoPageFor(quint64 draw);
    static PageKind scanPageFor(quint64 draw);

private:
    quint64 m_seed;
};

} // namespace ow::scaneval
