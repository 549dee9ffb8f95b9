#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>

namespace ow {

// The archive look of the pages of a scanning session (the vision layer's enhance modes).
enum class ScanMode { Colour, Greyscale, BlackWhite };
// Where a page came from: a document-camera photo (the page is found on the desk), a scanner
// page or an imported file page (the image is the page).
enum class ScanOrigin { Camera, Scanner, File };

// A material slot of the case being scanned: the checklist entry's name and row.
struct ScanMaterial {
    QString name;
    int position = 0;
};

// One page of a material being scanned, as the session holds it in memory.
struct ScanPage {
    int id = 0;    // unique within the session
    int batch = 0; // the capture, scan or import it arrived with
    ScanOrigin origin = ScanOrigin::File;
    QImage original;          // as captured, scanned or imported
    double originalDpi = 0.0; // 0 = unknown (camera photos)
    QImage processed;         // upright, cropped, enhanced; null while pending or after an error
    double dpi = 0.0;         // of processed
    QImage thumbnail;         // of processed, turned by quarterTurns
    QList<QPointF> corners;   // the page in original pixels (TL, TR, BR, BL); empty = whole image
    bool manualCorners = false;
    int quarterTurns = 0; // the clerk's rotation, clockwise, 0..3
    bool pending = true;  // waiting for (or in) processing
    bool blank = false;
    QString error;      // why processing failed (the page cannot be saved)
    int generation = 0; // bumped on every reprocessing; stale results are ignored

    QImage pageImage() const; // processed, turned by quarterTurns (what goes into the PDF)
};

// A page the session took out of a batch by itself: a separator sheet or a blank page. Kept so
// the clerk can put it back.
struct DroppedPage {
    enum class Reason { Separator, Blank };
    Reason reason = Reason::Blank;
    int material = 0; // the material it was taken from
    int index = 0;    // and its place there
    QString code;     // a separator's barcode text
    ScanPage page;
};

QString scanModeName(ScanMode mode); // colour, greyscale, bw (stored with the scan)

} // namespace ow
