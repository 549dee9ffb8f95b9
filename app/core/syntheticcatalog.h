#pragma once

#include "catalog.h"

namespace ow {

// A valid catalog of any size for tests and benchmarks: realistic Chinese item names (subject +
// action, e.g. 食品经营许可证核发), 24 departments, two to six materials per item (four on
// average) drawn from the vocabulary of the demo catalog. The same seed gives the same catalog.
// Item ids are I00001, I00002, ...; department ids D01..D24.
class SyntheticCatalog {
public:
    static Catalog generate(int itemCount, quint32 seed = 20240601);
    static constexpr int kDepartments = 24;
};

} // namespace ow
