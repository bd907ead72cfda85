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
