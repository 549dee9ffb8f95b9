#include "pagecandidatesearch.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace ow::vision {

namespace {

// Reduces a convex hull to four corners by loosening the polygon approximation step by step.
std::optional<QuadGeometry::Quad> hullToQuad(const std::vector<cv::Point> &hull) {
    const double perimeter = cv::arcLength(hull, true);
    std::vector<cv::Point> approx;
    for (double eps = 0.01; eps <= 0.12; eps += 0.01) {
        cv::approxPolyDP(hull, approx, eps * perimeter, true);
        if (approx.size() <= 4)
            break;
    }
    if (approx.size() != 4)
        return std::nullopt;
    QuadGeometry::Quad quad;
    for (size_t i = 0; i < 4; ++i)
        quad[i] = cv::Point2f(approx[i]);
    return quad;
}

} // namespace

void PageCandidateSearch::addOutlines(const cv::Mat &binary, double minArea,
                                      std::vector<QuadGeometry::Quad> &out) {
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(binary, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
    for (const auto &contour : contours) {
        if (cv::contourArea(contour) < minArea * 0.5)
            continue;
        std::vector<cv::Point> hull;
        cv::convexHull(contour, hull);
        if (cv::contourArea(hull) < minArea)
            continue;
        if (auto quad = hullToQuad(hull))
            out.push_back(*quad);
        // A perspective-free fallback for outlines whose corners are rounded or clipped.
        const cv::RotatedRect box = cv::minAreaRect(hull);
        cv::Point2f pts[4];
        box.points(pts);
        out.push_back({pts[0], pts[1], pts[2], pts[3]});
    }
}

std::vector<QuadGeometry::Quad> PageCandidateSearch::find(const cv::Mat &lab) {
    std::vector<QuadGeometry::Quad> out;
    const double minArea = 0.02 * lab.total();
    std::vector<cv::Mat> channels;
    cv::split(lab, channels);

    // 1. Closed outlines in the edge maps of lightness and of the two colour axes.
    cv::Mat edges;
    cv::Canny(channels[0], edges, 20, 60);
    for (int c = 1; c < 3; ++c) {
        cv::Mat colourEdges;
        cv::Canny(channels[static_cast<size_t>(c)], colourEdges, 12, 36);
        edges |= colourEdges;
    }
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, {3, 3});
    cv::dilate(edges, edges, kernel);
    addOutlines(edges, minArea, out);

    // 2. Paper: bright and colourless. Otsu splits it from most desks; the light desk leans on 1.
    cv::Mat chroma;
    cv::absdiff(channels[1], cv::Scalar(128), channels[1]);
    cv::absdiff(channels[2], cv::Scalar(128), channels[2]);
    cv::add(channels[1], channels[2], chroma);
    cv::Mat paperness;
    cv::addWeighted(channels[0], 1.0, chroma, -2.0, 0.0, paperness);
    cv::Mat paper;
    cv::threshold(paperness, paper, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    const cv::Mat big = cv::getStructuringElement(cv::MORPH_ELLIPSE, {7, 7});
    cv::morphologyEx(paper, paper, cv::MORPH_CLOSE, big);
    cv::morphologyEx(paper, paper, cv::MORPH_OPEN, big);
    addOutlines(paper, minArea, out);

    // 3. The same on lightness alone, for coloured cards and tinted paper.
    cv::Mat light;
    cv::threshold(channels[0], light, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    cv::morphologyEx(light, light, cv::MORPH_CLOSE, big);
    cv::morphologyEx(light, light, cv::MORPH_OPEN, big);
    addOutlines(light, minArea, out);
    return out;
}

} // namespace ow::vision
