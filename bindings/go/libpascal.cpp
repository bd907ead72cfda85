//go:build !libpascal_system

/* libpascal.cpp: generated from libpascal 1.1.0's src/ by scripts/single_file.py:
 * do not edit. cmake --build <build dir> --target pascal_regenerate rewrites it. */
/**** src/row_kernel_scalar.cpp ****/
// The portable kernel: one entry per step (see row_math.hpp for the maths).
/**** src/row_kernel.hpp ****/
// Row kernels: one portable, and vector ones for x86-64 and aarch64 CPUs that
// have the instructions. All produce bit-identical rows; one is picked per process.
#ifndef PASCAL_SRC_ROW_KERNEL_HPP
#define PASCAL_SRC_ROW_KERNEL_HPP

#include <cstddef>
#include <cstdint>

/**** src/binomial.hpp ****/
// One binomial coefficient C(m, k) mod 2^32 for any 64-bit m, in
// O(log^2 m) steps, without computing the row (the maths: binomial.cpp).
#ifndef PASCAL_SRC_BINOMIAL_HPP
#define PASCAL_SRC_BINOMIAL_HPP

#include <cstdint>

/**** src/row_math.hpp ****/
// The arithmetic every row kernel shares.
//
// Row n holds C(m, k) mod 2^32 for m = n - 1, and
//   C(m, k) = C(m, k-1) * (m - k + 1) / k.
// Division does not exist modulo 2^32 for even numbers, so each factor is
// split into its odd part and its power of two:
//   C(m, k) = odd_k * 2^exp_k,   odd_k odd.
// Odd parts multiply (odd numbers are invertible mod 2^32) and exponents add;
// the entry is odd_k << exp_k, which is 0 once exp_k >= 32. Only the low 32
// bits of the odd parts matter, and the exponent is exact (at most log2(m),
// by Kummer's theorem), so the result equals the wrapping uint32 recurrence.
//
// The row is symmetric: kernels compute entries 1..m/2 and mirror them.
#ifndef PASCAL_SRC_ROW_MATH_HPP
#define PASCAL_SRC_ROW_MATH_HPP

#include <cstdint>

/**** src/compiler.hpp ****/
// Where porting happens: the compiler builtins, target attributes and CPU
// detection the kernels use, and nothing else (zstd's lib/common/compiler.h).
// A build for another architecture or compiler changes this file, not the
// kernels.
#ifndef PASCAL_SRC_COMPILER_HPP
#define PASCAL_SRC_COMPILER_HPP

#if defined(__x86_64__)
#define PASCAL_X86_64 1
#else
#define PASCAL_X86_64 0
#endif

#if defined(__aarch64__) && defined(__linux__)
#define PASCAL_AARCH64 1
#include <sys/auxv.h>
#else
#define PASCAL_AARCH64 0
#endif

// Inlined even where the optimiser would not: a kernel's per-ISA operations
// must vanish into the one body that uses them.
#define PASCAL_FORCE_INLINE inline __attribute__((always_inline))

// Everything defined between BEGIN and END is compiled for `isa` (a string
// such as "avx2"), templates included: a kernel file opens a region, then
// instantiates the shared body there. Nothing from a standard header may be
// included inside a region: its inline functions would be compiled for the
// ISA too and could be picked for every caller.
#define PASCAL_PRAGMA(text) _Pragma(#text)
#if defined(__clang__)
#define PASCAL_TARGET_REGION_BEGIN(isa) \
    PASCAL_PRAGMA(clang attribute push(__attribute__((target(isa))), apply_to = function))
#define PASCAL_TARGET_REGION_END _Pragma("clang attribute pop")
#else
#define PASCAL_TARGET_REGION_BEGIN(isa) _Pragma("GCC push_options") PASCAL_PRAGMA(GCC target(isa))
#define PASCAL_TARGET_REGION_END _Pragma("GCC pop_options")
#endif

// Trailing zero bits of a non-zero 64-bit value.
#define PASCAL_CTZ64(x) __builtin_ctzll(x)

// Leading zero bits of a non-zero 32-bit value.
#define PASCAL_CLZ32(x) __builtin_clz(x)

// Set bits of a 64-bit value.
#define PASCAL_POPCOUNT64(x) __builtin_popcountll(x)

// *out = a * b; true when that overflowed the type of *out.
#define PASCAL_MUL_OVERFLOW(a, b, out) __builtin_mul_overflow(a, b, out)

// A vector of `bytes` bytes of T, with lane-wise arithmetic written as plain
// operators (the triangle kernel's additions).
#define PASCAL_VECTOR_OF(T, bytes) T __attribute__((vector_size(bytes)))

namespace pascal::detail::cpu {

#if PASCAL_X86_64
// The CPU's features, as the compiler's runtime library reads them (cpuid).
inline bool has_avx2() noexcept {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2");
}
inline bool has_avx512() noexcept {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512cd");
}
#endif

#if PASCAL_AARCH64
// Advanced SIMD, as the kernel reports it to the process (HWCAP_ASIMD).
inline bool has_neon() noexcept { return (getauxval(AT_HWCAP) & HWCAP_ASIMD) != 0; }
#endif

}  // namespace pascal::detail::cpu

#endif

namespace pascal::detail {

// Inverse of an odd a modulo 2^32 by Newton's iteration x <- x(2 - ax), which
// doubles the number of correct low bits. (3a) ^ 2 is correct to 5 bits
// (Montgomery), so three steps give 40 >= 32.
constexpr std::uint32_t inverse_odd(std::uint32_t a) noexcept {
    std::uint32_t x = (3u * a) ^ 2u;
    x *= 2u - a * x;
    x *= 2u - a * x;
    x *= 2u - a * x;
    return x;
}
static_assert(inverse_odd(3u) * 3u == 1u);
static_assert(inverse_odd(0xFFFFFFFFu) * 0xFFFFFFFFu == 1u);
static_assert(inverse_odd(2333606221u) * 2333606221u == 1u);

// One step along row m: from C(m, k-1) to C(m, k) = C(m, k-1) * (m - k + 1) / k,
// on its odd part and exponent; any 64-bit m and 1 <= k <= m. The two
// factors multiply first so that the loop-carried chain is a single
// multiplication per entry.
PASCAL_FORCE_INLINE void step_to(std::uint64_t m, std::uint64_t k, std::uint32_t& odd, int& exp) noexcept {
    const std::uint64_t num = m - k + 1;
    const int num_twos = PASCAL_CTZ64(num);
    const int den_twos = PASCAL_CTZ64(k);
    odd *= static_cast<std::uint32_t>(num >> num_twos) * inverse_odd(static_cast<std::uint32_t>(k >> den_twos));
    exp += num_twos - den_twos;
}

// The entry of an odd part and exponent: 0 once 2^32 divides it.
constexpr std::uint32_t entry_from(std::uint32_t odd, int exp) noexcept { return exp < 32 ? odd << exp : 0u; }

}  // namespace pascal::detail

#endif

namespace pascal::detail {

// C(m, k) = odd * 2^exp with odd odd: its odd part mod 2^32, and the exact
// power of two (at most 63).
struct BinomialParts {
    std::uint32_t odd;
    int exp;
};

// The parts of C(m, k), for k <= m.
BinomialParts binomial_parts(std::uint64_t m, std::uint64_t k) noexcept;

// The entry those parts give: odd << exp mod 2^32, so 0 once exp >= 32.
constexpr std::uint32_t entry_of(BinomialParts parts) noexcept { return entry_from(parts.odd, parts.exp); }

}  // namespace pascal::detail

#endif

namespace pascal::detail {

// Writes row n (entries C(n-1, k) mod 2^32, k = 0..n-1) to out[0..n-1].
// n >= 1; out has room for n entries. O(n) time, no allocation.
using FillRow = void (*)(std::size_t n, std::uint32_t* out) noexcept;

// Writes entries k0 .. k0 + count - 1 of row m + 1 (C(m, k) mod 2^32) to
// out[0..count-1], given the parts of the first, C(m, k0). count >= 1 and
// k0 + count - 1 <= m; any 64-bit m. O(count) time, no allocation.
using FillRange = void (*)(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                           std::uint32_t* out) noexcept;

struct RowKernel {
    const char* name;
    bool (*supported)() noexcept;  // can this CPU run it?
    FillRow fill;
    FillRange range;
};

void fill_row_scalar(std::size_t n, std::uint32_t* out) noexcept;
void fill_range_scalar(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                       std::uint32_t* out) noexcept;
#if PASCAL_AARCH64
void fill_row_neon(std::size_t n, std::uint32_t* out) noexcept;
void fill_range_neon(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                     std::uint32_t* out) noexcept;
#endif
#if PASCAL_X86_64
void fill_row_avx2(std::size_t n, std::uint32_t* out) noexcept;
void fill_range_avx2(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                     std::uint32_t* out) noexcept;
void fill_row_avx512(std::size_t n, std::uint32_t* out) noexcept;
void fill_range_avx512(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                       std::uint32_t* out) noexcept;
#endif

// Every kernel built into the library, fastest first; the last is portable.
extern const RowKernel row_kernels[];
extern const std::size_t row_kernel_count;

// The fastest kernel this CPU supports, chosen on first use.
const RowKernel& selected_row_kernel() noexcept;

inline void fill_row(std::size_t n, std::uint32_t* out) noexcept { selected_row_kernel().fill(n, out); }

// Entries k0 .. k0 + count - 1 of row m + 1 (count >= 1, k0 + count - 1 <= m):
// the first from binomial_parts(), O(log^2 m), the rest by the kernel.
inline void fill_range(std::uint64_t m, std::uint64_t k0, std::size_t count, std::uint32_t* out) noexcept {
    selected_row_kernel().range(m, k0, count, binomial_parts(m, k0), out);
}

}  // namespace pascal::detail

#endif

namespace pascal::detail {

void fill_row_scalar(std::size_t n, std::uint32_t* out) noexcept {
    const std::uint64_t m = n - 1;
    out[0] = 1;
    out[m] = 1;

    std::uint32_t odd = 1;  // odd part of C(m, k), mod 2^32
    int exp = 0;            // the power of two in C(m, k)
    for (std::uint64_t k = 1; k <= m / 2; ++k) {
        step_to(m, k, odd, exp);
        const std::uint32_t entry = entry_from(odd, exp);
        out[k] = entry;
        out[m - k] = entry;
    }
}

void fill_range_scalar(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                       std::uint32_t* out) noexcept {
    std::uint32_t odd = start.odd;
    int exp = start.exp;
    out[0] = entry_of(start);
    for (std::size_t i = 1; i < count; ++i) {
        step_to(m, k0 + i, odd, exp);
        out[i] = entry_from(odd, exp);
    }
}

}  // namespace pascal::detail
/**** src/row_kernel_avx2.cpp ****/
// The AVX2 row kernel: the shared body (row_kernel_simd.hpp) over 8 lanes,
// with the instructions AVX2 lacks emulated.


#if PASCAL_X86_64
#include <immintrin.h>
#include <cstddef>
#include <cstdint>

PASCAL_TARGET_REGION_BEGIN("avx2")
#define PASCAL_SIMD_ISA avx2
/**** src/row_kernel_x86.hpp ****/
// The operations AVX2 and AVX-512 spell alike but for the register width
// (_mm256_add_epi32, _mm512_add_epi32), stamped once into both kernels' Ops
// (row_kernel_avx2.cpp, row_kernel_avx512.cpp), beside the shared body.
// Include inside their target regions, after <immintrin.h>: once per region,
// so no include guard (the macro's second definition is the same as its first).

/**** src/row_kernel_simd.hpp ****/
// The vector row kernel, written once (see row_math.hpp for the maths).
//
// Each entry's factor (m - k + 1) / k is independent of the others, so a
// block of `lanes` factors is computed side by side; only the running product
// of odd parts and the running sum of exponents form a chain, done as an
// in-register prefix scan plus one multiply by the previous block's last value.
//
// The body is a template over `Ops`, a struct of a few per-ISA operations
// (splat, arithmetic, per-lane shifts, trailing zeros, lane shifts and
// permutes, full and partial stores). Each kernel file defines its Ops and
// instantiates fill_row_simd<Ops> inside a target region (compiler.hpp), as
// zstd stamps one Huffman body per target: the kernels cannot drift apart.
// Include this header inside that region only, with PASCAL_SIMD_ISA naming
// the namespace of this region's copy (avx2, avx512, neon): the single-file
// build (scripts/single_file.py) has every region in one translation unit,
// where a second copy in the same namespace would be a redefinition.

namespace pascal::detail::PASCAL_SIMD_ISA {
namespace {

// inverse_odd() of row_math.hpp, lane by lane.
template <class Ops>
PASCAL_FORCE_INLINE typename Ops::V inverse_odd_lanes(typename Ops::V a) {
    const auto two = Ops::splat(2);
    auto x = Ops::bit_xor(Ops::mul(a, Ops::splat(3)), two);
    x = Ops::mul(x, Ops::sub(two, Ops::mul(a, x)));
    x = Ops::mul(x, Ops::sub(two, Ops::mul(a, x)));
    x = Ops::mul(x, Ops::sub(two, Ops::mul(a, x)));
    return x;
}

// Lane i becomes combine(lane 0, ..., lane i), in log2(lanes) steps; lanes
// shifted in from below hold `identity`.
template <class Ops, typename Ops::V (*combine)(typename Ops::V, typename Ops::V), int S = 1>
PASCAL_FORCE_INLINE typename Ops::V prefix_scan(typename Ops::V x, typename Ops::V identity) {
    if constexpr (S < Ops::lanes) {
        return prefix_scan<Ops, combine, 2 * S>(combine(x, Ops::template shift_up<S>(x, identity)), identity);
    } else {
        return x;
    }
}

// The odd part (mod 2^32) and the trailing zeros of lanes holding 64-bit
// values whose low halves are `low` (none 0) and whose high halves all equal
// `high`: shifting right by t < 32 brings t bits of the high half down. For a
// 32-bit row (Wide false) the high halves are 0 and skipped.
template <class Ops, bool Wide>
PASCAL_FORCE_INLINE typename Ops::V odd_part(typename Ops::V low, typename Ops::V high, typename Ops::V& twos) {
    twos = Ops::trailing_zeros(low);
    const auto odd = Ops::shift_right(low, twos);
    if constexpr (!Wide) {
        return odd;
    } else {
        // A shift by 32 (for t = 0) gives 0; the bits do not overlap, so xor is or.
        return Ops::bit_xor(odd, Ops::shift_left(high, Ops::sub(Ops::splat(32), twos)));
    }
}

// One block of `lanes` entries: from the odd parts and exponents of
// C(m, k - 1) (in every lane) to those of C(m, k + i), lane i; returns the
// entries. Lane i's factor is (m - k + 1 - i) / (k + i): `num` and `den` are
// the low 32 bits of m - k + 1 and of k, which must not wrap (or reach 0)
// within the block; `num_high` and `den_high` the high halves (Wide only).
template <class Ops, bool Wide = false>
PASCAL_FORCE_INLINE typename Ops::V next_block(std::uint32_t num, std::uint32_t den, typename Ops::V& odd,
                                               typename Ops::V& exp, typename Ops::V num_high = Ops::splat(0),
                                               typename Ops::V den_high = Ops::splat(0)) {
    const auto lane = Ops::iota();
    typename Ops::V num_twos, den_twos;
    const auto num_odd = odd_part<Ops, Wide>(Ops::sub(Ops::splat(num), lane), num_high, num_twos);
    const auto den_odd = odd_part<Ops, Wide>(Ops::add(Ops::splat(den), lane), den_high, den_twos);
    const auto factor = Ops::mul(num_odd, inverse_odd_lanes<Ops>(den_odd));
    odd = Ops::mul(odd, prefix_scan<Ops, Ops::mul>(factor, Ops::splat(1)));
    exp = Ops::add(exp, prefix_scan<Ops, Ops::add>(Ops::sub(num_twos, den_twos), Ops::splat(0)));
    // Shift counts of 32 or more give 0, exactly the entries 2^32 divides.
    return Ops::shift_left(odd, exp);
}

template <class Ops>
PASCAL_FORCE_INLINE void fill_row_simd(std::size_t n, std::uint32_t* out) noexcept {
    using V = typename Ops::V;
    constexpr std::uint32_t lanes = Ops::lanes;
    const std::uint64_t m = n - 1;
    if (m > UINT32_MAX) return fill_row_scalar(n, out);  // lanes hold 32-bit k
    out[0] = 1;
    out[m] = 1;

    const V lane = Ops::iota();
    const V reversed = Ops::sub(Ops::splat(lanes - 1), lane);
    const V last = Ops::splat(lanes - 1);
    V odd = Ops::splat(1);  // C(m, k - 1) in every lane: odd part
    V exp = Ops::splat(0);  // and exponent
    for (std::uint64_t k = 1; k <= m / 2; k += lanes) {
        const V entry = next_block<Ops>(static_cast<std::uint32_t>(m - k + 1), static_cast<std::uint32_t>(k), odd, exp);
        const std::uint64_t count = m / 2 - k + 1;
        if (count >= lanes) {
            Ops::store(out + k, entry);
            Ops::store(out + (m - k - (lanes - 1)), Ops::permute(entry, reversed));
        } else {
            // The last, partial block: lanes past m/2 hold garbage (the scan
            // only carries it upwards) and are left out of both stores.
            const auto used = static_cast<std::uint32_t>(count);
            const V mirrored = Ops::permute(entry, Ops::sub(Ops::splat(used - 1), lane));
            Ops::store_first(out + k, entry, used);
            Ops::store_first(out + (m - k - (used - 1)), mirrored, used);
        }
        odd = Ops::permute(odd, last);
        exp = Ops::permute(exp, last);
    }
}

// The range kernel (row_kernel.hpp's FillRange): the row's blocks from k0 + 1
// on, stored in order, without the mirror. Rows past 2^32 take the wide
// blocks, except a block where the low half of k or of m - k + 1 would wrap
// or reach 0 (one block in 2^32 / lanes), which steps one entry at a time.
template <class Ops>
PASCAL_FORCE_INLINE void fill_range_simd(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                                         std::uint32_t* out) noexcept {
    using V = typename Ops::V;
    constexpr std::uint32_t lanes = Ops::lanes;
    const bool wide = m > UINT32_MAX;
    out[0] = entry_of(start);
    const V last = Ops::splat(lanes - 1);
    V odd = Ops::splat(start.odd);
    V exp = Ops::splat(static_cast<std::uint32_t>(start.exp));
    for (std::size_t i = 1; i < count; i += lanes) {
        const std::uint64_t k = k0 + i, num = m - k + 1;
        const std::size_t used = count - i < lanes ? count - i : lanes;
        V entry;
        if (!wide) {
            entry = next_block<Ops>(static_cast<std::uint32_t>(num), static_cast<std::uint32_t>(k), odd, exp);
        } else if (static_cast<std::uint32_t>(k) != 0 && static_cast<std::uint32_t>(k) <= UINT32_MAX - (lanes - 1) &&
                   static_cast<std::uint32_t>(num) >= lanes) {
            entry = next_block<Ops, true>(static_cast<std::uint32_t>(num), static_cast<std::uint32_t>(k), odd, exp,
                                          Ops::splat(static_cast<std::uint32_t>(num >> 32)),
                                          Ops::splat(static_cast<std::uint32_t>(k >> 32)));
        } else {
            std::uint32_t lane_values[lanes];
            Ops::store(lane_values, odd);
            std::uint32_t odd_now = lane_values[0];
            Ops::store(lane_values, exp);
            int exp_now = static_cast<int>(lane_values[0]);
            for (std::size_t j = 0; j < used; ++j) {
                step_to(m, k + j, odd_now, exp_now);
                out[i + j] = entry_from(odd_now, exp_now);
            }
            odd = Ops::splat(odd_now);
            exp = Ops::splat(static_cast<std::uint32_t>(exp_now));
            continue;
        }
        if (used == lanes) {
            Ops::store(out + i, entry);
        } else {
            Ops::store_first(out + i, entry, static_cast<std::uint32_t>(used));
        }
        odd = Ops::permute(odd, last);
        exp = Ops::permute(exp, last);
    }
}

}  // namespace
}  // namespace pascal::detail::PASCAL_SIMD_ISA

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
/**** src/row_kernel_avx512.cpp ****/
// The AVX-512 row kernel: the shared body (row_kernel_simd.hpp) over 16 lanes.


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
/**** src/row_kernel_x86.hpp ****/
// The operations AVX2 and AVX-512 spell alike but for the register width
// (_mm256_add_epi32, _mm512_add_epi32), stamped once into both kernels' Ops
// (row_kernel_avx2.cpp, row_kernel_avx512.cpp), beside the shared body.
// Include inside their target regions, after <immintrin.h>: once per region,
// so no include guard (the macro's second definition is the same as its first).

/**** src/row_kernel_simd.hpp ****/
// The vector row kernel, written once (see row_math.hpp for the maths).
//
// Each entry's factor (m - k + 1) / k is independent of the others, so a
// block of `lanes` factors is computed side by side; only the running product
// of odd parts and the running sum of exponents form a chain, done as an
// in-register prefix scan plus one multiply by the previous block's last value.
//
// The body is a template over `Ops`, a struct of a few per-ISA operations
// (splat, arithmetic, per-lane shifts, trailing zeros, lane shifts and
// permutes, full and partial stores). Each kernel file defines its Ops and
// instantiates fill_row_simd<Ops> inside a target region (compiler.hpp), as
// zstd stamps one Huffman body per target: the kernels cannot drift apart.
// Include this header inside that region only, with PASCAL_SIMD_ISA naming
// the namespace of this region's copy (avx2, avx512, neon): the single-file
// build (scripts/single_file.py) has every region in one translation unit,
// where a second copy in the same namespace would be a redefinition.

namespace pascal::detail::PASCAL_SIMD_ISA {
namespace {

// inverse_odd() of row_math.hpp, lane by lane.
template <class Ops>
PASCAL_FORCE_INLINE typename Ops::V inverse_odd_lanes(typename Ops::V a) {
    const auto two = Ops::splat(2);
    auto x = Ops::bit_xor(Ops::mul(a, Ops::splat(3)), two);
    x = Ops::mul(x, Ops::sub(two, Ops::mul(a, x)));
    x = Ops::mul(x, Ops::sub(two, Ops::mul(a, x)));
    x = Ops::mul(x, Ops::sub(two, Ops::mul(a, x)));
    return x;
}

// Lane i becomes combine(lane 0, ..., lane i), in log2(lanes) steps; lanes
// shifted in from below hold `identity`.
template <class Ops, typename Ops::V (*combine)(typename Ops::V, typename Ops::V), int S = 1>
PASCAL_FORCE_INLINE typename Ops::V prefix_scan(typename Ops::V x, typename Ops::V identity) {
    if constexpr (S < Ops::lanes) {
        return prefix_scan<Ops, combine, 2 * S>(combine(x, Ops::template shift_up<S>(x, identity)), identity);
    } else {
        return x;
    }
}

// The odd part (mod 2^32) and the trailing zeros of lanes holding 64-bit
// values whose low halves are `low` (none 0) and whose high halves all equal
// `high`: shifting right by t < 32 brings t bits of the high half down. For a
// 32-bit row (Wide false) the high halves are 0 and skipped.
template <class Ops, bool Wide>
PASCAL_FORCE_INLINE typename Ops::V odd_part(typename Ops::V low, typename Ops::V high, typename Ops::V& twos) {
    twos = Ops::trailing_zeros(low);
    const auto odd = Ops::shift_right(low, twos);
    if constexpr (!Wide) {
        return odd;
    } else {
        // A shift by 32 (for t = 0) gives 0; the bits do not overlap, so xor is or.
        return Ops::bit_xor(odd, Ops::shift_left(high, Ops::sub(Ops::splat(32), twos)));
    }
}

// One block of `lanes` entries: from the odd parts and exponents of
// C(m, k - 1) (in every lane) to those of C(m, k + i), lane i; returns the
// entries. Lane i's factor is (m - k + 1 - i) / (k + i): `num` and `den` are
// the low 32 bits of m - k + 1 and of k, which must not wrap (or reach 0)
// within the block; `num_high` and `den_high` the high halves (Wide only).
template <class Ops, bool Wide = false>
PASCAL_FORCE_INLINE typename Ops::V next_block(std::uint32_t num, std::uint32_t den, typename Ops::V& odd,
                                               typename Ops::V& exp, typename Ops::V num_high = Ops::splat(0),
                                               typename Ops::V den_high = Ops::splat(0)) {
    const auto lane = Ops::iota();
    typename Ops::V num_twos, den_twos;
    const auto num_odd = odd_part<Ops, Wide>(Ops::sub(Ops::splat(num), lane), num_high, num_twos);
    const auto den_odd = odd_part<Ops, Wide>(Ops::add(Ops::splat(den), lane), den_high, den_twos);
    const auto factor = Ops::mul(num_odd, inverse_odd_lanes<Ops>(den_odd));
    odd = Ops::mul(odd, prefix_scan<Ops, Ops::mul>(factor, Ops::splat(1)));
    exp = Ops::add(exp, prefix_scan<Ops, Ops::add>(Ops::sub(num_twos, den_twos), Ops::splat(0)));
    // Shift counts of 32 or more give 0, exactly the entries 2^32 divides.
    return Ops::shift_left(odd, exp);
}

template <class Ops>
PASCAL_FORCE_INLINE void fill_row_simd(std::size_t n, std::uint32_t* out) noexcept {
    using V = typename Ops::V;
    constexpr std::uint32_t lanes = Ops::lanes;
    const std::uint64_t m = n - 1;
    if (m > UINT32_MAX) return fill_row_scalar(n, out);  // lanes hold 32-bit k
    out[0] = 1;
    out[m] = 1;

    const V lane = Ops::iota();
    const V reversed = Ops::sub(Ops::splat(lanes - 1), lane);
    const V last = Ops::splat(lanes - 1);
    V odd = Ops::splat(1);  // C(m, k - 1) in every lane: odd part
    V exp = Ops::splat(0);  // and exponent
    for (std::uint64_t k = 1; k <= m / 2; k += lanes) {
        const V entry = next_block<Ops>(static_cast<std::uint32_t>(m - k + 1), static_cast<std::uint32_t>(k), odd, exp);
        const std::uint64_t count = m / 2 - k + 1;
        if (count >= lanes) {
            Ops::store(out + k, entry);
            Ops::store(out + (m - k - (lanes - 1)), Ops::permute(entry, reversed));
        } else {
            // The last, partial block: lanes past m/2 hold garbage (the scan
            // only carries it upwards) and are left out of both stores.
            const auto used = static_cast<std::uint32_t>(count);
            const V mirrored = Ops::permute(entry, Ops::sub(Ops::splat(used - 1), lane));
            Ops::store_first(out + k, entry, used);
            Ops::store_first(out + (m - k - (used - 1)), mirrored, used);
        }
        odd = Ops::permute(odd, last);
        exp = Ops::permute(exp, last);
    }
}

// The range kernel (row_kernel.hpp's FillRange): the row's blocks from k0 + 1
// on, stored in order, without the mirror. Rows past 2^32 take the wide
// blocks, except a block where the low half of k or of m - k + 1 would wrap
// or reach 0 (one block in 2^32 / lanes), which steps one entry at a time.
template <class Ops>
PASCAL_FORCE_INLINE void fill_range_simd(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                                         std::uint32_t* out) noexcept {
    using V = typename Ops::V;
    constexpr std::uint32_t lanes = Ops::lanes;
    const bool wide = m > UINT32_MAX;
    out[0] = entry_of(start);
    const V last = Ops::splat(lanes - 1);
    V odd = Ops::splat(start.odd);
    V exp = Ops::splat(static_cast<std::uint32_t>(start.exp));
    for (std::size_t i = 1; i < count; i += lanes) {
        const std::uint64_t k = k0 + i, num = m - k + 1;
        const std::size_t used = count - i < lanes ? count - i : lanes;
        V entry;
        if (!wide) {
            entry = next_block<Ops>(static_cast<std::uint32_t>(num), static_cast<std::uint32_t>(k), odd, exp);
        } else if (static_cast<std::uint32_t>(k) != 0 && static_cast<std::uint32_t>(k) <= UINT32_MAX - (lanes - 1) &&
                   static_cast<std::uint32_t>(num) >= lanes) {
            entry = next_block<Ops, true>(static_cast<std::uint32_t>(num), static_cast<std::uint32_t>(k), odd, exp,
                                          Ops::splat(static_cast<std::uint32_t>(num >> 32)),
                                          Ops::splat(static_cast<std::uint32_t>(k >> 32)));
        } else {
            std::uint32_t lane_values[lanes];
            Ops::store(lane_values, odd);
            std::uint32_t odd_now = lane_values[0];
            Ops::store(lane_values, exp);
            int exp_now = static_cast<int>(lane_values[0]);
            for (std::size_t j = 0; j < used; ++j) {
                step_to(m, k + j, odd_now, exp_now);
                out[i + j] = entry_from(odd_now, exp_now);
            }
            odd = Ops::splat(odd_now);
            exp = Ops::splat(static_cast<std::uint32_t>(exp_now));
            continue;
        }
        if (used == lanes) {
            Ops::store(out + i, entry);
        } else {
            Ops::store_first(out + i, entry, static_cast<std::uint32_t>(used));
        }
        odd = Ops::permute(odd, last);
        exp = Ops::permute(exp, last);
    }
}

}  // namespace
}  // namespace pascal::detail::PASCAL_SIMD_ISA

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
/**** src/row_kernel_neon.cpp ****/
// The NEON row kernel (aarch64): the shared body (row_kernel_simd.hpp) over
// 4 lanes. Advanced SIMD is part of every aarch64 Linux CPU, so no target
// region is needed; the dispatcher still asks the kernel (HWCAP_ASIMD).


#if PASCAL_AARCH64
#include <arm_neon.h>

#include <cstddef>
#include <cstdint>
#include <cstring>

#define PASCAL_SIMD_ISA neon
/**** src/row_kernel_simd.hpp ****/
// The vector row kernel, written once (see row_math.hpp for the maths).
//
// Each entry's factor (m - k + 1) / k is independent of the others, so a
// block of `lanes` factors is computed side by side; only the running product
// of odd parts and the running sum of exponents form a chain, done as an
// in-register prefix scan plus one multiply by the previous block's last value.
//
// The body is a template over `Ops`, a struct of a few per-ISA operations
// (splat, arithmetic, per-lane shifts, trailing zeros, lane shifts and
// permutes, full and partial stores). Each kernel file defines its Ops and
// instantiates fill_row_simd<Ops> inside a target region (compiler.hpp), as
// zstd stamps one Huffman body per target: the kernels cannot drift apart.
// Include this header inside that region only, with PASCAL_SIMD_ISA naming
// the namespace of this region's copy (avx2, avx512, neon): the single-file
// build (scripts/single_file.py) has every region in one translation unit,
// where a second copy in the same namespace would be a redefinition.

namespace pascal::detail::PASCAL_SIMD_ISA {
namespace {

// inverse_odd() of row_math.hpp, lane by lane.
template <class Ops>
PASCAL_FORCE_INLINE typename Ops::V inverse_odd_lanes(typename Ops::V a) {
    const auto two = Ops::splat(2);
    auto x = Ops::bit_xor(Ops::mul(a, Ops::splat(3)), two);
    x = Ops::mul(x, Ops::sub(two, Ops::mul(a, x)));
    x = Ops::mul(x, Ops::sub(two, Ops::mul(a, x)));
    x = Ops::mul(x, Ops::sub(two, Ops::mul(a, x)));
    return x;
}

// Lane i becomes combine(lane 0, ..., lane i), in log2(lanes) steps; lanes
// shifted in from below hold `identity`.
template <class Ops, typename Ops::V (*combine)(typename Ops::V, typename Ops::V), int S = 1>
PASCAL_FORCE_INLINE typename Ops::V prefix_scan(typename Ops::V x, typename Ops::V identity) {
    if constexpr (S < Ops::lanes) {
        return prefix_scan<Ops, combine, 2 * S>(combine(x, Ops::template shift_up<S>(x, identity)), identity);
    } else {
        return x;
    }
}

// The odd part (mod 2^32) and the trailing zeros of lanes holding 64-bit
// values whose low halves are `low` (none 0) and whose high halves all equal
// `high`: shifting right by t < 32 brings t bits of the high half down. For a
// 32-bit row (Wide false) the high halves are 0 and skipped.
template <class Ops, bool Wide>
PASCAL_FORCE_INLINE typename Ops::V odd_part(typename Ops::V low, typename Ops::V high, typename Ops::V& twos) {
    twos = Ops::trailing_zeros(low);
    const auto odd = Ops::shift_right(low, twos);
    if constexpr (!Wide) {
        return odd;
    } else {
        // A shift by 32 (for t = 0) gives 0; the bits do not overlap, so xor is or.
        return Ops::bit_xor(odd, Ops::shift_left(high, Ops::sub(Ops::splat(32), twos)));
    }
}

// One block of `lanes` entries: from the odd parts and exponents of
// C(m, k - 1) (in every lane) to those of C(m, k + i), lane i; returns the
// entries. Lane i's factor is (m - k + 1 - i) / (k + i): `num` and `den` are
// the low 32 bits of m - k + 1 and of k, which must not wrap (or reach 0)
// within the block; `num_high` and `den_high` the high halves (Wide only).
template <class Ops, bool Wide = false>
PASCAL_FORCE_INLINE typename Ops::V next_block(std::uint32_t num, std::uint32_t den, typename Ops::V& odd,
                                               typename Ops::V& exp, typename Ops::V num_high = Ops::splat(0),
                                               typename Ops::V den_high = Ops::splat(0)) {
    const auto lane = Ops::iota();
    typename Ops::V num_twos, den_twos;
    const auto num_odd = odd_part<Ops, Wide>(Ops::sub(Ops::splat(num), lane), num_high, num_twos);
    const auto den_odd = odd_part<Ops, Wide>(Ops::add(Ops::splat(den), lane), den_high, den_twos);
    const auto factor = Ops::mul(num_odd, inverse_odd_lanes<Ops>(den_odd));
    odd = Ops::mul(odd, prefix_scan<Ops, Ops::mul>(factor, Ops::splat(1)));
    exp = Ops::add(exp, prefix_scan<Ops, Ops::add>(Ops::sub(num_twos, den_twos), Ops::splat(0)));
    // Shift counts of 32 or more give 0, exactly the entries 2^32 divides.
    return Ops::shift_left(odd, exp);
}

template <class Ops>
PASCAL_FORCE_INLINE void fill_row_simd(std::size_t n, std::uint32_t* out) noexcept {
    using V = typename Ops::V;
    constexpr std::uint32_t lanes = Ops::lanes;
    const std::uint64_t m = n - 1;
    if (m > UINT32_MAX) return fill_row_scalar(n, out);  // lanes hold 32-bit k
    out[0] = 1;
    out[m] = 1;

    const V lane = Ops::iota();
    const V reversed = Ops::sub(Ops::splat(lanes - 1), lane);
    const V last = Ops::splat(lanes - 1);
    V odd = Ops::splat(1);  // C(m, k - 1) in every lane: odd part
    V exp = Ops::splat(0);  // and exponent
    for (std::uint64_t k = 1; k <= m / 2; k += lanes) {
        const V entry = next_block<Ops>(static_cast<std::uint32_t>(m - k + 1), static_cast<std::uint32_t>(k), odd, exp);
        const std::uint64_t count = m / 2 - k + 1;
        if (count >= lanes) {
            Ops::store(out + k, entry);
            Ops::store(out + (m - k - (lanes - 1)), Ops::permute(entry, reversed));
        } else {
            // The last, partial block: lanes past m/2 hold garbage (the scan
            // only carries it upwards) and are left out of both stores.
            const auto used = static_cast<std::uint32_t>(count);
            const V mirrored = Ops::permute(entry, Ops::sub(Ops::splat(used - 1), lane));
            Ops::store_first(out + k, entry, used);
            Ops::store_first(out + (m - k - (used - 1)), mirrored, used);
        }
        odd = Ops::permute(odd, last);
        exp = Ops::permute(exp, last);
    }
}

// The range kernel (row_kernel.hpp's FillRange): the row's blocks from k0 + 1
// on, stored in order, without the mirror. Rows past 2^32 take the wide
// blocks, except a block where the low half of k or of m - k + 1 would wrap
// or reach 0 (one block in 2^32 / lanes), which steps one entry at a time.
template <class Ops>
PASCAL_FORCE_INLINE void fill_range_simd(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                                         std::uint32_t* out) noexcept {
    using V = typename Ops::V;
    constexpr std::uint32_t lanes = Ops::lanes;
    const bool wide = m > UINT32_MAX;
    out[0] = entry_of(start);
    const V last = Ops::splat(lanes - 1);
    V odd = Ops::splat(start.odd);
    V exp = Ops::splat(static_cast<std::uint32_t>(start.exp));
    for (std::size_t i = 1; i < count; i += lanes) {
        const std::uint64_t k = k0 + i, num = m - k + 1;
        const std::size_t used = count - i < lanes ? count - i : lanes;
        V entry;
        if (!wide) {
            entry = next_block<Ops>(static_cast<std::uint32_t>(num), static_cast<std::uint32_t>(k), odd, exp);
        } else if (static_cast<std::uint32_t>(k) != 0 && static_cast<std::uint32_t>(k) <= UINT32_MAX - (lanes - 1) &&
                   static_cast<std::uint32_t>(num) >= lanes) {
            entry = next_block<Ops, true>(static_cast<std::uint32_t>(num), static_cast<std::uint32_t>(k), odd, exp,
                                          Ops::splat(static_cast<std::uint32_t>(num >> 32)),
                                          Ops::splat(static_cast<std::uint32_t>(k >> 32)));
        } else {
            std::uint32_t lane_values[lanes];
            Ops::store(lane_values, odd);
            std::uint32_t odd_now = lane_values[0];
            Ops::store(lane_values, exp);
            int exp_now = static_cast<int>(lane_values[0]);
            for (std::size_t j = 0; j < used; ++j) {
                step_to(m, k + j, odd_now, exp_now);
                out[i + j] = entry_from(odd_now, exp_now);
            }
            odd = Ops::splat(odd_now);
            exp = Ops::splat(static_cast<std::uint32_t>(exp_now));
            continue;
        }
        if (used == lanes) {
            Ops::store(out + i, entry);
        } else {
            Ops::store_first(out + i, entry, static_cast<std::uint32_t>(used));
        }
        odd = Ops::permute(odd, last);
        exp = Ops::permute(exp, last);
    }
}

}  // namespace
}  // namespace pascal::detail::PASCAL_SIMD_ISA

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
/**** src/row_kernel_dispatch.cpp ****/
// Picks the fastest kernel the CPU supports, once per process.


namespace pascal::detail {
namespace {

bool always() noexcept { return true; }

}  // namespace

const RowKernel row_kernels[] = {
#if PASCAL_X86_64
    {"avx512", cpu::has_avx512, fill_row_avx512, fill_range_avx512},
    {"avx2", cpu::has_avx2, fill_row_avx2, fill_range_avx2},
#endif
#if PASCAL_AARCH64
    {"neon", cpu::has_neon, fill_row_neon, fill_range_neon},
#endif
    {"scalar", always, fill_row_scalar, fill_range_scalar},
};
const std::size_t row_kernel_count = sizeof row_kernels / sizeof row_kernels[0];

const RowKernel& selected_row_kernel() noexcept {
    // A function-local static is initialised once, thread-safely, and never
    // changes afterwards: the library still has no mutable global state.
    static const RowKernel& selected = []() -> const RowKernel& {
        for (std::size_t i = 0; i < row_kernel_count; ++i)
            if (row_kernels[i].supported()) return row_kernels[i];
        return row_kernels[row_kernel_count - 1];
    }();
    return selected;
}

}  // namespace pascal::detail
/**** src/binomial.cpp ****/
// C(m, k) mod 2^32 for any m < 2^64 in O(log^2 m), after Kummer and Granville
// ("Binomial coefficients modulo prime powers", 1997).
//
// Split C(m, k) = m! / (k! (m-k)!) into its power of two and its odd part.
// - The power of two is the number of carries when k and m - k are added in
//   base 2 (Kummer): popcount(k) + popcount(m - k) - popcount(m).
// - The odd part is F(m) / (F(k) F(m-k)) mod 2^32, where F(x) is the product
//   of the odd parts of 1..x. Odd numbers are invertible mod 2^32, so the
//   quotient is two inverses and two products. Taking the factors of two
//   out of x! level by level,
//       F(x) = prod_{j >= 0} G(floor(x / 2^j) + 1),
//   where G(R) is the product of the odd numbers below R.
// - G(R) mod 2^32 depends only on R mod 2^32: the odd residues repeat with
//   period 2^32, and the product of all of them is 1 mod 2^32 (the product
//   of the elements of the group (Z/2^32)* is that of its three elements of
//   order 2, -1 and 2^31 +- 1, which is 1).
// - G(R) for R <= 2^32 is a product over R's set bits: for bit b, the 2^(b-1)
//   odd numbers of a block [a, a + 2^b) with a a multiple of 2^b (the sum of
//   R's higher bits). That product is a polynomial in a,
//       P_b(a) = prod_{t < 2^(b-1)} (a + 2t + 1),
//   and since 2^b divides a, a^j vanishes mod 2^32 once j*b >= 32: only
//   degrees up to floor(31 / b) matter (Granville's polynomials, here for
//   p = 2, e = 32). The truncated P_b are computed at compile time from
//   P_1(a) = a + 1 and P_(b+1)(a) = P_b(a) * P_b(a + 2^b); static_asserts
//   below pin the first and the last, and the unit and Python oracle tests
//   check the entries they give against independent computations.
// So one F is at most 64 values of G, one G at most 31 short polynomials
// (only those below R's top bit).

#include <array>
#include <cstddef>
#include <utility>


namespace pascal::detail {
namespace {

constexpr int max_bits = 32;
constexpr int max_terms = 32;  // P_1 and P_2 are exact; from P_4 on, truncated

// Degree kept for blocks of 2^b: the terms with a^j, j * b < 32, or the
// polynomial's own degree 2^(b-1) if that is lower.
constexpr int degree(int b) noexcept {
    const int kept = 31 / b;
    const std::int64_t exact = std::int64_t{1} << (b - 1);  // 2^31 for b = 32: not a 32-bit long
    return exact < kept ? static_cast<int>(exact) : kept;
}

struct Poly {
    std::array<std::uint32_t, max_terms> c{};  // c[j] multiplies a^j, mod 2^32
    int degree = 0;
};

constexpr std::uint32_t binomial_small(int j, int i) noexcept {  // C(j, i), j < 32: fits
    std::uint64_t result = 1;
    for (int t = 0; t < i; ++t)
        result = result * static_cast<std::uint64_t>(j - t) / static_cast<std::uint64_t>(t + 1);
    return static_cast<std::uint32_t>(result);
}

// p(a + shift) as a polynomial in a (Taylor shift), same degree.
constexpr Poly shifted(const Poly& p, std::uint32_t shift) noexcept {
    Poly q;
    q.degree = p.degree;
    for (int i = 0; i <= p.degree; ++i) {
        std::uint32_t sum = 0, power = 1;  // shift^(j - i)
        for (int j = i; j <= p.degree; ++j) {
            sum += p.c[static_cast<std::size_t>(j)] * binomial_small(j, i) * power;
            power *= shift;
        }
        q.c[static_cast<std::size_t>(i)] = sum;
    }
    return q;
}

// p * q, cut to `keep` degrees.
constexpr Poly times(const Poly& p, const Poly& q, int keep) noexcept {
    Poly r;
    r.degree = keep;
    for (int i = 0; i <= p.degree; ++i)
        for (int j = 0; j <= q.degree && i + j <= keep; ++j)
            r.c[static_cast<std::size_t>(i + j)] += p.c[static_cast<std::size_t>(i)] * q.c[static_cast<std::size_t>(j)];
    return r;
}

// blocks[b] = P_b truncated, b = 1..32.
constexpr std::array<Poly, max_bits + 1> make_blocks() noexcept {
    std::array<Poly, max_bits + 1> blocks{};
    blocks[1].c[0] = 1;
    blocks[1].c[1] = 1;
    blocks[1].degree = 1;
    for (int b = 1; b < max_bits; ++b) {
        const Poly& p = blocks[static_cast<std::size_t>(b)];
        blocks[static_cast<std::size_t>(b + 1)] = times(p, shifted(p, std::uint32_t{1} << b), degree(b + 1));
    }
    return blocks;
}

constexpr std::array<Poly, max_bits + 1> blocks = make_blocks();
static_assert(blocks[2].c[0] == 3 && blocks[2].c[1] == 4 && blocks[2].c[2] == 1, "(a + 1)(a + 3)");
static_assert(blocks[32].degree == 0 && blocks[32].c[0] == 1, "all odd residues mod 2^32 multiply to 1");

// Block b's factor of G(R): P_b(a) if R has bit b, else 1; then a moves
// past the block. Unrolled per b (its degree is a constant) and branch-free:
// R's bits are as good as random, and a mispredicted branch per bit cost
// more than evaluating the polynomial.
template <int b>
PASCAL_FORCE_INLINE std::uint32_t block_factor(std::uint32_t bits, std::uint32_t& a) noexcept {
    constexpr const Poly& p = blocks[b];
    std::uint32_t value = p.c[static_cast<std::size_t>(p.degree)];  // Horner
    for (int j = p.degree - 1; j >= 0; --j)
        value = value * a + p.c[static_cast<std::size_t>(j)];
    const std::uint32_t bit = bits & (std::uint32_t{1} << b);
    a += bit;
    return bit != 0 ? value : 1u;
}

// G(R) for R < 2^(top + 1): the blocks top, top - 1, ..., 1, highest first
// (each block starts where the higher ones end).
template <int top, int... i>
std::uint32_t blocks_from(std::uint32_t bits, std::integer_sequence<int, i...>) noexcept {
    std::uint32_t a = 0;  // start of the next block: R's higher bits
    std::uint32_t product = 1;
    ((product *= block_factor<top - i>(bits, a)), ...);
    return product;  // bit 0: the block [a, a + 1) holds a, which is even
}

using OddProduct = std::uint32_t (*)(std::uint32_t bits) noexcept;

template <int top>
std::uint32_t odd_product_to(std::uint32_t bits) noexcept {
    if constexpr (top == 0) {
        return 1;
    } else {
        return blocks_from<top>(bits, std::make_integer_sequence<int, top>{});
    }
}

// One entry per top bit, so small R evaluate only the blocks they have.
template <int... top>
constexpr std::array<OddProduct, sizeof...(top)> odd_products(std::integer_sequence<int, top...>) noexcept {
    return {odd_product_to<top>...};
}
constexpr auto odd_product_by_top_bit = odd_products(std::make_integer_sequence<int, max_bits>{});

// G(R): the product of the odd numbers below R, mod 2^32. Only R mod 2^32
// matters (2^32 consecutive odd numbers multiply to 1).
PASCAL_FORCE_INLINE std::uint32_t odd_product_below(std::uint64_t r) noexcept {
    const auto bits = static_cast<std::uint32_t>(r);
    if (bits < 2) return 1;
    return odd_product_by_top_bit[static_cast<std::size_t>(31 - PASCAL_CLZ32(bits))](bits);
}

}  // namespace

// F(m), F(k) and F(m - k) side by side: three independent chains of
// multiplications that the CPU overlaps.
BinomialParts binomial_parts(std::uint64_t m, std::uint64_t k) noexcept {
    const std::uint64_t rest = m - k;
    const int exp = PASCAL_POPCOUNT64(k) + PASCAL_POPCOUNT64(rest) - PASCAL_POPCOUNT64(m);
    std::uint32_t top = 1, left = 1, right = 1;
    for (int j = 0; j < 64 && (m >> j) != 0; ++j) {
        top *= odd_product_below((m >> j) + 1);
        left *= odd_product_below((k >> j) + 1);
        right *= odd_product_below((rest >> j) + 1);
    }
    return BinomialParts{top * inverse_odd(left) * inverse_odd(right), exp};
}

}  // namespace pascal::detail
/**** src/triangle_kernel.cpp ****/
// A triangle is built by Pascal's rule, row r+1 [k] = row r [k-1] + row r [k]:
// one addition per entry, cheaper than the row kernel's multiplications, and
// every row after the first is read from the cache line just written.
/**** src/triangle_kernel.hpp ****/
// Many consecutive rows at once.
#ifndef PASCAL_SRC_TRIANGLE_KERNEL_HPP
#define PASCAL_SRC_TRIANGLE_KERNEL_HPP

#include <cstddef>
#include <cstdint>

namespace pascal::detail {

// Writes rows 1..rows one after another to out (rows * (rows + 1) / 2
// entries). rows >= 1.
void fill_triangle(std::size_t rows, std::uint32_t* out) noexcept;

}  // namespace pascal::detail

#endif

#include <cstring>


namespace pascal::detail {
namespace {

// Four lanes with wrapping addition, as GCC and Clang vector extensions: SSE2
// on any x86-64, NEON on arm64, plain code elsewhere.
using Lanes = PASCAL_VECTOR_OF(std::uint32_t, 16);
constexpr std::size_t lanes = sizeof(Lanes) / sizeof(std::uint32_t);

// next[0..r] from prev[0..r-1] (row r to row r + 1).
void next_row(const std::uint32_t* prev, std::size_t r, std::uint32_t* next) noexcept {
    next[0] = 1;
    std::size_t k = 1;
    for (; k + lanes <= r; k += lanes) {
        // Unaligned loads and store through memcpy. No function takes or
        // returns a Lanes: where vectors are not native (i686 without SSE),
        // that would change the calling convention (-Wpsabi).
        Lanes left, right;
        std::memcpy(&left, prev + k - 1, sizeof left);
        std::memcpy(&right, prev + k, sizeof right);
        const Lanes sum = left + right;
        std::memcpy(next + k, &sum, sizeof sum);
    }
    for (; k < r; ++k)
        next[k] = prev[k - 1] + prev[k];
    next[r] = 1;
}

}  // namespace

void fill_triangle(std::size_t rows, std::uint32_t* out) noexcept {
    out[0] = 1;
    std::uint32_t* row = out;
    for (std::size_t r = 1; r < rows; ++r) {
        next_row(row, r, row + r);
        row += r;
    }
}

}  // namespace pascal::detail
/**** src/pascal.cpp ****/
// The extern "C" boundary: argument checks, allocation and errno. Nothing
// here throws: memory comes from malloc or mmap (array_memory.cpp), whose
// failure is a NULL, and the kernels touch only the caller's array. Every function is noexcept all the
// way down, so no C++ exception can ever reach a C caller.
#include "libpascal.h"

#include <cerrno>
#include <cstdint>

/**** src/array_memory.hpp ****/
// Memory for the arrays the library hands to callers (pascal_row,
// pascal_triangle and their _alloc twins), freed by deallocate_vec().

#include <cstddef>
#include <cstdint>

namespace pascal::detail {

// A new array of `entries` uint32_t, or nullptr if it cannot be had.
// entries * 4 must fit in a ptrdiff_t (the caller checks). errno is left as
// it was, whatever happens inside.
std::uint32_t* allocate_array(std::size_t entries) noexcept;

// Frees an array allocate_array(entries) returned; nullptr does nothing.
// `entries` must be the count it was allocated with: large arrays are
// unmapped by size.
void free_array(std::uint32_t* data, std::size_t entries) noexcept;

}  // namespace pascal::detail

namespace {

// No object may be larger than PTRDIFF_MAX bytes (glibc's malloc refuses
// more), so larger rows fail here without asking the allocator.
constexpr std::size_t max_entries = PTRDIFF_MAX / sizeof(std::uint32_t);

// rows * (rows + 1) / 2, or false if it does not fit in size_t.
bool triangle_entries(std::size_t rows, std::size_t* entries) noexcept {
    // One of rows, rows + 1 is even: halve that one before multiplying (for
    // odd rows, (rows + 1) / 2 is rows / 2 + 1, which cannot overflow).
    if (rows % 2 == 0) return !PASCAL_MUL_OVERFLOW(rows / 2, rows + 1, entries);
    return !PASCAL_MUL_OVERFLOW(rows, rows / 2 + 1, entries);
}

// Allocate + fill, shared by every allocating function: 0 and *out holding
// the new array ({NULL, 0} for no entries, not an error), or ENOMEM and
// *out = {NULL, 0}.
template <typename Fill>
int allocate_and_fill(std::size_t entries, pascal_array* out, Fill fill) noexcept {
    *out = pascal_array{nullptr, 0};
    if (entries == 0) return 0;
    if (entries > max_entries) return ENOMEM;
    auto* data = pascal::detail::allocate_array(entries);
    if (data == nullptr) return ENOMEM;
    fill(data);
    *out = pascal_array{data, entries};
    return 0;
}

int row_array(std::size_t n, pascal_array* out) noexcept {
    return allocate_and_fill(n, out, [n](uint32_t* data) noexcept { pascal::detail::fill_row(n, data); });
}

int triangle_array(std::size_t rows, pascal_array* out) noexcept {
    std::size_t entries = 0;
    if (!triangle_entries(rows, &entries)) {
        *out = pascal_array{nullptr, 0};
        return ENOMEM;
    }
    return allocate_and_fill(entries, out,
                             [rows](uint32_t* data) noexcept { pascal::detail::fill_triangle(rows, data); });
}

// The errno convention over the error-code one, for pascal_row() and
// pascal_triangle(): make()'s array, *size_out its size, errno set on failure.
uint32_t* with_errno(int (*make)(std::size_t, pascal_array*), std::size_t arg, std::size_t* size_out) noexcept {
    if (size_out == nullptr) {
        errno = EINVAL;
        return nullptr;
    }
    pascal_array array;
    const int error = make(arg, &array);
    *size_out = array.size;
    if (error != 0) errno = error;
    return array.data;
}

}  // namespace

extern "C" {

uint32_t pascal_version_number(void) noexcept { return PASCAL_VERSION_NUMBER; }

const char* pascal_version_string(void) noexcept { return PASCAL_VERSION_STRING; }

size_t pascal_row_exact_max(void) noexcept { return PASCAL_ROW_EXACT_MAX; }

uint32_t* pascal_row(size_t n, size_t* size_out) noexcept { return with_errno(row_array, n, size_out); }

void deallocate_vec(uint32_t* ptr, size_t len) noexcept { pascal::detail::free_array(ptr, len); }

size_t pascal_row_into(size_t n, uint32_t* out, size_t capacity) noexcept {
    if (out == nullptr && capacity > 0) {
        errno = EINVAL;
        return 0;
    }
    if (n == 0 || capacity < n) return n;
    pascal::detail::fill_row(n, out);
    return n;
}

uint32_t* pascal_triangle(size_t rows, size_t* size_out) noexcept { return with_errno(triangle_array, rows, size_out); }

size_t pascal_triangle_into(size_t rows, uint32_t* out, size_t capacity) noexcept {
    if (out == nullptr && capacity > 0) {
        errno = EINVAL;
        return 0;
    }
    size_t entries = 0;
    if (!triangle_entries(rows, &entries)) {
        errno = EOVERFLOW;
        return 0;
    }
    if (entries == 0 || capacity < entries) return entries;
    pascal::detail::fill_triangle(rows, out);
    return entries;
}

int pascal_row_alloc(size_t n, pascal_array* out) noexcept {
    if (out == nullptr) return EINVAL;
    return row_array(n, out);
}

int pascal_triangle_alloc(size_t rows, pascal_array* out) noexcept {
    if (out == nullptr) return EINVAL;
    return triangle_array(rows, out);
}

int pascal_entry(uint64_t n, uint64_t k, uint32_t* out) noexcept {
    if (out == nullptr) return EINVAL;
    if (k >= n) return EDOM;
    *out = pascal::detail::entry_of(pascal::detail::binomial_parts(n - 1, k));
    return 0;
}

size_t pascal_row_range(uint64_t n, uint64_t k0, uint32_t* out, size_t count) noexcept {
    if (out == nullptr && count > 0) {
        errno = EINVAL;
        return 0;
    }
    // k0 + count <= n, written so that nothing overflows.
    if (k0 > n || count > n - k0) {
        errno = EDOM;
        return 0;
    }
    if (count == 0) return 0;
    pascal::detail::fill_range(n - 1, k0, count, out);
    return count;
}

void pascal_array_free(pascal_array* a) noexcept {
    if (a == nullptr) return;
    deallocate_vec(a->data, a->size);
    *a = pascal_array{nullptr, 0};
}

}  // extern "C"
/**** src/array_memory.cpp ****/
// Where a returned array lives. Small arrays come from malloc, whose free
// lists make a second row of the same size cheap. Large ones (32 MiB and up,
// where glibc's malloc maps fresh memory for every call anyway) are mapped
// here, aligned to 2 MiB and marked MADV_HUGEPAGE: the kernel then faults
// them in 2 MiB at a time instead of 4 KiB, which is most of what a fresh
// row costs (pascal_row(10^7) took 61x pascal_row_into into a warm buffer
// with malloc's 4 KiB pages). deallocate_vec() unmaps them again, which is
// why it takes the length: no huge-page mark is ever left on memory malloc
// will reuse (numpy#31590: a THP mark left on heap memory after free stalls
// later page faults of unrelated allocations).
//
// When no mapping can be had (an RLIMIT_AS near its end, a full address
// space), a large array comes from malloc after all: free memory that malloc
// holds from earlier frees may still serve it. Such an array never starts on
// a huge-page boundary, and a mapped one always does: that is how
// free_array() tells them apart.
//
// PASCAL_HUGEPAGES=0 in the environment skips the mark (the mapping stays),
// as NUMPY_MADVISE_HUGEPAGE=0 does for numpy. Without Linux's mmap and
// MADV_HUGEPAGE (Windows, macOS), every array comes from malloc.

#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <cstring>

#if defined(__linux__)
#include <sys/mman.h>
#endif
#if defined(__linux__) && defined(MADV_HUGEPAGE)
#define PASCAL_MAP_LARGE_ARRAYS 1
#else
#define PASCAL_MAP_LARGE_ARRAYS 0
#endif

namespace pascal::detail {
namespace {

#if PASCAL_MAP_LARGE_ARRAYS
// The transparent huge page size of x86-64 and of aarch64 with 4 KiB pages.
// Elsewhere the alignment is merely generous and the mark still applies.
constexpr std::size_t huge_page = std::size_t{2} << 20;
// glibc's largest mmap threshold on 64-bit targets (DEFAULT_MMAP_THRESHOLD_MAX):
// from here on malloc maps fresh memory every time, so mapping it ourselves
// loses nothing malloc would have reused.
constexpr std::size_t mapped_from = std::size_t{32} << 20;

bool is_mapped(std::size_t bytes) noexcept { return bytes >= mapped_from; }

// The mapping is whole huge pages, so that its last one can be huge too.
std::size_t mapping_bytes(std::size_t bytes) noexcept { return (bytes + huge_page - 1) & ~(huge_page - 1); }

bool huge_pages_wanted() noexcept {
    const char* setting = std::getenv("PASCAL_HUGEPAGES");
    return setting == nullptr || std::strcmp(setting, "0") != 0;
}

// Maps `size` bytes (a multiple of huge_page) at a huge_page boundary: a
// mapping one huge page longer, whose unaligned head and tail are unmapped.
void* map_aligned(std::size_t size) noexcept {
    void* reserved = mmap(nullptr, size + huge_page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (reserved == MAP_FAILED) return nullptr;
    const auto start = reinterpret_cast<std::uintptr_t>(reserved);
    const std::uintptr_t aligned = (start + huge_page - 1) & ~std::uintptr_t{huge_page - 1};
    const std::size_t head = aligned - start;
    if (head != 0) munmap(reserved, head);
    munmap(reinterpret_cast<void*>(aligned + size), huge_page - head);
    return reinterpret_cast<void*>(aligned);
}

bool on_huge_page_boundary(const void* data) noexcept {
    return reinterpret_cast<std::uintptr_t>(data) % huge_page == 0;
}

// A large array from malloc, for when map_aligned() fails. The array starts
// one or two max_align_t past malloc's block (two if one would put it on a
// huge-page boundary); the size_t just before it says which, for free.
constexpr std::size_t step = alignof(std::max_align_t);

void* allocate_unmapped(std::size_t bytes) noexcept {
    // bytes fits in a ptrdiff_t, so the sum cannot wrap.
    auto* block = static_cast<unsigned char*>(std::malloc(bytes + 2 * step));
    if (block == nullptr) return nullptr;
    std::size_t offset = step;
    if (on_huge_page_boundary(block + offset)) offset += step;
    std::memcpy(block + offset - sizeof offset, &offset, sizeof offset);
    return block + offset;
}

void free_unmapped(void* data) noexcept {
    std::size_t offset = 0;
    std::memcpy(&offset, static_cast<unsigned char*>(data) - sizeof offset, sizeof offset);
    std::free(static_cast<unsigned char*>(data) - offset);
}
#endif

}  // namespace

std::uint32_t* allocate_array(std::size_t entries) noexcept {
    const std::size_t bytes = entries * sizeof(std::uint32_t);
    const int saved_errno = errno;  // a success leaves errno as it was
    void* data = nullptr;
#if PASCAL_MAP_LARGE_ARRAYS
    if (is_mapped(bytes)) {
        const std::size_t size = mapping_bytes(bytes);
        data = map_aligned(size);
        if (data == nullptr) {
            data = allocate_unmapped(bytes);
        } else if (huge_pages_wanted()) {
            // Refused (THP disabled, an old kernel): plain pages, still correct.
            madvise(data, size, MADV_HUGEPAGE);
        }
    } else
#endif
    {
        // malloc, not new: it reports failure without throwing.
        data = std::malloc(bytes);
    }
    errno = saved_errno;
    return static_cast<std::uint32_t*>(data);
}

void free_array(std::uint32_t* data, std::size_t entries) noexcept {
    if (data == nullptr) return;
#if PASCAL_MAP_LARGE_ARRAYS
    const std::size_t bytes = entries * sizeof(std::uint32_t);
    if (is_mapped(bytes)) {
        if (!on_huge_page_boundary(data)) {
            free_unmapped(data);
            return;
        }
        const int saved_errno = errno;
        munmap(data, mapping_bytes(bytes));
        errno = saved_errno;
        return;
    }
#else
    static_cast<void>(entries);
#endif
    std::free(data);
}

}  // namespace pascal::detail
