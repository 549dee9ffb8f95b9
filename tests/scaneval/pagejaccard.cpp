#include "pagejaccard.h"

#include <opencv2/imgproc.hpp>

#include <vector>

namespace ow::scaneval {

double pageJaccard(const ScanSample &truth, const std::array<cv::Point2f, 4> &detected) {
    const float w = float(truth.pageSizeMm.width);
    const float h = float(truth.pageSizeMm.height);
    const std::vector<cv::Point2f> page = {{0, 0}, {w, 0}, {w, h}, {0, h}};
    const std::vector<cv::Point2f> source(truth.corners.begin(), truth.corners.end());
    const cv::Mat toPage = cv::getPerspectiveTransform(source, page);
    std::vector<cv::Point2f> warped;
    cv::perspectiveTransform(std::vector<cv::Point2f>(detected.begin(), detected.end()), warped,
                             toPage);
    std::vector<cv::Point2f> hull;
    cv::convexHull(warped, hull);
    const double detectedArea = cv::contourArea(hull);
    std::vector<cv::Point2f> overlap;
    const double inter = double(cv::intersectConvexConvex(hull, page, overlap, true));
    const double unionArea = detectedArea + double(w) * h - inter;
    return unionArea > 0 ? inter / unionArea : 0.0;
}

} // namespace ow::scaneval
