#include "enhance.h"

#include "scanimage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ow::vision {

namespace {

// Paper (and faint bleed-through) to pure white, ink stretched from its dark end: a flat white
// background is also what keeps the JPEG of a page small.
cv::Mat contrastCurve() {
    cv::Mat lut(1, 256, CV_8U);
    constexpr double black = 20.0;
    constexpr double white = 225.0;
    for (int v = 0; v < 256; ++v) {
        const double t = std::clamp((v - black) / (white - black), 0.0, 1.0);
        lut.at<uchar>(v) = cv::saturate_cast<uchar>(255.0 * std::pow(t, 1.2));
    }
    return lut;
}

cv::Mat flattenColour(const cv::Mat &bgr) {
    const cv::Mat grey = scanimage::toGrey(bgr);
    const cv::Mat flatGrey = scanimage::flattenBackground(grey);
    if (flatGrey.empty())
        return {};
    // The same gain per pixel on every channel keeps the hue of seals and photos.
    cv::Mat gain;
    cv::Mat greyF, flatF;
    grey.convertTo(greyF, CV_32F);
    flatGrey.convertTo(flatF, CV_32F);
    cv::divide(flatF + 1.0, greyF + 1.0, gain);
    std::vector<cv::Mat> planes;
    cv::split(bgr, planes);
    for (cv::Mat &plane : planes) {
        cv::Mat f;
        plane.convertTo(f, CV_32F);
        cv::multiply(f, gain, f);
        f.convertTo(plane, CV_8U);
    }
    cv::Mat out;
    cv::merge(planes, out);
    return out;
}

cv::Mat blackAndWhite(const cv::Mat &grey) {
    const cv::Mat flat = scanimage::flattenBackground(grey);
    if (flat.empty())
        return {};
    cv::Mat smooth;
    cv::GaussianBlur(flat, smooth, cv::Size(3, 3), 0.0);
    cv::Mat bw = smooth > 165; // paper 255 after flattening; ink, seals and pencil below
    // Lone specks (dust, JPEG noise) of a pixel or two go; dots of i and 。 stay.
    cv::Mat ink = ~bw, labels, stats;
    const int count = scanimage::labelComponents(ink, labels, stats, 8);
    std::vector<uchar> speck(static_cast<size_t>(count), 0);
    for (int i = 1; i < count; ++i)
        speck[static_cast<size_t>(i)] = stats.at<int>(i, cv::CC_STAT_AREA) <= 2;
    bw.setTo(255, scanimage::maskOfLabels(labels, speck));
    return bw;
}

} // namespace

double archiveDpi(EnhanceMode mode) {
    switch (mode) {
    case EnhanceMode::BlackWhite:
        return 300.0;
    case EnhanceMode::Greyscale:
    case EnhanceMode::Colour:
        break;
    }
    return 200.0;
}

double archiveScale(const cv::Size &page, double dpi, EnhanceMode mode) {
    const double inputDpi = scanimage::pixelsPerMm(page, dpi) * 25.4;
    double factor = archiveDpi(mode) / inputDpi;
    if (factor > 1.0 && mode != EnhanceMode::BlackWhite)
        factor = 1.0; // grey and colour never invent pixels
    if (factor > 1.0)
        factor = std::min(factor, 2.0);
    return std::abs(factor - 1.0) < 0.03 ? 1.0 : factor;
}

cv::Mat scaleForArchive(const cv::Mat &page, double dpi, EnhanceMode mode, double &outputDpi) {
    outputDpi = dpi;
    if (page.empty())
        return {};
    try {
        const double inputDpi = scanimage::pixelsPerMm(page.size(), dpi) * 25.4;
        const double factor = archiveScale(page.size(), dpi, mode);
        outputDpi = inputDpi * factor;
        if (factor == 1.0)
            return page;
        // 300 to 200 dpi, the usual case, has a fast exact way.
        if (std::abs(factor - 2.0 / 3.0) < 1e-9)
            return scanimage::twoThirds(page);
        cv::Mat out;
        cv::resize(page, out, cv::Size(), factor, factor,
                   factor < 1.0 ? cv::INTER_AREA : cv::INTER_CUBIC);
        return out;
    } catch (const cv::Exception &) {
        outputDpi = dpi;
        return page;
    }
}

cv::Mat enhancePage(const cv::Mat &page, EnhanceMode mode) {
    try {
        switch (mode) {
        case EnhanceMode::Colour: {
            const cv::Mat flat = flattenColour(scanimage::toBgr(page));
            if (flat.empty())
                return {};
            cv::Mat out;
            cv::LUT(flat, contrastCurve(), out);
            return out;
        }
        case EnhanceMode::Greyscale: {
            const cv::Mat flat = scanimage::flattenBackground(scanimage::toGrey(page));
            if (flat.empty())
                return {};
            cv::Mat out;
            cv::LUT(flat, contrastCurve(), out);
            return out;
        }
        case EnhanceMode::BlackWhite:
            return blackAndWhite(scanimage::toGrey(page));
        }
    } catch (const cv::Exception &) {
    }
    return {};
}

} // namespace ow::vision
