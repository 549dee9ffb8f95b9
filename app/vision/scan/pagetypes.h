#pragma once

#include "pagequad.h"

#include <QString>

#include <opencv2/core.hpp>

#include <optional>
#include <vector>

namespace ow::vision {

// How a page reached us: a document-camera photo (find the page on the desk first) or a scanner
// or file page (the image is the page). Auto decides by looking for a page inside the image.
enum class PageSource { Auto, CameraPhoto, Scanner };

// Output colour modes, each sized for archives (docs/scanning.md).
enum class EnhanceMode { Colour, Greyscale, BlackWhite };

struct Barcode {
    QString format; // ZXing's name: "QRCode", "Code128", ...
    QString text;
};

struct PageOptions {
    PageSource source = PageSource::Auto;
    EnhanceMode mode = EnhanceMode::Greyscale;
    bool readBarcodes = true;
    // Manual corners from the clerk (drag in the UI): skip detection and use these.
    std::optional<PageQuad> corners;
};

struct ProcessedPage {
    std::optional<PageQuad> corners; // the page found in a photo (input pixels); none for scans
    double angleDeg = 0.0;           // content rotation as seen, counter-clockwise positive
    bool blank = false;
    bool separator = false; // a separator sheet (cover barcode or PATCHT patch code)
    QString separatorCode;  // the barcode text on a cover sheet
    std::vector<Barcode> barcodes;
    cv::Mat page;        // upright, cropped, enhanced (BGR or 8-bit grey)
    double timeMs = 0.0; // CPU time spent in processPage
};

} // namespace ow::vision
