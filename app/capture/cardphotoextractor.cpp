#include "cardphotoextractor.h"

#include "imageconversion.h"
#include "pagedetector.h"

#include <opencv2/core.hpp>

#include <vector>

namespace ow {

namespace {

cv::Mat portraitOf(const cv::Mat &landscapeCard) {
    const QRectF area = CardPhotoExtractor::portraitArea();
    const cv::Rect crop(static_cast<int>(area.x() * landscapeCard.cols),
                        static_cast<int>(area.y() * landscapeCard.rows),
                        static_cast<int>(area.width() * landscapeCard.cols),
                        static_cast<int>(area.height() * landscapeCard.rows));
    const cv::Rect inside = crop & cv::Rect(0, 0, landscapeCard.cols, landscapeCard.rows);
    if (inside.width < 8 || inside.height < 8)
        return {};
    return landscapeCard(inside).clone();
}

// A card lying landscape may be upside down; a portrait one was turned either way.
std::vector<cv::Mat> orientations(const cv::Mat &card) {
    std::vector<cv::Mat> out(2);
    if (card.rows > card.cols) {
        cv::rotate(card, out[0], cv::ROTATE_90_COUNTERCLOCKWISE);
        cv::rotate(card, out[1], cv::ROTATE_90_CLOCKWISE);
    } else {
        out[0] = card;
        cv::rotate(card, out[1], cv::ROTATE_180);
    }
    return out;
}

} // namespace

bool CardPhotoExtractor::hasCardShape(int width, int height) {
    if (width <= 0 || height <= 0)
        return false;
    const double ratio = double(qMax(width, height)) / double(qMin(width, height));
    return ratio > kCardAspect * 0.88 && ratio < kCardAspect * 1.12;
}

QList<QImage> CardPhotoExtractor::candidates(const QImage &image) {
    QList<QImage> list;
    if (image.isNull())
        return list;
    try {
        const cv::Mat bgr = toBgrMat(image);
        std::vector<cv::Mat> cards;
        if (const auto quad = vision::detectPage(bgr)) {
            const cv::Mat flat = vision::rectifyPage(bgr, *quad);
            if (!flat.empty() && hasCardShape(flat.cols, flat.rows))
                cards.push_back(flat);
        }
        if (cards.empty() && hasCardShape(bgr.cols, bgr.rows))
            cards.push_back(bgr);
        for (const cv::Mat &card : cards)
            for (const cv::Mat &turned : orientations(card))
                if (const cv::Mat portrait = portraitOf(turned); !portrait.empty())
                    list << toQImage(portrait);
    } catch (const cv::Exception &) {
        // An image OpenCV cannot handle: fall back to the image itself below.
    }
    list << image;
    return list;
}

} // namespace ow
