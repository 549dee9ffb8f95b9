#include "scanborders.h"

#include "scanimage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace ow::vision {

namespace {

// Dark = well below the paper: the lid or feeder background, holes, heavy ink.
cv::Mat darkMask(const cv::Mat &grey) {
    const double paper = scanimage::paperColour(grey)[0];
    return grey < std::max(40.0, 0.55 * paper);
}

} // namespace

bool looksLikePunchHole(const cv::Rect &box, int area, const cv::Size &page, double pixelsPerMm) {
    const double w = box.width / pixelsPerMm;
    const double h = box.height / pixelsPerMm;
    if (w < 4.0 || w > 9.5 || h < 4.0 || h > 9.5 || w / h > 1.3 || h / w > 1.3)
        return false;
    const double fill = static_cast<double>(area) / std::max(1, box.area());
    if (fill < 0.6 || fill > 0.9) // a disc fills pi/4 of its box
        return false;
    const double cx = (box.x + box.width / 2.0) / pixelsPerMm;
    const double cy = (box.y + box.height / 2.0) / pixelsPerMm;
    const double pw = page.width / pixelsPerMm;
    const double ph = page.height / pixelsPerMm;
    const double edge = std::min({cx, cy, pw - cx, ph - cy});
    return edge < 30.0;
}

BorderCleanup removeScanBorders(const cv::Mat &page, double dpi) {
    BorderCleanup result;
    if (page.empty())
        return result;
    result.page = page.clone();
    result.paper = cv::Rect(0, 0, page.cols, page.rows);
    try {
        const cv::Mat grey = scanimage::toGrey(page);
        if (grey.empty() || grey.cols < 32 || grey.rows < 32)
            return result;
        cv::Mat small;
        const double factor = scanimage::shrinkTo(grey, small, 1000);
        const cv::Mat dark = darkMask(small);

        // Borders: thick dark areas (an opening removes text strokes) touching the image edge.
        const int k = std::max(3, std::min(small.cols, small.rows) / 100) | 1;
        cv::Mat thick;
        cv::morphologyEx(dark, thick, cv::MORPH_OPEN,
                         cv::getStructuringElement(cv::MORPH_RECT, cv::Size(k, k)));
        cv::Mat labels, stats, centroids;
        const int count = cv::connectedComponentsWithStats(thick, labels, stats, centroids, 8);
        cv::Mat border = cv::Mat::zeros(small.size(), CV_8U);
        for (int i = 1; i < count; ++i) {
            const int x = stats.at<int>(i, cv::CC_STAT_LEFT);
            const int y = stats.at<int>(i, cv::CC_STAT_TOP);
            const int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
            const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
            const bool touches = x == 0 || y == 0 || x + w == small.cols || y + h == small.rows;
            // Along an edge: long in one direction (a strip or a wedge), not a blob.
            const bool strip = w >= small.cols / 4 || h >= small.rows / 4;
            if (touches && strip)
                border.setTo(255, labels == i);
        }
        // Thin dark lines at the very edge (the paper's edge shadow) join the border.
        const int edgeBand = std::max(2, k);
        for (int y = 0; y < edgeBand; ++y) {
            for (const int row : {y, small.rows - 1 - y})
                if (cv::countNonZero(dark.row(row)) > small.cols / 2)
                    border.row(row).setTo(255);
        }
        for (int x = 0; x < edgeBand; ++x) {
            for (const int col : {x, small.cols - 1 - x})
                if (cv::countNonZero(dark.col(col)) > small.rows / 2)
                    border.col(col).setTo(255);
        }

        const cv::Scalar fill = scanimage::paperColour(page);
        if (cv::countNonZero(border) > 0) {
            result.bordersFound = true;
            cv::dilate(border, border, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
            // The paper is the largest region left; crop to its bounding box.
            cv::Mat paperLabels, paperStats, paperCentroids;
            const int regions = cv::connectedComponentsWithStats(~border, paperLabels, paperStats,
                                                                 paperCentroids, 4);
            int best = 0;
            for (int i = 1; i < regions; ++i)
                if (best == 0 || paperStats.at<int>(i, cv::CC_STAT_AREA) >
                                     paperStats.at<int>(best, cv::CC_STAT_AREA))
                    best = i;
            cv::Mat fullBorder;
            cv::resize(border, fullBorder, page.size(), 0, 0, cv::INTER_NEAREST);
            result.page.setTo(fill, fullBorder);
            if (best > 0) {
                const cv::Rect box(paperStats.at<int>(best, cv::CC_STAT_LEFT),
                                   paperStats.at<int>(best, cv::CC_STAT_TOP),
                                   paperStats.at<int>(best, cv::CC_STAT_WIDTH),
                                   paperStats.at<int>(best, cv::CC_STAT_HEIGHT));
                const cv::Rect full = cv::Rect(static_cast<int>(std::floor(box.x / factor)),
                                               static_cast<int>(std::floor(box.y / factor)),
                                               static_cast<int>(std::ceil(box.width / factor)),
                                               static_cast<int>(std::ceil(box.height / factor))) &
                                      cv::Rect(0, 0, page.cols, page.rows);
                if (full.area() > page.size().area() / 4) {
                    result.paper = full;
                    result.page = result.page(full).clone();
                }
            }
        }

        // Punch holes: dark round blobs near an edge of the (cropped) paper.
        const cv::Mat paperGrey = scanimage::toGrey(result.page);
        cv::Mat paperSmall;
        const double paperFactor = scanimage::shrinkTo(paperGrey, paperSmall, 1000);
        const double ppm = scanimage::pixelsPerMm(paperGrey.size(), dpi) * paperFactor;
        const cv::Mat holes = darkMask(paperSmall);
        const int holeCount = cv::connectedComponentsWithStats(holes, labels, stats, centroids, 8);
        for (int i = 1; i < holeCount; ++i) {
            const cv::Rect box(
                stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
            if (!looksLikePunchHole(box, stats.at<int>(i, cv::CC_STAT_AREA), paperSmall.size(),
                                    ppm))
                continue;
            const cv::Point2d centre = (box.tl() + box.br()) * 0.5 / paperFactor;
            const double radius = 0.5 * std::max(box.width, box.height) / paperFactor * 1.25 + 2.0;
            cv::circle(result.page,
                       cv::Point(static_cast<int>(centre.x), static_cast<int>(centre.y)),
                       static_cast<int>(radius), fill, cv::FILLED);
            ++result.holesFilled;
        }
    } catch (const cv::Exception &) {
        result.page = page.clone();
        result.paper = cv::Rect(0, 0, page.cols, page.rows);
    }
    return result;
}

} // namespace ow::vision
