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
#include "binomial.hpp"

#include <array>
#include <cstddef>
#include <utility>

#include "compiler.hpp"
#include "row_math.hpp"

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
