#pragma once

#include <QByteArray>

namespace ow {

// Structural checks that a PNG or JPEG file is whole. Qt decodes a cut-off file into a page
// whose lower part is grey, with only a warning on the console, so the importer checks first.
class ImageCompleteness {
public:
    // Walks the chunks from the signature to IEND.
    static bool pngComplete(const QByteArray &file);
    // Walks the marker segments (skipping APP segments whole, so an EXIF thumbnail's own end
    // marker does not count) and the entropy-coded data up to the end-of-image marker.
    static bool jpegComplete(const QByteArray &file);
};

} // namespace ow
