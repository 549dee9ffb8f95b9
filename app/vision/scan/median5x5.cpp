#include "median5x5.h"

#include <opencv2/core/hal/intrin.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <vector>

namespace ow::vision::scanimage {

namespace {

// Compare and exchange: a gets the smaller value, b the larger.
inline void order(uchar &a, uchar &b) {
    const uchar low = std::min(a, b);
    b = std::max(a, b);
    a = low;
}

#if CV_SIMD128
inline void order(cv::v_uint8x16 &a, cv::v_uint8x16 &b) {
    const cv::v_uint8x16 low = cv::v_min(a, b);
    b = cv::v_max(a, b);
    a = low;
}
#endif

// A comparator network on five values: each pair (a, b) in turn puts the smaller of v[a] and
// v[b] in v[a]. Every network here is a constant, so the loop unrolls into register moves.
template <size_t Count> using Network = std::array<std::array<int, 2>, Count>;

template <size_t Count, typename V> inline void run(const Network<Count> &network, V *v) {
#pragma GCC unroll 16
    for (const auto &[a, b] : network)
        order(v[a], v[b]);
}

// Sorts five values: nine comparators.
constexpr Network<9> kSortFive = {
    {{0, 1}, {3, 4}, {2, 4}, {2, 3}, {0, 3}, {0, 2}, {1, 4}, {1, 3}, {1, 2}}};
// The rest only split five values, each part in no particular order, with six comparators (the
// fewest, found by a search over networks checked on all 32 inputs of zeros and ones):
// the smallest three to v[0..2] and the largest two to v[3..4];
constexpr Network<6> kLowThreeHighTwo = {{{0, 1}, {0, 2}, {1, 2}, {1, 3}, {2, 3}, {2, 4}}};
// the smallest two to v[0..1] and the largest three to v[2..4];
constexpr Network<6> kLowTwoHighThree = {{{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {1, 4}}};
// the smallest to v[0], the largest to v[4], the middle three between.
constexpr Network<6> kExtremesOfFive = {{{0, 1}, {0, 2}, {1, 2}, {3, 4}, {0, 3}, {2, 4}}};

// Moves the smallest of v[0..Size) to v[0] and the largest to v[Size - 1], the others in
// between: neighbours are ordered in pairs, then the pairs' lower halves (and an odd last value)
// give up their minimum and the upper halves (and that last slot) their maximum. The sizes are
// constants so that every loop unrolls and the values stay in registers.
template <int Size, typename V> void extremesOut(V *v) {
    constexpr int pairs = Size / 2;
#pragma GCC unroll 8
    for (int i = 0; i < pairs; ++i)
        order(v[2 * i], v[2 * i + 1]);
#pragma GCC unroll 8
    for (int i = 1; i < pairs; ++i)
        order(v[0], v[2 * i]);
    if constexpr (Size % 2 == 1)
        order(v[0], v[Size - 1]);
#pragma GCC unroll 8
    for (int i = 0; i + 1 < pairs; ++i)
        order(v[2 * i + 1], v[Size - 1]);
    if constexpr (Size % 2 == 1)
        order(v[2 * pairs - 1], v[Size - 1]);
}

// One step of forgetful selection: the extremes of `kept` dropped, `next` taken in.
template <int Size, typename V>
std::array<V, Size - 1> dropExtremesTake(std::array<V, Size> kept, const V &next) {
    extremesOut<Size>(kept.data());
    std::array<V, Size - 1> out;
#pragma GCC unroll 8
    for (int i = 0; i + 2 < Size; ++i)
        out[static_cast<size_t>(i)] = kept[static_cast<size_t>(i + 1)];
    out[Size - 2] = next;
    return out;
}

// The median of a 5 x 5 window whose columns are sorted: rank[r][k] is the r-th smallest of
// column k. Were the rank rows sorted too, the window would be sorted both ways, and 6 values
// below at least 13 others' worth and 6 above: the median is the 7th of the 13 left, found by
// forgetful selection (8 values; drop the smallest and largest, take the next; the middle of
// the last three). Checked against a sort on 200 000 random windows before it was written here
// (tst_median5x5 compares the filter with OpenCV's). The selection drops a smallest value only
// when 7 others are above it and a largest when 7 are below, whatever order the 13 come in, so
// each rank row only has to be split into the values it gives and the ones it does not: the
// largest two of row 0, three of row 1, the middle three of row 2, the smallest three of row 3
// and two of row 4 (30 comparators where five sorts took 45).
template <typename V> [[gnu::flatten]] V windowMedian(V (&rank)[5][5]) {
    run(kLowThreeHighTwo, rank[0]);
    run(kLowTwoHighThree, rank[1]);
    run(kExtremesOfFive, rank[2]);
    run(kLowThreeHighTwo, rank[3]);
    run(kLowTwoHighThree, rank[4]);
    const std::array<V, 8> first = {rank[0][3], rank[0][4], rank[1][2], rank[1][3],
                                    rank[1][4], rank[2][1], rank[2][2], rank[2][3]};
    const auto seven = dropExtremesTake<8>(first, rank[3][0]);
    const auto six = dropExtremesTake<7>(seven, rank[3][1]);
    const auto five = dropExtremesTake<6>(six, rank[3][2]);
    const auto four = dropExtremesTake<5>(five, rank[4][0]);
    auto three = dropExtremesTake<4>(four, rank[4][1]);
    order(three[0], three[1]); // the middle of three
    order(three[1], three[2]);
    order(three[0], three[1]);
    return three[1];
}

} // namespace

cv::Mat median5x5(const cv::Mat &image) {
    const int cn = image.channels();
    if (image.depth() != CV_8U || cn > 4 || image.cols < 5 || image.rows < 5) {
        cv::Mat out;
        if (!image.empty())
            cv::medianBlur(image, out, 5);
        return out;
    }
    // Channels interleaved: a row is `bytes` values, a pixel's neighbour `cn` bytes away.
    const int bytes = image.cols * cn;
    cv::Mat out(image.size(), image.type());
    // ranks[r][2 cn + i]: the r-th smallest of byte i's column of five values around the output
    // row, two repeated pixels on each side.
    std::array<std::vector<uchar>, 5> ranks;
    for (auto &row : ranks)
        row.resize(static_cast<size_t>(bytes + 4 * cn));
    for (int y = 0; y < image.rows; ++y) {
        const uchar *source[5];
        for (int r = 0; r < 5; ++r)
            source[r] = image.ptr<uchar>(std::clamp(y + r - 2, 0, image.rows - 1));
        int i = 0;
#if CV_SIMD128
        for (; i + 16 <= bytes; i += 16) {
            cv::v_uint8x16 column[5];
            for (int r = 0; r < 5; ++r)
                column[r] = cv::v_load(source[r] + i);
            run(kSortFive, column);
            for (int r = 0; r < 5; ++r)
                cv::v_store(ranks[static_cast<size_t>(r)].data() + 2 * cn + i, column[r]);
        }
#endif
        for (; i < bytes; ++i) {
            uchar column[5];
            for (int r = 0; r < 5; ++r)
                column[r] = source[r][i];
            run(kSortFive, column);
            for (int r = 0; r < 5; ++r)
                ranks[static_cast<size_t>(r)][static_cast<size_t>(2 * cn + i)] = column[r];
        }
        for (auto &row : ranks)
            for (int c = 0; c < cn; ++c) {
                const auto at = [&row](int index) -> uchar & {
                    return row[static_cast<size_t>(index)];
                };
                at(c) = at(cn + c) = at(2 * cn + c);
                at(bytes + 3 * cn + c) = at(bytes + 2 * cn + c) = at(bytes + cn + c);
            }

        uchar *target = out.ptr<uchar>(y);
        i = 0;
#if CV_SIMD128
        for (; i + 16 <= bytes; i += 16) {
            cv::v_uint8x16 window[5][5];
#pragma GCC unroll 5
            for (int r = 0; r < 5; ++r)
#pragma GCC unroll 5
                for (int k = 0; k < 5; ++k)
                    window[r][k] = cv::v_load(ranks[static_cast<size_t>(r)].data() + i + k * cn);
            cv::v_store(target + i, windowMedian(window));
        }
#endif
        for (; i < bytes; ++i) {
            uchar window[5][5];
            for (int r = 0; r < 5; ++r)
                for (int k = 0; k < 5; ++k)
                    window[r][k] = ranks[static_cast<size_t>(r)][static_cast<size_t>(i + k * cn)];
            target[i] = windowMedian(window);
        }
    }
    return out;
}

} // namespace ow::vision::scanimage
