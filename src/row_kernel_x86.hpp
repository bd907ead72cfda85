// The operations AVX2 and AVX-512 spell alike but for the register width
// (_mm256_add_epi32, _mm512_add_epi32), stamped once into both kernels' Ops
// (row_kernel_avx2.cpp, row_kernel_avx512.cpp), beside the shared body.
// Include inside their target regions, after <immintrin.h>: once per region,
// so no include guard (the macro's second definition is the same as its first).

#include "row_kernel_simd.hpp"

#define PASCAL_X86_LANE_OPS(bits)                                                                               \
    using V = __m##bits##i;                                                                                     \
    static constexpr int lanes = (bits) / 32;                                                                   \
    static PASCAL_FORCE_INLINE V splat(std::uint32_t x) { return _mm##bits##_set1_epi32(static_cast<int>(x)); } \
    static PASCAL_FORCE_INLINE V add(V a, V b) { return _mm##bits##_add_epi32(a, b); }                          \
    static PASCAL_FORCE_INLINE V sub(V a, V b) { return _mm##bits##_sub_epi32(a, b); }                          \
    static PASCAL_FORCE_INLINE V mul(V a, V b) { return _mm##bits##_mullo_epi32(a, b); }                        \
    static PASCAL_FORCE_INLINE V bit_xor(V a, V b) { return _mm##bits##_xor_si##bits(a, b); }                   \
    static PASCAL_FORCE_INLINE V shift_right(V x, V counts) { return _mm##bits##_srlv_epi32(x, counts); }       \
    static PASCAL_FORCE_INLINE V shift_left(V x, V counts) { return _mm##bits##_sllv_epi32(x, counts); }        \
    /* The lowest set bit of each (non-zero) lane, alone. */                                                    \
    static PASCAL_FORCE_INLINE V lowest_bit(V x) {                                                              \
        return _mm##bits##_and_si##bits(x, _mm##bits##_sub_epi32(_mm##bits##_setzero_si##bits(), x));           \
    }
