// The AVX2 row kernel: the shared body (row_kernel_simd.hpp) over 8 lanes,
// with the instructions AVX2 lacks emulated.
#include "row_kernel.hpp"

#include "compiler.hpp"

#if PASCAL_X86_64
#include <immintrin.h>
#include <cstddef>
#include <cstdint>

PASCAL_TARGET_REGION_BEGIN("avx2")
#define PASCAL_SIMD_ISA avx2
#include "row_kernel_x86.hpp"

namespace pascal::detail {
namespace {

struct Avx2 {
    static PASCAL_FORCE_INLINE __m256i iota() { return _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7); }
    PASCAL_X86_LANE_OPS(256)

    // AVX2 has no lzcnt: the lowest set bit is a power of two, and converting
    // it to float puts its position in the exponent field (2^31 becomes
    // -2^31: same exponent).
    static PASCAL_FORCE_INLINE V trailing_zeros(V x) {
        const V bits = _mm256_castps_si256(_mm256_cvtepi32_ps(lowest_bit(x)));
        return _mm256_sub_epi32(_mm256_and_si256(_mm256_srli_epi32(bits, 23), splat(0xFF)), splat(127));
    }

    // Lanes moved up by S; the S lowest lanes take `fill`. Indices below 0
    // wrap, but those lanes are replaced by the blend.
    template <int S>
    static PASCAL_FORCE_INLINE V shift_up(V x, V fill) {
        const V from = _mm256_setr_epi32(0 - S, 1 - S, 2 - S, 3 - S, 4 - S, 5 - S, 6 - S, 7 - S);
        return _mm256_blend_epi32(_mm256_permutevar8x32_epi32(x, from), fill, (1 << S) - 1);
    }

    // Lane i takes lane index[i] of x.
    static PASCAL_FORCE_INLINE V permute(V x, V index) { return _mm256_permutevar8x32_epi32(x, index); }

    static PASCAL_FORCE_INLINE void store(std::uint32_t* p, V x) { _mm256_storeu_si256(reinterpret_cast<V*>(p), x); }
    // Lanes 0..used-1 only.
    static PASCAL_FORCE_INLINE void store_first(std::uint32_t* p, V x, std::uint32_t used) {
        _mm256_maskstore_epi32(reinterpret_cast<int*>(p), _mm256_cmpgt_epi32(splat(used), iota()), x);
    }
};

}  // namespace

void fill_row_avx2(std::size_t n, std::uint32_t* out) noexcept { avx2::fill_row_simd<Avx2>(n, out); }
void fill_range_avx2(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                     std::uint32_t* out) noexcept {
    avx2::fill_range_simd<Avx2>(m, k0, count, start, out);
}

}  // namespace pascal::detail
#undef PASCAL_SIMD_ISA
PASCAL_TARGET_REGION_END
#endif
