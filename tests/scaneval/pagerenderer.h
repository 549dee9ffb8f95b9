#pragma once

#include "scansample.h"

#include <opencv2/core.hpp>

#include <random>

class QPainter;

namespace ow::scaneval {

// A printed sheet as a flat image, with what is on it.
struct RenderedPage {
    cv::Mat bgr;  // 8-bit BGR
    cv::Mat mask; // 8-bit, 255 = sheet (rounded card corners are 0); empty = whole image
    cv::Size2d sizeMm;
    std::vector<TruthCode> codes;
    bool blank = false;
    bool separator = false;
};

// Paints synthetic sheets with QPainter (Chinese text in Noto Sans CJK SC or WenQuanYi), so it
// needs a QGuiApplication. Everything random comes from the generator passed in.
class PageRenderer {
public:
    static cv::Size2d sizeMm(PageKind kind);
    static RenderedPage render(PageKind kind, double dpi, std::mt19937_64 &rng);

private:
    static void paintTextPage(QPainter &p, double ppm, std::mt19937_64 &rng, RenderedPage &out);
    static void paintTablePage(QPainter &p, double ppm, std::mt19937_64 &rng, RenderedPage &out);
    static void paintLicence(QPainter &p, double ppm, std::mt19937_64 &rng, RenderedPage &out);
    static void paintIdCard(QPainter &p, double ppm, std::mt19937_64 &rng);
    static void paintBlank(QPainter &p, double ppm, std::mt19937_64 &rng);
    static void paintNearBlank(QPainter &p, double ppm, std::mt19937_64 &rng);
    static void paintSeparator(QPainter &p, double ppm, std::mt19937_64 &rng, RenderedPage &out);
    static void paintPatchT(QPainter &p, double ppm);
};

} // namespace ow::scaneval
