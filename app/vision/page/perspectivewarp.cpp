#include "perspectivewarp.h"

#include <opencv2/imgproc.hpp>

#include <emmintrin.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace ow::vision {

namespace {

// OpenCV 4.6's warpPerspective, which this reproduces exactly (tst_perspectivewarp):
// - each output row is cut into blocks of bw0 columns; per block the row's start X0, Y0, W0 is
//   M·(x, y, 1) in doubles, and each pixel's W0 + M6·i, (X0 + M0·i)·(32 / W), rounded to
//   nearest even: source positions in 1/32 pixel (the order of the operations is the rounding);
// - bilinear weights are the products (32 − a)(32 − b), a(32 − b), (32 − a)b, ab times 32 in
//   15 bits, so (Σ w·p + 2^14) >> 15 equals (Σ p·(32 − a)(32 − b)… + 512) >> 10;
// - a pixel whose 2 × 2 neighbourhood leaves the image takes the nearest edge pixel for each
//   neighbour outside (BORDER_REPLICATE), with the same weights.
constexpr int kTabBits = 5;
constexpr int kTab = 1 << kTabBits;
constexpr int kBlockArea = 32 * 32; // OpenCV's BLOCK_SZ squared

std::uint32_t twoBytesAt(const uchar *p) {
    std::uint16_t v = 0;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// One pixel at source position (X, Y) in 1/32 pixel, clamping each neighbour into the image.
template <int Channels> void sampleClamped(const cv::Mat &src, int X, int Y, uchar *out) {
    const int ix = X >> kTabBits, iy = Y >> kTabBits;
    const int a = X & (kTab - 1), b = Y & (kTab - 1);
    const int x0 = std::clamp(ix, 0, src.cols - 1) * Channels;
    const int x1 = std::clamp(ix + 1, 0, src.cols - 1) * Channels;
    const uchar *r0 = src.ptr<uchar>(std::clamp(iy, 0, src.rows - 1));
    const uchar *r1 = src.ptr<uchar>(std::clamp(iy + 1, 0, src.rows - 1));
    for (int c = 0; c < Channels; ++c) {
        const int top = r0[x0 + c] * kTab + (r0[x1 + c] - r0[x0 + c]) * a;
        const int bottom = r1[x0 + c] * kTab + (r1[x1 + c] - r1[x0 + c]) * a;
        out[c] = static_cast<uchar>((top * kTab + (bottom - top) * b + 512) >> 10);
    }
}

// Four grey pixels whose 2 × 2 neighbourhoods all lie inside the image: each pixel's four
// bytes gathered into one lane, then both interpolations as 16-bit multiply-adds.
void sampleFourInside(const cv::Mat &src, __m128i X, __m128i Y, uchar *out) {
    alignas(16) int xs[4];
    alignas(16) int ys[4];
    _mm_store_si128(reinterpret_cast<__m128i *>(xs), _mm_srai_epi32(X, kTabBits));
    _mm_store_si128(reinterpret_cast<__m128i *>(ys), _mm_srai_epi32(Y, kTabBits));
    const size_t step = src.step;
    alignas(16) std::uint32_t quads[4];
    for (int i = 0; i < 4; ++i) {
        const uchar *p = src.data + static_cast<size_t>(ys[i]) * step + xs[i];
        quads[i] = twoBytesAt(p) | (twoBytesAt(p + step) << 16);
    }
    const __m128i zero = _mm_setzero_si128();
    const __m128i pixels = _mm_load_si128(reinterpret_cast<const __m128i *>(quads));
    const __m128i fraction = _mm_set1_epi32(kTab - 1);
    const __m128i whole = _mm_set1_epi32(kTab);
    const __m128i a = _mm_and_si128(X, fraction);
    const __m128i b = _mm_and_si128(Y, fraction);
    // (32 − a, a) and (32 − b, b) as pairs of 16-bit lanes.
    const __m128i across = _mm_or_si128(_mm_sub_epi32(whole, a), _mm_slli_epi32(a, 16));
    const __m128i down = _mm_or_si128(_mm_sub_epi32(whole, b), _mm_slli_epi32(b, 16));
    // Per pixel: (top, bottom) of the first two pixels, then of the last two.
    const __m128i first =
        _mm_madd_epi16(_mm_unpacklo_epi8(pixels, zero), _mm_unpacklo_epi32(across, across));
    const __m128i last =
        _mm_madd_epi16(_mm_unpackhi_epi8(pixels, zero), _mm_unpackhi_epi32(across, across));
    const __m128i sum = _mm_madd_epi16(_mm_packs_epi32(first, last), down);
    const __m128i value = _mm_srai_epi32(_mm_add_epi32(sum, _mm_set1_epi32(512)), 10);
    const int bytes = _mm_cvtsi128_si32(_mm_packus_epi16(_mm_packs_epi32(value, zero), zero));
    std::memcpy(out, &bytes, sizeof bytes);
}

// Source positions of two neighbouring pixels, as OpenCV's SSE4.1 line computes them.
struct RowStart {
    __m128d x0, y0, w0;
};

struct Matrix {
    __m128d m0, m3, m6;
};

void positionsOfTwo(const RowStart &row, const Matrix &m, __m128d columns, __m128i &X, __m128i &Y) {
    const __m128d zero = _mm_setzero_pd();
    const __m128d low = _mm_set1_pd(INT_MIN);
    const __m128d high = _mm_set1_pd(INT_MAX);
    __m128d w = _mm_add_pd(row.w0, _mm_mul_pd(m.m6, columns));
    w = _mm_andnot_pd(_mm_cmpeq_pd(w, zero), _mm_div_pd(_mm_set1_pd(kTab), w));
    const __m128d fx = _mm_mul_pd(_mm_add_pd(row.x0, _mm_mul_pd(m.m0, columns)), w);
    const __m128d fy = _mm_mul_pd(_mm_add_pd(row.y0, _mm_mul_pd(m.m3, columns)), w);
    X = _mm_cvtpd_epi32(_mm_max_pd(low, _mm_min_pd(high, fx)));
    Y = _mm_cvtpd_epi32(_mm_max_pd(low, _mm_min_pd(high, fy)));
}

template <int Channels> void warpRows(const cv::Mat &src, const double *M, cv::Mat &dst) {
    // OpenCV's bw0: the blocks' width, from their height min(BLOCK_SZ / 2, rows).
    const int blockCols = std::min(kBlockArea / std::min(16, dst.rows), dst.cols);
    const Matrix m{_mm_set1_pd(M[0]), _mm_set1_pd(M[3]), _mm_set1_pd(M[6])};
    const __m128i lastX = _mm_set1_epi32(src.cols - 2);
    const __m128i lastY = _mm_set1_epi32(src.rows - 2);
    const __m128i zero = _mm_setzero_si128();
    const __m128d two = _mm_set1_pd(2.0);
    for (int y = 0; y < dst.rows; ++y) {
        uchar *row = dst.ptr<uchar>(y);
        for (int x = 0; x < dst.cols; x += blockCols) {
            const int count = std::min(blockCols, dst.cols - x);
            const double X0 = M[0] * x + M[1] * y + M[2];
            const double Y0 = M[3] * x + M[4] * y + M[5];
            const double W0 = M[6] * x + M[7] * y + M[8];
            const RowStart start{_mm_set1_pd(X0), _mm_set1_pd(Y0), _mm_set1_pd(W0)};
            uchar *out = row + x * Channels;
            int i = 0;
            __m128d columns = _mm_set_pd(1.0, 0.0);
            for (; i + 4 <= count; i += 4, out += 4 * Channels) {
                __m128i xa, ya, xb, yb;
                positionsOfTwo(start, m, columns, xa, ya);
                columns = _mm_add_pd(columns, two);
                positionsOfTwo(start, m, columns, xb, yb);
                columns = _mm_add_pd(columns, two);
                const __m128i X = _mm_unpacklo_epi64(xa, xb);
                const __m128i Y = _mm_unpacklo_epi64(ya, yb);
                const __m128i ix = _mm_srai_epi32(X, kTabBits);
                const __m128i iy = _mm_srai_epi32(Y, kTabBits);
                const __m128i outside = _mm_or_si128(
                    _mm_or_si128(_mm_cmpgt_epi32(ix, lastX), _mm_cmpgt_epi32(zero, ix)),
                    _mm_or_si128(_mm_cmpgt_epi32(iy, lastY), _mm_cmpgt_epi32(zero, iy)));
                if (Channels == 1 && _mm_movemask_epi8(outside) == 0) {
                    sampleFourInside(src, X, Y, out);
                    continue;
                }
                alignas(16) int xs[4];
                alignas(16) int ys[4];
                _mm_store_si128(reinterpret_cast<__m128i *>(xs), X);
                _mm_store_si128(reinterpret_cast<__m128i *>(ys), Y);
                for (int k = 0; k < 4; ++k)
                    sampleClamped<Channels>(src, xs[k], ys[k], out + k * Channels);
            }
            for (; i < count; ++i, out += Channels) {
                double w = W0 + M[6] * i;
                w = w != 0.0 ? kTab / w : 0.0;
                const double fx =
                    std::max(double(INT_MIN), std::min(double(INT_MAX), (X0 + M[0] * i) * w));
                const double fy =
                    std::max(double(INT_MIN), std::min(double(INT_MAX), (Y0 + M[3] * i) * w));
                sampleClamped<Channels>(src, static_cast<int>(std::lrint(fx)),
                                        static_cast<int>(std::lrint(fy)), out);
            }
        }
    }
}

} // namespace

cv::Mat warpPerspectiveLinear(const cv::Mat &src, const cv::Matx33d &srcToDst, cv::Size size) {
    cv::Mat dst;
    const bool ours = (src.type() == CV_8UC1 || src.type() == CV_8UC3) && !src.empty() &&
                      size.width > 0 && size.height > 0 && src.cols < SHRT_MAX &&
                      src.rows < SHRT_MAX;
    if (!ours) {
        cv::warpPerspective(src, dst, srcToDst, size, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        return dst;
    }
    cv::Matx33d inverse;
    cv::invert(srcToDst, inverse); // as OpenCV inverts it (LU, 3 x 3 in closed form)
    const double M[9] = {inverse(0, 0), inverse(0, 1), inverse(0, 2), inverse(1, 0), inverse(1, 1),
                         inverse(1, 2), inverse(2, 0), inverse(2, 1), inverse(2, 2)};
    dst.create(size, src.type());
    if (src.channels() == 1)
        warpRows<1>(src, M, dst);
    else
        warpRows<3>(src, M, dst);
    return dst;
}

} // namespace ow::vision
