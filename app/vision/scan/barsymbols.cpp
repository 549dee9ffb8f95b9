#include "barsymbols.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>
#include <utility>

namespace ow::vision {

namespace {

constexpr int kCode128Symbol = 11;
// Code 128's stop symbol, bars and spaces 2 3 3 1 1 1 2 modules wide.
constexpr std::array<unsigned char, 13> kCode128Stop = {1, 1, 0, 0, 0, 1, 1, 1, 0, 1, 0, 1, 1};

// The lengths of the runs of equal modules from `from` to `to`.
std::vector<int> runsOf(const std::vector<unsigned char> &bits, size_t from, size_t to) {
    std::vector<int> runs;
    for (size_t i = from; i < to; ++i) {
        if (i == from || bits[i] != bits[i - 1])
            runs.push_back(0);
        ++runs.back();
    }
    return runs;
}

bool code128Symbols(const std::vector<unsigned char> &bits) {
    const size_t n = bits.size();
    if (n < kCode128Stop.size() + 3 * kCode128Symbol ||
        (n - kCode128Stop.size()) % kCode128Symbol != 0)
        return false;
    const size_t symbols = (n - kCode128Stop.size()) / kCode128Symbol;
    for (size_t k = 0; k < symbols; ++k) {
        const size_t from = k * kCode128Symbol;
        if (!bits[from] || bits[from + kCode128Symbol - 1])
            return false;
        const std::vector<int> runs = runsOf(bits, from, from + kCode128Symbol);
        if (runs.size() != 6)
            return false;
    }
    return std::equal(kCode128Stop.begin(), kCode128Stop.end(),
                      bits.end() - static_cast<long>(kCode128Stop.size()));
}

// EAN-13 / UPC-A (95 modules, six digits a half) and EAN-8 (67, four): guards 101, 01010 and
// 101; every digit seven modules holding two bars, a left digit from a space to a bar, a right
// digit from a bar to a space.
bool eanDigits(const std::vector<unsigned char> &bits) {
    const size_t n = bits.size();
    const size_t digits = n == 95 ? 6 : n == 67 ? 4 : 0;
    if (digits == 0)
        return false;
    const size_t middle = 3 + 7 * digits;
    const auto is = [&bits](size_t from, std::initializer_list<unsigned char> pattern) {
        return std::equal(pattern.begin(), pattern.end(), bits.begin() + static_cast<long>(from));
    };
    if (!is(0, {1, 0, 1}) || !is(middle, {0, 1, 0, 1, 0}) || !is(n - 3, {1, 0, 1}))
        return false;
    for (size_t k = 0; k < 2 * digits; ++k) {
        const bool left = k < digits;
        const size_t from = left ? 3 + 7 * k : middle + 5 + 7 * (k - digits);
        if (bits[from] != (left ? 0 : 1) || bits[from + 6] != (left ? 1 : 0))
            return false;
        if (runsOf(bits, from, from + 7).size() != 4) // two bars, two spaces
            return false;
    }
    return true;
}

bool code39Characters(const std::vector<unsigned char> &bits, int wide) {
    const int character = 6 + 3 * wide;
    const auto n = static_cast<int>(bits.size());
    if ((n + 1) % (character + 1) != 0)
        return false;
    for (int from = 0; from < n; from += character + 1) {
        if (from > 0 && bits[static_cast<size_t>(from - 1)])
            return false; // the gap between characters is a space
        const std::vector<int> runs =
            runsOf(bits, static_cast<size_t>(from), static_cast<size_t>(from + character));
        if (runs.size() != 9 || !bits[static_cast<size_t>(from)])
            return false;
        if (std::count(runs.begin(), runs.end(), wide) != 3 ||
            std::count(runs.begin(), runs.end(), 1) != 6)
            return false;
    }
    return true;
}

// Code 39's characters as ZXing's own writer draws them (narrow one module, wide two), the start
// and stop character first: the patterns come from the writer rather than a table of our own.
const std::vector<std::vector<unsigned char>> &code39Patterns() {
    static const std::vector<std::vector<unsigned char>> patterns = [] {
        std::vector<std::vector<unsigned char>> all;
        // Not $ / + %: their bars are all narrow and what tells them apart lies in the spaces,
        // which the blur fills first (a blurred Code 128 fitted as "/++" and "MML%%%$").
        const std::string characters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. ";
        try {
            ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::Code39);
            writer.setMargin(0);
            for (const char c : characters) {
                // "*c*": star, gap, c, gap, star; 12 modules a character.
                const ZXing::BitMatrix bits = writer.encode(std::string(1, c), 1, 1);
                if (bits.width() != 38)
                    continue;
                std::vector<unsigned char> star, pattern;
                for (int x = 0; x < 12; ++x) {
                    star.push_back(bits.get(x, 0) ? 1 : 0);
                    pattern.push_back(bits.get(13 + x, 0) ? 1 : 0);
                }
                if (all.empty())
                    all.push_back(star);
                all.push_back(pattern);
            }
        } catch (...) {
            all.clear();
        }
        return all;
    }();
    return patterns;
}

// A pattern drawn with wide elements `wide` modules wide.
std::vector<unsigned char> widened(const std::vector<unsigned char> &pattern, int wide) {
    std::vector<unsigned char> out;
    for (size_t i = 0; i < pattern.size();) {
        size_t run = 1;
        while (i + run < pattern.size() && pattern[i + run] == pattern[i])
            ++run;
        out.insert(out.end(), run == 1 ? 1 : static_cast<size_t>(wide), pattern[i]);
        i += run;
    }
    return out;
}

} // namespace

const std::vector<std::vector<unsigned char>> &code39Drawings(int wide) {
    static const std::array<std::vector<std::vector<unsigned char>>, 2> drawings = [] {
        std::array<std::vector<std::vector<unsigned char>>, 2> both;
        for (const auto &pattern : code39Patterns()) {
            both[0].push_back(pattern);
            both[1].push_back(widened(pattern, 3));
        }
        return both;
    }();
    return drawings[wide == 3 ? 1 : 0];
}

std::vector<ModuleLayout> moduleLayouts(double span, double narrowestModule, int dips) {
    std::vector<ModuleLayout> layouts;
    const int most = static_cast<int>(span / narrowestModule);
    const double fewestBars = dips;
    const double mostBars = 2.5 * dips;
    // Code 128: k data symbols, 3k + 10 bars.
    for (int k = 1; 11 * k + 35 <= most; ++k) {
        const int bars = 3 * k + 10;
        if (bars >= fewestBars && bars <= mostBars)
            layouts.push_back({ModuleFamily::Code128, 11 * k + 35, 2, 4});
    }
    // EAN-13 / UPC-A (30 bars) and EAN-8 (22).
    for (const auto &[count, bars] : {std::pair{95, 30}, std::pair{67, 22}})
        if (count <= most && bars >= fewestBars && bars <= mostBars)
            layouts.push_back({ModuleFamily::Ean, count, 2, 4});
    // Code 39: c characters with both stars, 5c bars.
    for (const int wide : {2, 3}) {
        const int character = 6 + 3 * wide + 1;
        for (int c = 3; c * character - 1 <= most; ++c) {
            const int bars = 5 * c;
            if (bars >= fewestBars && bars <= mostBars)
                layouts.push_back({ModuleFamily::Code39, c * character - 1, wide, wide});
        }
    }
    return layouts;
}

bool wholeSymbols(const std::vector<unsigned char> &bits, const ModuleLayout &layout) {
    if (static_cast<int>(bits.size()) != layout.count)
        return false;
    switch (layout.family) {
    case ModuleFamily::Code128:
        return code128Symbols(bits);
    case ModuleFamily::Ean:
        return eanDigits(bits);
    case ModuleFamily::Code39:
        return code39Characters(bits, layout.wide);
    }
    return false;
}

} // namespace ow::vision
