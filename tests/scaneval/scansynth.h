#pragma once

#include "scansample.h"

#include <random>

namespace ow::scaneval {

// A 300-dpi scanner image of one sheet: the page turned by 0/90/180/270 degrees plus a skew of
// -7..+7 degrees (one exact affine warp, so the truth angle is exact), dark scanner background
// where the paper does not cover the scan area, sometimes dark lid strips along two edges,
// slight blur and sensor noise. The scan area has the turned page's size (A4 2480 x 3508, or
// 3508 x 2480 when turned by 90/270).
class ScanSynth {
public:
    static ScanSample compose(PageKind page, std::mt19937_64 &rng, double dpi = 300.0);
};

} // namespace ow::scaneval
