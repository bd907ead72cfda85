// The AVX2 kernel: 8 entries per step, the same scheme as the AVX-512 one
// (see row_kernel_avx512.cpp), with the instructions AVX2 lacks emulated.
#include "row_kernel.hpp"

#if defined(__x86_64__)
#include <immintrin.h>


#define PASCAL_TARGET __attribute__((target("avx2")))

namespace pascal::detail {
namespace {

using V = __m256i;
constexpr int lanes = 8;

PASCAL_TARGET inline V splat(std::uint32_t x) { return _mm256_set1_epi32(static_cast<int>(x)); }
PASCAL_TARGET inline V mul(V a, V b) { return _mm256_mullo_epi32(a, b); }

// Number of trailing zero bits of each (non-zero) lane. AVX2 has no lzcnt:
// the lowest set bit is a power of two, and converting it to float puts its
// position in the exponent field (2^31 becomes -2^31: same exponent).
PASCAL_TARGET inline V trailing_zeros(V x) {
    const V lowest_bit = _mm256_and_si256(x, _mm256_sub_epi32(_mm256_setzero_si256(), x));
    const V bits = _mm256_castps_si256(_mm256_cvtepi32_ps(lowest_bit));
    const V biased = _mm256_and_si256(_mm256_srli_epi32(bits, 23), splat(0xFF));
    return _mm256_sub_epi32(biased, splat(127));
}

// inverse_odd() of row_math.hpp, lane by lane.
PASCAL_TARGET inline V inverse_odd(V a) {
    const V two = splat(2);
    V x = _mm256_xor_si256(mul(a, splat(3)), two);
    x = mul(x, _mm256_sub_epi32(two, mul(a, x)));
    x = mul(x, _mm256_sub_epi32(two, mul(a, x)));
    x = mul(x, _mm256_sub_epi32(two, mul(a, x)));
    return x;
}

// Lanes moved up by S; the S lowest lanes take `fill`.
template <int S>
PASCAL_TARGET inline V shift_up(V x, V fill) {
    // Indices below 0 wrap, but those lanes are replaced by the blend.
    const V from = _mm256_setr_epi32(0 - S, 1 - S, 2 - S, 3 - S, 4 - S, 5 - S, 6 - S, 7 - S);
    return _mm256_blend_epi32(_mm256_permutevar8x32_epi32(x, from), fill, (1 << S) - 1);
}

PASCAL_TARGET inline V prefix_product(V x) {
    const V one = splat(1);
    x = mul(x, shift_up<1>(x, one));
    x = mul(x, shift_up<2>(x, one));
    return mul(x, shift_up<4>(x, one));
}

PASCAL_TARGET inline V prefix_sum(V x) {
    const V zero = _mm256_setzero_si256();
    x = _mm256_add_epi32(x, shift_up<1>(x, zero));
    x = _mm256_add_epi32(x, shift_up<2>(x, zero));
    return _mm256_add_epi32(x, shift_up<4>(x, zero));
}

}  // namespace

PASCAL_TARGET void fill_row_avx2(std::size_t n, std::uint32_t* out) noexcept {
    const std::uint64_t m = n - 1;
    if (m > UINT32_MAX) return fill_row_scalar(n, out);  // lanes hold 32-bit k
    out[0] = 1;
    out[m] = 1;

    const V lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    const V reversed = _mm256_setr_epi32(7, 6, 5, 4, 3, 2, 1, 0);
    const V last = splat(lanes - 1);
    V odd = splat(1);                // C(m, k - 1) in every lane: odd part
    V exp = _mm256_setzero_si256();  // and exponent
    for (std::uint64_t k = 1; k <= m / 2; k += lanes) {
        const V den = _mm256_add_epi32(splat(static_cast<std::uint32_t>(k)), lane);
        const V num = _mm256_sub_epi32(splat(static_cast<std::uint32_t>(m - k + 1)), lane);
        const V num_twos = trailing_zeros(num);
        const V den_twos = trailing_zeros(den);
        const V factor = mul(_mm256_srlv_epi32(num, num_twos),
                             inverse_odd(_mm256_srlv_epi32(den, den_twos)));
        odd = mul(odd, prefix_product(factor));
        exp = _mm256_add_epi32(exp, prefix_sum(_mm256_sub_epi32(num_twos, den_twos)));
        // Shift counts of 32 or more give 0, exactly the entries 2^32 divides.
        const V entry = _mm256_sllv_epi32(odd, exp);
        const std::uint64_t count = m / 2 - k + 1;
        if (count >= lanes) {
            _mm256_storeu_si256(reinterpret_cast<V*>(out + k), entry);
            _mm256_storeu_si256(reinterpret_cast<V*>(out + (m - k - (lanes - 1))),
                                _mm256_permutevar8x32_epi32(entry, reversed));
        } else {
            // The last, partial block: lanes past m/2 hold garbage (the scan
            // only carries it upwards) and are masked out of both stores.
            const auto used = static_cast<std::uint32_t>(count);
            const V in_row = _mm256_cmpgt_epi32(splat(used), lane);
            const V mirrored =
                _mm256_permutevar8x32_epi32(entry, _mm256_sub_epi32(splat(used - 1), lane));
            _mm256_maskstore_epi32(reinterpret_cast<int*>(out + k), in_row, entry);
            _mm256_maskstore_epi32(reinterpret_cast<int*>(out + (m - k - (used - 1))), in_row, mirrored);
        }
        odd = _mm256_permutevar8x32_epi32(odd, last);
        exp = _mm256_permutevar8x32_epi32(exp, last);
    }
}

}  // namespace pascal::detail
#endif
