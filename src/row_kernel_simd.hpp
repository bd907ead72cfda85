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
// Include this header inside that region only.

namespace pascal::detail {
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

// One block of `lanes` entries: from the odd parts and exponents of
// C(m, k - 1) (in every lane) to those of C(m, k + i), lane i; returns the
// entries. m < 2^32, so lanes hold m - k + 1 and k.
template <class Ops>
PASCAL_FORCE_INLINE typename Ops::V next_block(std::uint32_t m, std::uint32_t k, typename Ops::V& odd,
                                               typename Ops::V& exp) {
    const auto lane = Ops::iota();
    const auto den = Ops::add(Ops::splat(k), lane);
    const auto num = Ops::sub(Ops::splat(m - k + 1), lane);
    const auto num_twos = Ops::trailing_zeros(num);
    const auto den_twos = Ops::trailing_zeros(den);
    const auto factor =
        Ops::mul(Ops::shift_right(num, num_twos), inverse_odd_lanes<Ops>(Ops::shift_right(den, den_twos)));
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
        const V entry = next_block<Ops>(static_cast<std::uint32_t>(m), static_cast<std::uint32_t>(k), odd, exp);
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
// on, stored in order, without the mirror.
template <class Ops>
PASCAL_FORCE_INLINE void fill_range_simd(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                                         std::uint32_t* out) noexcept {
    using V = typename Ops::V;
    constexpr std::uint32_t lanes = Ops::lanes;
    if (m > UINT32_MAX) return fill_range_scalar(m, k0, count, start, out);  // lanes hold 32-bit k
    out[0] = entry_of(start);
    const V last = Ops::splat(lanes - 1);
    V odd = Ops::splat(start.odd);
    V exp = Ops::splat(static_cast<std::uint32_t>(start.exp));
    for (std::size_t i = 1; i < count; i += lanes) {
        const V entry = next_block<Ops>(static_cast<std::uint32_t>(m), static_cast<std::uint32_t>(k0 + i), odd, exp);
        if (count - i >= lanes) {
            Ops::store(out + i, entry);
        } else {
            Ops::store_first(out + i, entry, static_cast<std::uint32_t>(count - i));
        }
        odd = Ops::permute(odd, last);
        exp = Ops::permute(exp, last);
    }
}

}  // namespace
}  // namespace pascal::detail
