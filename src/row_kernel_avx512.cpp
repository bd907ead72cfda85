// The AVX-512 kernel: 16 entries per step (see row_math.hpp for the maths).
//
// Each entry's factor (m - k + 1) / k is independent of the others, so all 16
// are computed side by side; only the running product of odd parts and the
// running sum of exponents form a chain, done as an in-register prefix scan
// plus one multiply by the previous block's last value.
#include "row_kernel.hpp"

#if defined(__x86_64__)
// GCC 12's AVX-512 intrinsics pass an undefined vector as the unused merge
// operand, which -Wmaybe-uninitialized reports wherever they are inlined
// (GCC bug 105593, fixed in GCC 13). The pragma must precede the header.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ < 13
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <immintrin.h>


#define PASCAL_TARGET __attribute__((target("avx512f,avx512cd")))

namespace pascal::detail {
namespace {

using V = __m512i;
constexpr int lanes = 16;

PASCAL_TARGET inline V splat(std::uint32_t x) { return _mm512_set1_epi32(static_cast<int>(x)); }
PASCAL_TARGET inline V mul(V a, V b) { return _mm512_mullo_epi32(a, b); }

// Number of trailing zero bits of each (non-zero) lane.
PASCAL_TARGET inline V trailing_zeros(V x) {
    const V lowest_bit = _mm512_and_si512(x, _mm512_sub_epi32(_mm512_setzero_si512(), x));
    return _mm512_sub_epi32(splat(31), _mm512_lzcnt_epi32(lowest_bit));
}

// inverse_odd() of row_math.hpp, lane by lane.
PASCAL_TARGET inline V inverse_odd(V a) {
    const V two = splat(2);
    V x = _mm512_xor_si512(mul(a, splat(3)), two);
    x = mul(x, _mm512_sub_epi32(two, mul(a, x)));
    x = mul(x, _mm512_sub_epi32(two, mul(a, x)));
    x = mul(x, _mm512_sub_epi32(two, mul(a, x)));
    return x;
}

// Lanes moved up by S; the S lowest lanes take `fill`.
template <int S>
PASCAL_TARGET inline V shift_up(V x, V fill) {
    return _mm512_alignr_epi32(x, fill, lanes - S);
}

PASCAL_TARGET inline V prefix_product(V x) {
    const V one = splat(1);
    x = mul(x, shift_up<1>(x, one));
    x = mul(x, shift_up<2>(x, one));
    x = mul(x, shift_up<4>(x, one));
    return mul(x, shift_up<8>(x, one));
}

PASCAL_TARGET inline V prefix_sum(V x) {
    const V zero = _mm512_setzero_si512();
    x = _mm512_add_epi32(x, shift_up<1>(x, zero));
    x = _mm512_add_epi32(x, shift_up<2>(x, zero));
    x = _mm512_add_epi32(x, shift_up<4>(x, zero));
    return _mm512_add_epi32(x, shift_up<8>(x, zero));
}

}  // namespace

PASCAL_TARGET void fill_row_avx512(std::size_t n, std::uint32_t* out) noexcept {
    const std::uint64_t m = n - 1;
    if (m > UINT32_MAX) return fill_row_scalar(n, out);  // lanes hold 32-bit k
    out[0] = 1;
    out[m] = 1;

    const V lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    const V reversed = _mm512_setr_epi32(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
    const V last = splat(lanes - 1);
    V odd = splat(1);                // C(m, k - 1) in every lane: odd part
    V exp = _mm512_setzero_si512();  // and exponent
    for (std::uint64_t k = 1; k <= m / 2; k += lanes) {
        const V den = _mm512_add_epi32(splat(static_cast<std::uint32_t>(k)), lane);
        const V num = _mm512_sub_epi32(splat(static_cast<std::uint32_t>(m - k + 1)), lane);
        const V num_twos = trailing_zeros(num);
        const V den_twos = trailing_zeros(den);
        const V factor = mul(_mm512_srlv_epi32(num, num_twos),
                             inverse_odd(_mm512_srlv_epi32(den, den_twos)));
        odd = mul(odd, prefix_product(factor));
        exp = _mm512_add_epi32(exp, prefix_sum(_mm512_sub_epi32(num_twos, den_twos)));
        // Shift counts of 32 or more give 0, exactly the entries 2^32 divides.
        const V entry = _mm512_sllv_epi32(odd, exp);
        const std::uint64_t count = m / 2 - k + 1;
        if (count >= lanes) {
            _mm512_storeu_si512(out + k, entry);
            _mm512_storeu_si512(out + (m - k - (lanes - 1)), _mm512_permutexvar_epi32(reversed, entry));
        } else {
            // The last, partial block: lanes past m/2 hold garbage (the scan
            // only carries it upwards) and are masked out of both stores.
            const auto used = static_cast<std::uint32_t>(count);
            const __mmask16 in_row = _mm512_cmpgt_epi32_mask(splat(used), lane);
            const V mirrored = _mm512_permutexvar_epi32(_mm512_sub_epi32(splat(used - 1), lane), entry);
            _mm512_mask_storeu_epi32(out + k, in_row, entry);
            _mm512_mask_storeu_epi32(out + (m - k - (used - 1)), in_row, mirrored);
        }
        odd = _mm512_permutexvar_epi32(last, odd);
        exp = _mm512_permutexvar_epi32(last, exp);
    }
}

}  // namespace pascal::detail
#endif
