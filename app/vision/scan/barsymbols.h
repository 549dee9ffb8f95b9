#pragma once

#include <vector>

namespace ow::vision {

// What linear codes look like in modules: the lengths a grid is fitted for and the symbol
// structure a fit must show before ZXing is asked.

// A code length a module grid is fitted for: Code 128 (11 modules a symbol; start, check and
// stop: 11k + 35 modules), EAN-13 / UPC-A (95) and EAN-8 (67), or Code 39 with wide elements two
// or three modules wide (a character and the gap after it: 13 or 16 modules, less the last gap).
enum class ModuleFamily { Code128, Ean, Code39 };
struct ModuleLayout {
    ModuleFamily family = ModuleFamily::Code128;
    int count = 0;      // modules from the first bar's edge to the last bar's
    int wide = 2;       // Code 39: a wide element's modules
    int longestRun = 4; // equal modules in a row, at most
};

// The layouts whose modules would be at least `narrowestModule` pixels on a code `span` pixels
// long and that could show `dips` bars (each family's bars, some merged by the blur: between
// the dips seen and two and a half times as many).
std::vector<ModuleLayout> moduleLayouts(double span, double narrowestModule, int dips);

// Whether modules make whole symbols of their family: Code 128's symbols begin with a bar,
// end with a space and hold three bars each (the stop symbol four); EAN's digits hold two bars
// between its guard patterns; Code 39's characters are
// nine elements, three of them wide, each followed by a one-module gap. A fit that fails this
// is no code and is not handed to ZXing.
bool wholeSymbols(const std::vector<unsigned char> &bits, const ModuleLayout &layout);

// Code 39's characters as ZXing's own writer draws them, the start and stop character first,
// with wide elements `wide` (2 or 3) modules wide. Made once.
const std::vector<std::vector<unsigned char>> &code39Drawings(int wide);

} // namespace ow::vision
