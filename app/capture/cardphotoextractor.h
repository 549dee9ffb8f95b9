#pragma once

#include <QImage>
#include <QList>
#include <QRectF>

namespace ow {

// The card photo for the face check when no vendor library decodes the chip's photo: a photo or
// scan of the card face. When the image is a whole card (the page detector finds an ID-card
// shaped quad, or the image itself has the card's 85.6:54 shape) the card is flattened and the
// portrait area of the front cut out; otherwise the image is taken to be the portrait itself.
class CardPhotoExtractor {
public:
    // The portrait area of the resident card's front (人像面), as fractions of the card seen
    // landscape with the text upright: the photo sits on the right (docs/facecheck.md). Generous
    // on purpose: the face detector then finds the face inside it.
    static QRectF portraitArea() { return QRectF(0.62, 0.12, 0.32, 0.66); }
    static constexpr double kCardAspect = 85.6 / 54.0;

    // Images to search for the card's face, most likely first: the portrait area of each
    // plausible orientation of a detected card, then the image as it is. Never throws; an empty
    // image gives an empty list.
    static QList<QImage> candidates(const QImage &image);
    // True when width:height (either way round) is within 12 % of the card's.
    static bool hasCardShape(int width, int height);
};

} // namespace ow
