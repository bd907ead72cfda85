// The NEON row kernel (aarch64): the shared body (row_kernel_simd.hpp) over
// 4 lanes. Advanced SIMD is part of every aarch64 Linux CPU, so no target
// region is needed; the dispatcher still asks the kernel (HWCAP_ASIMD).
#include "row_kernel.hpp"

#include "compiler.hpp"

#if PASCAL_AARCH64
#include <arm_neon.h>

#include <cstddef>
#include <cstdint>
#include <cstring>

#define PASCAL_SIMD_ISA neon
#include "row_kernel_simd.hpp"

namespace pascal::detail {
namespace {

struct Neon {
    using V = uint32x4_t;
    static constexpr int lanes = 4;

    static PASCAL_FORCE_INLINE V splat(std::uint32_t x) { return vdupq_n_u32(x); }
    static PASCAL_FORCE_INLINE V iota() {
        static const std::uint32_t lane[4] = {0, 1, 2, 3};
        return vld1q_u32(lane);
    }
    static PASCAL_FORCE_INLINE V add(V a, V b) { return vaddq_u32(a, b); }
    static PASCAL_FORCE_INLINE V sub(V a, V b) { return vsubq_u32(a, b); }
    static PASCAL_FORCE_INLINE V mul(V a, V b) { return vmulq_u32(a, b); }
    static PASCAL_FORCE_INLINE V bit_xor(V a, V b) { return veorq_u32(a, b); }

    // NEON shifts by a signed per-lane count: negative shifts right, and
    // counts of 32 or more give 0, as the body needs.
    static PASCAL_FORCE_INLINE V shift_right(V x, V counts) {
        return vshlq_u32(x, vnegq_s32(vreinterpretq_s32_u32(counts)));
    }
    static PASCAL_FORCE_INLINE V shift_left(V x, V counts) { return vshlq_u32(x, vreinterpretq_s32_u32(counts)); }

    static PASCAL_FORCE_INLINE V trailing_zeros(V x) {
        const V lowest_bit = vandq_u32(x, vsubq_u32(vdupq_n_u32(0), x));
        return vsubq_u32(vdupq_n_u32(31), vclzq_u32(lowest_bit));
    }

    // Lanes moved up by S; the S lowest lanes take `fill`.
    template <int S>
    static PASCAL_FORCE_INLINE V shift_up(V x, V fill) {
        return vextq_u32(fill, x, lanes - S);
    }

    // Lane i takes lane index[i] of x: a byte table lookup, each lane's four
    // bytes at 4 * index .. 4 * index + 3 (little-endian). Indices past the
    // last lane give 0.
    static PASCAL_FORCE_INLINE V permute(V x, V index) {
        const V bytes = vaddq_u32(vmulq_n_u32(index, 0x04040404u), vdupq_n_u32(0x03020100u));
        return vreinterpretq_u32_u8(vqtbl1q_u8(vreinterpretq_u8_u32(x), vreinterpretq_u8_u32(bytes)));
    }

    static PASCAL_FORCE_INLINE void store(std::uint32_t* p, V x) { vst1q_u32(p, x); }
    // Lanes 0..used-1 only: NEON has no masked store.
    static PASCAL_FORCE_INLINE void store_first(std::uint32_t* p, V x, std::uint32_t used) {
        std::uint32_t all[lanes];
        vst1q_u32(all, x);
        std::memcpy(p, all, used * sizeof(std::uint32_t));
    }
};

}  // namespace

void fill_row_neon(std::size_t n, std::uint32_t* out) noexcept { neon::fill_row_simd<Neon>(n, out); }
void fill_range_neon(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                     std::uint32_t* out) noexcept {
    neon::fill_range_simd<Neon>(m, k0, count, start, out);
}

}  // namespace pascal::detail
#undef PASCAL_SIMD_ISA
#endif
