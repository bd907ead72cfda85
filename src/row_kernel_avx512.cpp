// The AVX-512 row kernel: the shared body (row_kernel_simd.hpp) over 16 lanes.
#include "row_kernel.hpp"

#include "compiler.hpp"

#if PASCAL_X86_64
// GCC 12's AVX-512 intrinsics pass an undefined vector as the unused merge
// operand, which -Wmaybe-uninitialized reports wherever they are inlined
// (GCC bug 105593, fixed in GCC 13). The pragma must precede the header;
// push and pop keep it to this file's code in the single-file build.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ < 13
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <immintrin.h>
#include <cstddef>
#include <cstdint>

PASCAL_TARGET_REGION_BEGIN("avx512f,avx512cd")
#define PASCAL_SIMD_ISA avx512
#include "row_kernel_x86.hpp"

namespace pascal::detail {
namespace {

struct Avx512 {
    static PASCAL_FORCE_INLINE __m512i iota() {
        return _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    }
    PASCAL_X86_LANE_OPS(512)

    static PASCAL_FORCE_INLINE V trailing_zeros(V x) {
        return _mm512_sub_epi32(splat(31), _mm512_lzcnt_epi32(lowest_bit(x)));
    }

    // Lanes moved up by S; the S lowest lanes take `fill`.
    template <int S>
    static PASCAL_FORCE_INLINE V shift_up(V x, V fill) {
        return _mm512_alignr_epi32(x, fill, lanes - S);
    }

    // Lane i takes lane index[i] of x.
    static PASCAL_FORCE_INLINE V permute(V x, V index) { return _mm512_permutexvar_epi32(index, x); }

    static PASCAL_FORCE_INLINE void store(std::uint32_t* p, V x) { _mm512_storeu_si512(p, x); }
    // Lanes 0..used-1 only.
    static PASCAL_FORCE_INLINE void store_first(std::uint32_t* p, V x, std::uint32_t used) {
        _mm512_mask_storeu_epi32(p, _mm512_cmpgt_epi32_mask(splat(used), iota()), x);
    }
};

}  // namespace

void fill_row_avx512(std::size_t n, std::uint32_t* out) noexcept { avx512::fill_row_simd<Avx512>(n, out); }
void fill_range_avx512(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                       std::uint32_t* out) noexcept {
    avx512::fill_range_simd<Avx512>(m, k0, count, start, out);
}

}  // namespace pascal::detail
#undef PASCAL_SIMD_ISA
PASCAL_TARGET_REGION_END
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ < 13
#pragma GCC diagnostic pop
#endif
#endif
