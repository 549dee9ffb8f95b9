#pragma once

#include "quadgeometry.h"

#include <opencv2/core.hpp>

namespace ow::vision {

// How well a quad's four sides sit on real boundaries: along each side, the colour on the two
// sides of the line must differ. Thin printed lines (tables, text) do not count because the
// bands compared lie a few pixels away from the line on either side.
class PageQuadScorer {
public:
    enum class Light {
        Even,  // one threshold for all four sides
        Shaded // each side's threshold scaled by its paper's lightness (a page crossed by a shadow)
    };
    // lab: the small smoothed Lab image the quad was found on. Returns 0..1.
    static double score(const cv::Mat &lab, const QuadGeometry::Quad &quad,
                        Light light = Light::Even);
    // Whether outer holds inner and the ring between them has the colour of inner's own margin:
    // then inner is something printed on the sheet (a licence's frame), outer the sheet itself.
    // A wood seam or clutter beside the sheet gives a ring of desk colour instead.
    static bool sameSheet(const cv::Mat &lab, const QuadGeometry::Quad &inner,
                          const QuadGeometry::Quad &outer);
    // Whether the ring between inner and outer is darker than both the band just inside inner
    // and the desk just outside outer: outer is the outline of inner's drop shadow.
    static bool shadowAround(const cv::Mat &lab, const QuadGeometry::Quad &inner,
                             const QuadGeometry::Quad &outer);
    // Whether a quad is plausible as a page at all (size, convexity, angles, inside the image).
    static bool plausible(const QuadGeometry::Quad &quad, cv::Size imageSize);
};

} // namespace ow::vision
