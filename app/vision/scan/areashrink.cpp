#include "areashrink.h"

#include <opencv2/core/hal/intrin.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>
#include <vector>

namespace ow::vision::scanimage {

namespace {

// One source pixel's share of one output pixel along an axis.
struct Share {
    int out; // output index
    int in;  // source index
    float weight;
};

// The shares along an axis of `inSize` source pixels averaged into `outSize` cells of `cell`
// source pixels each: a cell's partly covered first and last pixels weigh by the part covered
// (parts under a thousandth are left out), the rest by one; every weight is divided by the
// cell's width (shorter at the far edge). In output order, and within an output in source
// order: the order the sums are taken in.
std::vector<Share> sharesAlong(int inSize, int outSize, double cell) {
    std::vector<Share> shares;
    shares.reserve(static_cast<size_t>(inSize) * 2);
    for (int o = 0; o < outSize; ++o) {
        const double from = o * cell;
        const double to = from + cell;
        const double width = std::min(cell, inSize - from);
        int first = static_cast<int>(std::ceil(from));
        int last = std::min(static_cast<int>(std::floor(to)), inSize - 1);
        first = std::min(first, last);
        if (first - from > 1e-3)
            shares.push_back({o, first - 1, static_cast<float>((first - from) / width)});
        for (int i = first; i < last; ++i)
            shares.push_back({o, i, static_cast<float>(1.0 / width)});
        if (to - last > 1e-3)
            shares.push_back(
                {o, last, static_cast<float>(std::min(std::min(to - last, 1.0), width) / width)});
    }
    return shares;
}

// The shares across, as a table of `count` per output pixel (for four rows interleaved: index
// 4 · source column): every output pixel gets as many as the most any has, the extra ones
// weighing zero. Adding 0 · x to a sum leaves it as it is, and the loop over them then never
// guesses wrong about where an output pixel ends.
struct Taps {
    size_t count = 0;
    std::vector<int> index;
    std::vector<float> weight;
};

// `padded`: the output width in whole blocks of four (the last block's extra pixels weigh
// nothing).
Taps tapsOf(const std::vector<Share> &across, size_t padded) {
    Taps taps;
    for (size_t k = 0, run = 0; k < across.size(); ++k) {
        run = k > 0 && across[k].out == across[k - 1].out ? run + 1 : 1;
        taps.count = std::max(taps.count, run);
    }
    taps.index.assign(padded * taps.count, 0);
    taps.weight.assign(padded * taps.count, 0.0f);
    for (size_t k = 0, slot = 0; k < across.size(); ++k) {
        slot = k > 0 && across[k].out == across[k - 1].out ? slot + 1 : 0;
        const size_t at = static_cast<size_t>(across[k].out) * taps.count + slot;
        taps.index[at] = 4 * across[k].in;
        taps.weight[at] = across[k].weight;
    }
    return taps;
}

// Pixel x of row r at out[4x + r], as floats: four source rows interleaved, sixteen columns at
// a time.
void interleaveRows(const std::array<const uchar *, 4> &in, int cols, float *out) {
    int x = 0;
    for (; x + 16 <= cols; x += 16) {
        cv::v_uint8x16 ab0, ab1, cd0, cd1;
        cv::v_zip(cv::v_load(in[0] + x), cv::v_load(in[1] + x), ab0, ab1);
        cv::v_zip(cv::v_load(in[2] + x), cv::v_load(in[3] + x), cd0, cd1);
        std::array<cv::v_uint16x8, 4> quads;
        cv::v_zip(cv::v_reinterpret_as_u16(ab0), cv::v_reinterpret_as_u16(cd0), quads[0], quads[1]);
        cv::v_zip(cv::v_reinterpret_as_u16(ab1), cv::v_reinterpret_as_u16(cd1), quads[2], quads[3]);
        for (size_t q = 0; q < 4; ++q) {
            cv::v_uint16x8 lo, hi;
            cv::v_expand(cv::v_reinterpret_as_u8(quads[q]), lo, hi);
            for (const cv::v_uint16x8 &half : {lo, hi}) {
                cv::v_uint32x4 first, second;
                cv::v_expand(half, first, second);
                cv::v_store(out, cv::v_cvt_f32(cv::v_reinterpret_as_s32(first)));
                cv::v_store(out + 4, cv::v_cvt_f32(cv::v_reinterpret_as_s32(second)));
                out += 8;
            }
        }
    }
    for (; x < cols; ++x)
        for (size_t r = 0; r < 4; ++r)
            *out++ = in[r][x];
}

// sums = beta · w (a fresh output row) or sums += beta · w, four at a time.
void addWeighed(float *sums, const float *w, float beta, int width, bool fresh) {
    const cv::v_float32x4 b = cv::v_setall_f32(beta);
    int x = 0;
    for (; x + 4 <= width; x += 4) {
        const cv::v_float32x4 term = b * cv::v_load(w + x);
        cv::v_store(sums + x, fresh ? term : cv::v_load(sums + x) + term);
    }
    for (; x < width; ++x)
        sums[x] = fresh ? beta * w[x] : sums[x] + beta * w[x];
}

// The across step for every output pixel of four interleaved rows, `Count` taps each (0: the
// table's count, at run time), summed from zero in the table's order. A count known when
// compiling unrolls the loop over the taps: with the count read at run time, the loop's own
// bookkeeping was most of the step (callgrind: the photos' 800 px copies 17.4 → 9.9 M
// instructions a call).
template <size_t Count>
void weighAcross(const Taps &taps, const float *rows, int width, size_t stride, float *weighed) {
    const size_t count = Count > 0 ? Count : taps.count;
    for (int x0 = 0; x0 < width; x0 += 4) {
        std::array<cv::v_float32x4, 4> block;
#pragma GCC unroll 4
        for (int i = 0; i < 4; ++i) {
            const size_t first = static_cast<size_t>(x0 + i) * count;
            const int *index = taps.index.data() + first;
            const float *weight = taps.weight.data() + first;
            cv::v_float32x4 sum = cv::v_setzero_f32();
#pragma GCC unroll 4
            for (size_t t = 0; t < count; ++t)
                sum = sum + cv::v_load(rows + index[t]) * cv::v_setall_f32(weight[t]);
            block[static_cast<size_t>(i)] = sum;
        }
        cv::v_float32x4 r0, r1, r2, r3;
        cv::v_transpose4x4(block[0], block[1], block[2], block[3], r0, r1, r2, r3);
        cv::v_store(weighed + static_cast<size_t>(x0), r0);
        cv::v_store(weighed + stride + static_cast<size_t>(x0), r1);
        cv::v_store(weighed + 2 * stride + static_cast<size_t>(x0), r2);
        cv::v_store(weighed + 3 * stride + static_cast<size_t>(x0), r3);
    }
}

// An output row: each sum rounded to nearest (ties to even, as saturate_cast rounds a float)
// and saturated to a byte.
void storeRow(const float *sums, int width, uchar *out) {
    int x = 0;
    for (; x + 8 <= width; x += 8) {
        const cv::v_int16x8 words =
            cv::v_pack(cv::v_round(cv::v_load(sums + x)), cv::v_round(cv::v_load(sums + x + 4)));
        cv::v_pack_u_store(out + x, words);
    }
    for (; x < width; ++x)
        out[x] = cv::saturate_cast<uchar>(sums[x]);
}

} // namespace

cv::Mat areaShrunk(const cv::Mat &grey, double factor) {
    const auto byOpenCv = [&] {
        cv::Mat out;
        if (!grey.empty())
            cv::resize(grey, out, cv::Size(), factor, factor, cv::INTER_AREA);
        return out;
    };
    if (grey.empty() || grey.type() != CV_8UC1 || !(factor > 0.0) || factor >= 1.0)
        return byOpenCv();
    const cv::Size outSize(cv::saturate_cast<int>(grey.cols * factor),
                           cv::saturate_cast<int>(grey.rows * factor));
    // A factor that rounds to the same size is a copy in OpenCV, whatever the factor says.
    if (outSize == grey.size())
        return grey.clone();
    const double cell = 1.0 / factor;
    // A whole-number cell is OpenCV's fast path, with its own (integer) arithmetic.
    const int whole = cv::saturate_cast<int>(cell);
    if (outSize.width <= 0 || outSize.height <= 0 || std::abs(cell - whole) < DBL_EPSILON)
        return byOpenCv();
    cv::Mat out(outSize, CV_8UC1);
    const int width = outSize.width;
    const size_t stride = static_cast<size_t>(width + 3) & ~size_t(3); // whole blocks of four
    const Taps taps = tapsOf(sharesAlong(grey.cols, width, cell), stride);
    const std::vector<Share> down = sharesAlong(grey.rows, outSize.height, cell);

    // Four source rows side by side (pixel x of row r at 4x + r, as floats), the weighed sums
    // of the four rows (one row each after turning them back) and the running column sums.
    std::vector<float> rows(static_cast<size_t>(grey.cols) * 4);
    std::vector<float> weighed(4 * stride);
    std::vector<float> sums(static_cast<size_t>(width), 0.0f);
    // The across step unrolled for the tap count every output pixel has (see weighAcross).
    using Across = void (*)(const Taps &, const float *, int, size_t, float *);
    constexpr std::array<Across, 5> kAcross = {weighAcross<0>, weighAcross<1>, weighAcross<2>,
                                               weighAcross<3>, weighAcross<4>};
    const Across across = kAcross[taps.count < kAcross.size() ? taps.count : 0];
    int current = down.front().out;
    const auto flush = [&](int row) { storeRow(sums.data(), width, out.ptr<uchar>(row)); };
    for (size_t j0 = 0; j0 < down.size(); j0 += 4) {
        const size_t lanes = std::min<size_t>(4, down.size() - j0);
        std::array<const uchar *, 4> in{};
        for (size_t r = 0; r < 4; ++r)
            in[r] = grey.ptr<uchar>(down[j0 + std::min(r, lanes - 1)].in);
        interleaveRows(in, grey.cols, rows.data());
        // Across: each output pixel's shares in order, for the four rows at once; every four
        // output pixels turned into four rows of four.
        across(taps, rows.data(), width, stride, weighed.data());
        // Down: the rows in their order, each added to its output row's sums.
        for (size_t r = 0; r < lanes; ++r) {
            const Share &share = down[j0 + r];
            const float *w = weighed.data() + r * stride;
            const bool fresh = share.out != current;
            if (fresh) {
                flush(current);
                current = share.out;
            }
            addWeighed(sums.data(), w, share.weight, width, fresh);
        }
    }
    flush(current);
    return out;
}

} // namespace ow::vision::scanimage
