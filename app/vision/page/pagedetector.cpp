#include "pagedetector.h"

#include "median5x5.h"
#include "pagecandidatesearch.h"
#include "pageedgerefiner.h"
#include "pagelinecandidates.h"
#include "pagequadscorer.h"
#include "scanimage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace ow::vision {

namespace {

constexpr int kWorkingSide = 640;          // long side of the copy the page is searched on
constexpr double kMinScore = 0.7;          // below this no candidate is a page
constexpr double kLineFallbackBelow = 0.9; // outline candidates this good need no line search
constexpr double kNearlyAsGood = 0.08;     // a larger candidate this close wins outright
constexpr double kLargerIsBetter = 0.15;   // score a sheet around a printed frame may lose

cv::Mat toBgr8(const cv::Mat &input) {
    cv::Mat eight;
    if (input.depth() == CV_8U)
        eight = input;
    else if (input.depth() == CV_16U)
        input.convertTo(eight, CV_8U, 1.0 / 257.0);
    else
        input.convertTo(eight, CV_8U);
    cv::Mat bgr;
    switch (eight.channels()) {
    case 1:
        cv::cvtColor(eight, bgr, cv::COLOR_GRAY2BGR);
        break;
    case 3:
        bgr = eight;
        break;
    case 4:
        cv::cvtColor(eight, bgr, cv::COLOR_BGRA2BGR);
        break;
    default:
        return {};
    }
    return bgr;
}

// Small-image pixel centre -> full-image pixel centre (INTER_AREA keeps pixel areas aligned).
QuadGeometry::Quad toFull(const QuadGeometry::Quad &small, double scale) {
    QuadGeometry::Quad full;
    for (size_t i = 0; i < 4; ++i)
        full[i] = cv::Point2f(float((small[i].x + 0.5) / scale - 0.5),
                              float((small[i].y + 0.5) / scale - 0.5));
    return full;
}

} // namespace

std::optional<PageQuad> detectPage(const cv::Mat &input) {
    try {
        if (input.empty() || input.cols < 32 || input.rows < 32 || input.dims != 2)
            return std::nullopt;
        const cv::Mat bgr = toBgr8(input);
        if (bgr.empty())
            return std::nullopt;
        // Halved by averaging (OpenCV's fast path), the last step of less than a half sampled
        // linearly: averaging an 8 MP photo by a fraction at once cost ~25 ms, halvings and an
        // averaged last step ~9, this ~4. The median below smooths the copy anyway (bench_scan,
        // both seeds: page Jaccard mean 0.9998 / 0.9996, min 0.9988 / 0.9774, up from an
        // averaged last step's 0.9998 / 0.9994 and 0.9959 / 0.9771).
        cv::Mat small;
        const double scale =
            scanimage::shrinkTo(bgr, small, kWorkingSide, scanimage::Shrink::Sampled);
        // The median removes text, wood grain and noise but keeps the page's straight edges.
        const cv::Mat smooth = scanimage::median5x5(small); // cv::medianBlur(…, 5), faster
        cv::Mat lab;
        cv::cvtColor(smooth, lab, cv::COLOR_BGR2Lab);

        struct Scored {
            QuadGeometry::Quad quad;
            double score;
            double area;
        };
        std::vector<Scored> scored;
        const auto addScored = [&](const std::vector<QuadGeometry::Quad> &candidates,
                                   PageQuadScorer::Light light) {
            for (const auto &candidate : candidates) {
                const auto quad = QuadGeometry::sortedClockwise(candidate);
                if (!PageQuadScorer::plausible(quad, lab.size()))
                    continue;
                scored.push_back(
                    {quad, PageQuadScorer::score(lab, quad, light), QuadGeometry::area(quad)});
            }
        };
        const auto bestOf = [&scored] {
            return std::max_element(
                scored.begin(), scored.end(),
                [](const Scored &a, const Scored &b) { return a.score < b.score; });
        };
        const auto outlines = PageCandidateSearch::find(lab);
        addScored(outlines.outlines, PageQuadScorer::Light::Even);
        // Outlines broken by a cast shadow or clutter: fall back to straight lines.
        if (scored.empty() || bestOf()->score < kLineFallbackBelow) {
            cv::Mat lightness;
            cv::extractChannel(lab, lightness, 0);
            addScored(PageLineCandidates::find(lightness), PageQuadScorer::Light::Even);
        }
        // Joined outlines do not spare the line search: a part of a sheet crossed by a shadow
        // band joins into a quad as clean as the sheet (tst_pagedetector findsPage, light
        // licence 1).
        addScored(outlines.joined, PageQuadScorer::Light::Shaded);
        if (scored.empty())
            return std::nullopt;
        const auto best = bestOf();
        if (best->score < kMinScore)
            return std::nullopt;
        // A printed frame (a licence's border) can score as well as the sheet around it: take the
        // largest well-scored candidate around the best one whose margin looks like the sheet.
        Scored chosen = *best;
        const Scored top = *best;
        for (const auto &s : scored) {
            if (s.area <= chosen.area * 1.02)
                continue;
            // The colour comparisons (masks of the whole copy) only where the score allows.
            const bool nearlyAsGood = s.score >= top.score - kNearlyAsGood;
            const bool sheetAround = !nearlyAsGood &&
                                     s.score >= std::max(kMinScore, top.score - kLargerIsBetter) &&
                                     PageQuadScorer::sameSheet(lab, top.quad, s.quad);
            // Not a drop shadow's outline around a card: it scores nearly as well once a light
            // desk lowers the scorer's threshold.
            if ((nearlyAsGood || sheetAround) &&
                !PageQuadScorer::shadowAround(lab, top.quad, s.quad))
                chosen = s;
        }
        // Edges first on the small copy (the outlines above sit a pixel or two off: dilation,
        // medians), then twice at full resolution with a narrowing window.
        QuadGeometry::Quad rough = chosen.quad;
        if (auto onSmall = PageEdgeRefiner::refine(smooth, rough, 5.0))
            rough = *onSmall;
        QuadGeometry::Quad quad = toFull(rough, scale);
        const double coarseRadius = std::max(4.0, 3.0 / scale);
        if (auto refined = PageEdgeRefiner::refine(bgr, quad, coarseRadius)) {
            quad = *refined;
            if (auto fine = PageEdgeRefiner::refine(bgr, quad, 4.0))
                quad = *fine;
        }
        PageQuad result;
        result.corners = QuadGeometry::sortedClockwise(quad);
        result.confidence = std::clamp(chosen.score, 0.0, 1.0);
        return result;
    } catch (const cv::Exception &) {
        return std::nullopt;
    }
}

} // namespace ow::vision
