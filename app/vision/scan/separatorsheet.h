#pragma once

#include "pagetypes.h"

#include <opencv2/core.hpp>

#include <vector>

namespace ow::vision {

// Why a page splits a batch.
struct SeparatorCheck {
    enum class Kind { None, CoverSheet, PatchT };
    Kind kind = Kind::None;
    QString code; // the cover sheet's barcode text; "PATCHT" for a patch sheet
    bool isSeparator() const { return kind != Kind::None; }
};

// The text a cover sheet's barcode starts with (Code 128, Code 39 or QR): "SEP-000123".
inline constexpr char kSeparatorPrefix[] = "SEP-";

// Kodak patch code T on an upright page: four bars parallel to the top edge, read from the top
// as narrow, wide, narrow, wide (2.03 mm / 5.08 mm, narrow gaps), at least 15 mm long. Upside
// down the same bars read WNWN (patch 3), so the page must be turned upright first.
bool hasPatchT(const cv::Mat &uprightPage, double dpi = 0.0);

// A cover sheet (a barcode starting with kSeparatorPrefix) or a patch T sheet. Never throws.
SeparatorCheck checkSeparator(const cv::Mat &uprightPage, const std::vector<Barcode> &codes,
                              double dpi = 0.0);

} // namespace ow::vision
