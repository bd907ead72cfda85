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

#include "compiler.hpp"

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
