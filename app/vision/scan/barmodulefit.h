#pragma once

#include "barsymbols.h"

#include <opencv2/core.hpp>

#include <functional>
#include <vector>

namespace ow::vision {

// A linear code's modules (1 = bar) laid on a grid of the profile: module i spans
// left + i · width … left + (i + 1) · width.
struct BarModules {
    double left = 0.0;
    double width = 0.0;
    std::vector<unsigned char> bits;
};

// The modules that, blurred by a Gaussian of `sigmaModules`, best explain `ink` (0 on paper, 1 on
// a solid bar; one value per pixel) on the given grid: a Viterbi search over the module sequence
// with the blur's reach (three modules either side) as its state, runs no longer than the
// layout allows, the first and last module a bar. Empty when the grid does not fit the profile.
BarModules fitModules(const std::vector<float> &ink, double left, double right,
                      const ModuleLayout &layout, double sigmaModules);

// Code 39 fitted character by character from the left: each character the pattern (of ZXing's
// own writer, its wide elements `wide` modules) whose blurred drawing best explains the profile
// after the characters already chosen, the next character unknown but for its first bar. The
// stars at both ends are given. rms: what the fit leaves unexplained, per sample.
struct Code39Fit {
    BarModules modules;
    double rms = 1.0;
};
Code39Fit fitCode39(const std::vector<float> &ink, double left, double right, int characters,
                    int wide, double sigmaModules);

// Bars too blurred for any threshold or deconvolution (narrow spaces between bars stay grey)
// read by their structure: the code's ends are found on the crop's profile and a module grid
// laid between them for each layout that fits. Code 128 and EAN are fitted module by module
// under a few blur widths and each fit that makes whole symbols is drawn for try_ (ZXing's check
// of their checksums decides). Code 39, which has no checksum, is drawn only when its best fit
// explains the profile well and every blur width gives the same modules. Drawings: bars black on
// white, kRedrawMargin either side, in the crop's own x. try_ returns true to stop.
void redrawByModules(const cv::Mat &crop, const std::function<bool(const cv::Mat &)> &try_);

} // namespace ow::vision
