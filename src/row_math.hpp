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

}  // namespace pascal::detail

#endif
