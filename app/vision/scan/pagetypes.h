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
    cv::Rect box; // where it was found: readBarcodes gives the pixels of the image it read,
                  // processPage those of the processed page (ProcessedPage::page)
};

struct PageOptions {
    PageSource source = PageSource::Auto;
    EnhanceMode mode = EnhanceMode::Greyscale;
    bool readBarcodes = true;
    double dpi = 0.0; // the input's resolution when known (scanner); 0 = unknown (taken as A4)
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
    QString creditCode;  // a valid credit code read from a business-licence QR code
    cv::Mat page;        // upright, cropped, enhanced (BGR or 8-bit grey)
    double dpi = 0.0;    // the resolution of page (its mode's archive resolution)
    double timeMs = 0.0; // CPU time spent in processPage
};

} // namespace ow::vision
