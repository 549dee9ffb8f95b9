#pragma once

#include <QFont>
#include <QString>

#include <random>

namespace ow::scaneval {

// Random but plausible service-hall Chinese: sentences, names, table cells, code texts.
class PageTextSource {
public:
    static QString paragraph(std::mt19937_64 &rng, int sentences);
    static QString title(std::mt19937_64 &rng);
    static QString cell(std::mt19937_64 &rng);
    static QString name(std::mt19937_64 &rng);
    static QString digits(std::mt19937_64 &rng, int count);
    // A valid GB 32100 unified social credit code.
    static QString creditCode(std::mt19937_64 &rng);
    // The CJK font at a pixel size (Noto Sans CJK SC, else WenQuanYi Micro Hei).
    static QFont font(double pixelSize, bool bold = false, bool serif = false);
    static int uniform(std::mt19937_64 &rng, int low, int high); // inclusive
    static double uniform(std::mt19937_64 &rng, double low, double high);
};

} // namespace ow::scaneval
