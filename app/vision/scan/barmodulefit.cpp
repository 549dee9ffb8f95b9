#include "barmodulefit.h"

#include "linearcoderedraw.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <utility>

namespace ow::vision {

namespace {

// A module's blur reaches this many modules either side (a Gaussian of 1.1 modules leaves under
// 1 % of a module's ink three modules away): seven modules bear on what one module shows.
constexpr int kReach = 3;
constexpr int kWindow = 2 * kReach + 1;
constexpr int kStates = 1 << (kWindow - 1);
// Observations per module, at a sixth, a half and five sixths of it.
constexpr int kSamples = 3;
// Blur widths tried, in modules: wider blurs left no code ZXing could check.
constexpr std::array<double, 3> kSigmas = {0.6, 0.8, 1.0};
// A Code 39 fit leaving more than this unexplained per sample (ink 0…1) is not believed: the
// codes of bench_scan's three seeds that fit came under 0.19; at 0.25 a blurred Code 128 and two
// table columns read as Code 39.
constexpr double kCode39Unexplained = 0.2;
// Modules narrower than this (pixels of the enlarged crop) are not fitted.
constexpr double kNarrowestModule = 2.0;

using Window = std::array<std::array<float, kSamples>, 1 << kWindow>;

double normalCdf(double x) {
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

using Weights = std::array<std::array<double, kWindow>, kSamples>;

Weights blurWeights(double sigmaModules) {
    Weights weights{};
    for (int s = 0; s < kSamples; ++s) {
        const double t = (s + 0.5) / kSamples;
        for (int j = 0; j < kWindow; ++j) {
            const double d = j - kReach;
            weights[static_cast<size_t>(s)][static_cast<size_t>(j)] =
                normalCdf((d + 1.0 - t) / sigmaModules) - normalCdf((d - t) / sigmaModules);
        }
    }
    return weights;
}

// What the middle module of each seven-module window shows at its samples under the blur
// (bit 6 of the window is its leftmost module).
Window blurredWindows(double sigmaModules) {
    const Weights weights = blurWeights(sigmaModules);
    Window window{};
    for (int v = 0; v < (1 << kWindow); ++v)
        for (int s = 0; s < kSamples; ++s) {
            double sum = 0.0;
            for (int j = 0; j < kWindow; ++j)
                if (v & (1 << (kWindow - 1 - j)))
                    sum += weights[static_cast<size_t>(s)][static_cast<size_t>(j)];
            window[static_cast<size_t>(v)][static_cast<size_t>(s)] = static_cast<float>(sum);
        }
    return window;
}

float sampleAt(const std::vector<float> &ink, double x) {
    if (x <= 0.0)
        return ink.front();
    const auto i = static_cast<size_t>(x);
    if (i + 1 >= ink.size())
        return ink.back();
    const auto f = static_cast<float>(x - static_cast<double>(i));
    return ink[i] * (1.0f - f) + ink[i + 1] * f;
}

} // namespace

Code39Fit fitCode39(const std::vector<float> &ink, double left, double right, int characters,
                    int wide, double sigmaModules) {
    Code39Fit fit;
    const std::vector<std::vector<unsigned char>> &drawn = code39Drawings(wide);
    if (drawn.size() < 2 || characters < 3 || right <= left || ink.size() < 2)
        return fit;
    const auto length = static_cast<int>(drawn.front().size());
    const int n = characters * (length + 1) - 1;
    fit.modules.left = left;
    fit.modules.width = (right - left) / n;
    const Weights weights = blurWeights(sigmaModules);
    // What each module shows, sampled once (the candidates of a character are compared on the
    // same samples).
    std::vector<std::array<double, kSamples>> seen(static_cast<size_t>(n));
    for (int c = 0; c < n; ++c)
        for (int s = 0; s < kSamples; ++s)
            seen[static_cast<size_t>(c)][static_cast<size_t>(s)] =
                sampleAt(ink, left + (c + (s + 0.5) / kSamples) * fit.modules.width);
    // Modules as ink expected: decided ones 0 or 1, the next character's unknown ones a half
    // (its first module is always a bar). Quiet zone either side.
    std::vector<float> expected(static_cast<size_t>(n + 2 * kReach), 0.0f);
    const auto at = [&](int module) -> float & {
        return expected[static_cast<size_t>(module + kReach)];
    };
    const auto cost = [&](int from, int to) {
        double sum = 0.0;
        for (int c = from; c < to && c < n; ++c)
            for (int s = 0; s < kSamples; ++s) {
                double shown = 0.0;
                for (int j = 0; j < kWindow; ++j)
                    shown += weights[static_cast<size_t>(s)][static_cast<size_t>(j)] *
                             at(c + j - kReach);
                const double d = seen[static_cast<size_t>(c)][static_cast<size_t>(s)] - shown;
                sum += d * d;
            }
        return sum;
    };
    const auto place = [&](int character, const std::vector<unsigned char> &pattern) {
        const int from = character * (length + 1);
        for (int i = 0; i < length; ++i)
            at(from + i) = pattern[static_cast<size_t>(i)];
        if (from + length < n)
            at(from + length) = 0.0f; // the gap
    };
    const auto unknown = [&](int character) {
        const int from = character * (length + 1);
        for (int i = 0; i < length && from + i < n; ++i)
            at(from + i) = i == 0 ? 1.0f : 0.5f;
    };
    place(0, drawn.front());
    place(characters - 1, drawn.front());
    for (int k = 1; k + 1 < characters; ++k) {
        if (k + 2 < characters)
            unknown(k + 1);
        else
            place(k + 1, drawn.front());
        const int from = k * (length + 1);
        double best = std::numeric_limits<double>::max();
        size_t chosen = 1;
        for (size_t p = 1; p < drawn.size(); ++p) {
            place(k, drawn[p]);
            const double c = cost(from - 1, from + length + 1);
            if (c < best) {
                best = c;
                chosen = p;
            }
        }
        place(k, drawn[chosen]);
    }
    fit.modules.bits.resize(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        fit.modules.bits[static_cast<size_t>(i)] = at(i) > 0.5f ? 1 : 0;
    fit.rms = std::sqrt(cost(0, n) / (n * kSamples));
    return fit;
}

BarModules fitModules(const std::vector<float> &ink, double left, double right,
                      const ModuleLayout &layout, double sigmaModules) {
    BarModules fit;
    const int n = layout.count;
    if (n < 2 || ink.size() < 2 || right <= left || sigmaModules <= 0.0)
        return fit;
    fit.left = left;
    fit.width = (right - left) / n;
    std::vector<std::array<float, kSamples>> seen(static_cast<size_t>(n));
    for (int c = 0; c < n; ++c)
        for (int s = 0; s < kSamples; ++s)
            seen[static_cast<size_t>(c)][static_cast<size_t>(s)] =
                sampleAt(ink, left + (c + (s + 0.5) / kSamples) * fit.width);
    const Window shown = blurredWindows(sigmaModules);

    // The state is the last six modules; module i settles what module i - 3 shows. Three quiet
    // modules after the last bar let the last three be judged too.
    constexpr float kNever = std::numeric_limits<float>::max();
    const int steps = n + kReach;
    std::array<float, kStates> cost{};
    cost.fill(kNever);
    cost[0] = 0.0f; // the quiet zone before the code
    std::array<float, kStates> next{};
    std::vector<std::array<uint8_t, kStates>> dropped(static_cast<size_t>(steps));
    const int runMask = (1 << layout.longestRun) - 1;
    for (int i = 0; i < steps; ++i) {
        next.fill(kNever);
        for (int state = 0; state < kStates; ++state) {
            if (cost[static_cast<size_t>(state)] == kNever)
                continue;
            for (int bit = 0; bit <= 1; ++bit) {
                if ((i >= n && bit) || ((i == 0 || i == n - 1) && !bit))
                    continue;
                if (i >= layout.longestRun && i < n && (state & runMask) == (bit ? runMask : 0))
                    continue; // a run longer than the family has
                const int window = (state << 1) | bit;
                const int judged = i - kReach;
                float add = 0.0f;
                if (judged >= 0)
                    for (int s = 0; s < kSamples; ++s) {
                        const float d = seen[static_cast<size_t>(judged)][static_cast<size_t>(s)] -
                                        shown[static_cast<size_t>(window)][static_cast<size_t>(s)];
                        add += d * d;
                    }
                const int to = window & (kStates - 1);
                const float total = cost[static_cast<size_t>(state)] + add;
                if (total < next[static_cast<size_t>(to)]) {
                    next[static_cast<size_t>(to)] = total;
                    dropped[static_cast<size_t>(i)][static_cast<size_t>(to)] =
                        static_cast<uint8_t>((state >> (kWindow - 2)) & 1);
                }
            }
        }
        cost = next;
    }
    const auto best = std::min_element(cost.begin(), cost.end());
    if (*best == kNever)
        return fit;
    std::vector<unsigned char> bits(static_cast<size_t>(steps));
    int state = static_cast<int>(best - cost.begin());
    for (int i = steps - 1; i >= 0; --i) {
        bits[static_cast<size_t>(i)] = static_cast<unsigned char>(state & 1);
        state = (dropped[static_cast<size_t>(i)][static_cast<size_t>(state)] << (kWindow - 2)) |
                (state >> 1);
    }
    bits.resize(static_cast<size_t>(n));
    fit.bits = std::move(bits);
    return fit;
}

namespace {

// The crop's profile as ink: 0 on the paper (the lightest 3 %), 1 on the darkest bars.
std::vector<float> inkAcross(const cv::Mat &crop) {
    const cv::Mat profile = columnProfile(crop, 25, 75);
    const float white = rowPercentile(profile, 0.97);
    const float black = rowPercentile(profile, 0.01);
    if (white - black < 20.f)
        return {};
    std::vector<float> ink(static_cast<size_t>(profile.cols));
    for (int x = 0; x < profile.cols; ++x)
        ink[static_cast<size_t>(x)] =
            std::clamp((white - profile.at<float>(0, x)) / (white - black), 0.0f, 1.0f);
    return ink;
}

// The code's outer edges: where the ink first and last crosses a half (a bar's edge against the
// quiet zone, blurred symmetrically). Empty when the ink never does.
std::optional<std::pair<double, double>> codeEnds(const std::vector<float> &ink) {
    const auto crossing = [&ink](size_t x) {
        const double a = ink[x - 1], b = ink[x];
        return static_cast<double>(x - 1) + (0.5 - a) / (b - a);
    };
    double left = -1.0, right = -1.0;
    for (size_t x = 1; x < ink.size(); ++x) {
        if (left < 0.0 && ink[x - 1] < 0.5f && ink[x] >= 0.5f)
            left = crossing(x);
        if (ink[x - 1] >= 0.5f && ink[x] < 0.5f)
            right = crossing(x);
    }
    if (left < 0.0 || right <= left)
        return std::nullopt;
    return std::make_pair(left, right);
}

cv::Mat drawModules(const BarModules &fit, int cols) {
    cv::Mat row(1, cols, CV_8U, cv::Scalar(255));
    for (size_t i = 0; i < fit.bits.size(); ++i) {
        if (!fit.bits[i])
            continue;
        const auto from =
            static_cast<int>(std::lround(fit.left + static_cast<double>(i) * fit.width));
        const auto to =
            static_cast<int>(std::lround(fit.left + static_cast<double>(i + 1) * fit.width));
        row.colRange(std::clamp(from, 0, cols), std::clamp(to, 0, cols)).setTo(0);
    }
    return renderBarRow(row);
}

// Code 39 has no check character: the best fit of all (least unexplained) is believed only when
// it explains enough and the same modules come out under every blur width at its grid.
std::optional<BarModules> believedCode39(const std::vector<float> &ink, double left, double right,
                                         const std::vector<ModuleLayout> &layouts) {
    struct Tried {
        Code39Fit fit;
        size_t layout;
    };
    std::vector<Tried> tried;
    for (size_t l = 0; l < layouts.size(); ++l) {
        const ModuleLayout &layout = layouts[l];
        if (layout.family != ModuleFamily::Code39)
            continue;
        const int characters = (layout.count + 1) / (6 + 3 * layout.wide + 1);
        for (const double sigma : kSigmas)
            tried.push_back({fitCode39(ink, left, right, characters, layout.wide, sigma), l});
    }
    const auto best =
        std::min_element(tried.begin(), tried.end(),
                         [](const Tried &a, const Tried &b) { return a.fit.rms < b.fit.rms; });
    if (best == tried.end() || best->fit.rms >= kCode39Unexplained)
        return std::nullopt;
    const bool steady = std::all_of(tried.begin(), tried.end(), [&](const Tried &t) {
        return t.layout != best->layout || t.fit.modules.bits == best->fit.modules.bits;
    });
    if (!steady)
        return std::nullopt;
    return best->fit.modules;
}

} // namespace

void redrawByModules(const cv::Mat &crop, const std::function<bool(const cv::Mat &)> &try_) {
    try {
        if (crop.empty() || crop.type() != CV_8UC1 || crop.cols < 24 || crop.rows < 4)
            return;
        const std::vector<float> ink = inkAcross(crop);
        const auto ends = ink.empty() ? std::nullopt : codeEnds(ink);
        if (!ends)
            return;
        const auto [left, right] = *ends;
        const std::vector<ModuleLayout> layouts =
            moduleLayouts(right - left, kNarrowestModule, barDips(crop, 0.1));
        // Code 128 and EAN first: ZXing's check of their checksums decides.
        for (const ModuleLayout &layout : layouts) {
            if (layout.family == ModuleFamily::Code39)
                continue;
            for (const double sigma : kSigmas) {
                const BarModules fit = fitModules(ink, left, right, layout, sigma);
                if (wholeSymbols(fit.bits, layout) && try_(drawModules(fit, crop.cols)))
                    return;
            }
        }
        if (const auto code39 = believedCode39(ink, left, right, layouts))
            try_(drawModules(*code39, crop.cols));
    } catch (const cv::Exception &) {
    }
}

} // namespace ow::vision
