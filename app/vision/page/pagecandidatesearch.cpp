#include "pagecandidatesearch.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>

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

// Moves each side of a quad taken from a hull's vertices onto the line through the hull points
// along it: approxPolyDP keeps a vertex of a rounded corner, a few pixels along one side, and the
// scorer's bands then miss the other side's edge.
QuadGeometry::Quad fittedToHull(const QuadGeometry::Quad &quad,
                                const std::vector<cv::Point> &hull) {
    constexpr double kNearSide = 6.0;
    std::array<cv::Vec4f, 4> lines;
    for (size_t i = 0; i < 4; ++i) {
        const cv::Point2f a = quad[i];
        const cv::Point2f d = quad[(i + 1) % 4] - a;
        const double len = std::hypot(d.x, d.y);
        if (len < 1.0)
            return quad;
        std::vector<cv::Point2f> along;
        for (const auto &h : hull) {
            const cv::Point2f v = cv::Point2f(h) - a;
            const double t = v.dot(d) / (len * len);
            const double off = std::abs(v.x * d.y - v.y * d.x) / len;
            if (t > 0.1 && t < 0.9 && off < kNearSide)
                along.push_back(cv::Point2f(h));
        }
        if (along.size() < 2) {
            lines[i] = cv::Vec4f(float(d.x / len), float(d.y / len), a.x, a.y);
            continue;
        }
        cv::fitLine(along, lines[i], cv::DIST_L2, 0, 0.01, 0.01);
    }
    QuadGeometry::Quad fitted;
    for (size_t i = 0; i < 4; ++i) {
        const cv::Vec4f &p = lines[(i + 3) % 4];
        const cv::Vec4f &q = lines[i];
        const auto corner =
            QuadGeometry::intersect({p[2], p[3]}, {p[0], p[1]}, {q[2], q[3]}, {q[0], q[1]});
        if (!corner)
            return quad;
        fitted[i] = *corner;
    }
    return fitted;
}

constexpr double kMinPieceShare = 0.25; // of the smallest page, for a part of a page
constexpr double kMaxJoinedGap = 1.06;  // joined hull over the two pieces' areas

} // namespace

void PageCandidateSearch::addOutlines(const cv::Mat &binary, double minArea, Pieces join,
                                      Candidates &out) {
    std::vector<std::vector<cv::Point>> contours;
    std::vector<cv::Vec4i> hierarchy;
    // Two levels: outer outlines and the holes in them (the same contours as a plain list).
    cv::findContours(binary, contours, hierarchy, cv::RETR_CCOMP, cv::CHAIN_APPROX_SIMPLE);
    std::vector<Piece> pieces;
    for (size_t i = 0; i < contours.size(); ++i) {
        const auto &contour = contours[i];
        const double area = cv::contourArea(contour);
        if (area < minArea * kMinPieceShare)
            continue;
        std::vector<cv::Point> hull;
        cv::convexHull(contour, hull);
        const double hullArea = cv::contourArea(hull);
        // A page cut by a shadow's edge is two holes in the edge map, each enclosed by the
        // page's outline and the shadow's edge. Outer outlines are edges packed together: a
        // barcode's groups of bars side by side joined into a "page" on a cover sheet that
        // filled the picture (tst_materialscansession coverCodeNamesTheMaterial).
        if (join == Pieces::HolesJoined && hierarchy[i][3] >= 0)
            pieces.push_back({hull, hullArea});
        if (area < minArea * 0.5 || hullArea < minArea)
            continue;
        addHull(hull, out.outlines);
    }
    addJoinedPieces(pieces, out.joined);
}

void PageCandidateSearch::addHull(const std::vector<cv::Point> &hull,
                                  std::vector<QuadGeometry::Quad> &out) {
    if (auto quad = hullToQuad(hull))
        out.push_back(*quad);
    // A perspective-free fallback for outlines whose corners are rounded or clipped.
    const cv::RotatedRect box = cv::minAreaRect(hull);
    cv::Point2f pts[4];
    box.points(pts);
    out.push_back({pts[0], pts[1], pts[2], pts[3]});
}

// A cast shadow with a sharp edge across the page cuts its outline in two: the lit part is a
// clean quad of its own and the shaded part another (bench_scan --seed 11, photo_0026, where the
// lit part alone was taken, Jaccard 0.80). Two pieces lying side by side whose hull they fill
// between them are offered joined; the scorer decides whether the whole is a sheet.
void PageCandidateSearch::addJoinedPieces(const std::vector<Piece> &pieces,
                                          std::vector<QuadGeometry::Quad> &out) {
    for (size_t i = 0; i < pieces.size(); ++i) {
        for (size_t j = i + 1; j < pieces.size(); ++j) {
            const Piece &a = pieces[i];
            const Piece &b = pieces[j];
            std::vector<cv::Point> points = a.hull;
            points.insert(points.end(), b.hull.begin(), b.hull.end());
            std::vector<cv::Point> hull;
            cv::convexHull(points, hull);
            const double joined = cv::contourArea(hull);
            const double larger = std::max(a.area, b.area);
            const double smaller = std::min(a.area, b.area);
            // One inside the other (an outline's two sides, a frame in a page) adds nothing;
            // pieces apart leave desk between them.
            if (joined < larger + 0.5 * smaller || joined > kMaxJoinedGap * (a.area + b.area))
                continue;
            if (auto quad = hullToQuad(hull))
                out.push_back(fittedToHull(*quad, hull));
        }
    }
}

PageCandidateSearch::Candidates PageCandidateSearch::find(const cv::Mat &lab) {
    Candidates out;
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
    addOutlines(edges, minArea, Pieces::HolesJoined, out);

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
    addOutlines(paper, minArea, Pieces::Apart, out);

    // 3. The same on lightness alone, for coloured cards and tinted paper.
    cv::Mat light;
    cv::threshold(channels[0], light, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    cv::morphologyEx(light, light, cv::MORPH_CLOSE, big);
    cv::morphologyEx(light, light, cv::MORPH_OPEN, big);
    addOutlines(light, minArea, Pieces::Apart, out);
    return out;
}

} // namespace ow::vision
