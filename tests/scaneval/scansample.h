#pragma once

#include <QString>

#include <opencv2/core.hpp>

#include <array>
#include <vector>

namespace ow::scaneval {

enum class SampleKind { Photo, Scan };

// What is printed on the sheet.
enum class PageKind {
    TextPage,  // A4: title, Chinese paragraphs, optional seal and codes
    TablePage, // A4: title and a ruled table, codes
    Licence,   // A4 landscape business-licence-like page, QR code holding a credit code
    IdCard,    // 85.6 x 54 mm card with rounded corners
    Blank,     // nothing printed (paper noise, bleed-through, punch holes): blank = true
    NearBlank, // one line, a page number or a signature: NOT blank
    Separator, // cover sheet with a Code 128 separator code
    PatchT,    // Kodak patch code T sheet
};

// The desk under a document camera; None for scans.
enum class Desk { Wood, Dark, Light, Patterned, None };

struct TruthCode {
    QString format; // ZXing's name: "QRCode", "Code128", "Code39", "EAN-13"
    QString text;
};

// One generated image with everything known about it.
struct ScanSample {
    QString name; // file stem, e.g. "photo_0007"
    SampleKind kind = SampleKind::Photo;
    PageKind page = PageKind::TextPage;
    Desk desk = Desk::None;
    cv::Mat image; // 8-bit BGR
    // The sheet's corners in image pixels, in CONTENT order: the content's top-left first, then
    // clockwise as the content reads (so corners[0]->[1] is the top edge of the text). For scans
    // they may lie partly outside the image (paper clipped by the scan area).
    std::array<cv::Point2f, 4> corners{};
    cv::Size2d pageSizeMm;
    double angleDeg = 0.0; // content rotation as seen, counter-clockwise positive
    int orientation = 0;   // the 0/90/180/270 part of angleDeg (nearest quadrant)
    double skewDeg = 0.0;  // angleDeg - orientation
    bool blank = false;
    bool separator = false;
    std::vector<TruthCode> codes;
};

QString toString(PageKind kind);
QString toString(Desk desk);
QString toString(SampleKind kind);

} // namespace ow::scaneval
