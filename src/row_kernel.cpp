// Row n of Pascal's triangle modulo 2^32 in O(n).
//
// With m = n - 1, C(m, k+1) = C(m, k) * (m - k) / (k + 1). Division does not
// exist modulo 2^32 for even numbers, so every factor is split into its odd
// part and its power of two:
//   C(m, k) = odd_k * 2^e_k,   odd_k odd,
// where the odd parts multiply (odd numbers are invertible mod 2^32) and the
// exponents add. The entry is odd_k << e_k, or 0 once e_k >= 32. Only the low
// 32 bits of the odd parts matter, and the exponent is exact (it is at most
// log2(m), Kummer's theorem), so the result equals the wrapping recurrence.
//
// The row is symmetric, so half of it is computed and mirrored.
#include "row_kernel.hpp"

namespace pascal::detail {
namespace {

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

}  // namespace

void fill_row(std::size_t n, std::uint32_t* out) noexcept {
    const std::uint64_t m = n - 1;
    out[0] = 1;
    out[m] = 1;

    std::uint32_t odd = 1;  // odd part of C(m, k), mod 2^32
    int exp = 0;            // power of two in C(m, k)
    for (std::uint64_t k = 0; k < m / 2; ++k) {
        const std::uint64_t num = m - k;
        const std::uint64_t den = k + 1;
        const int num_twos = __builtin_ctzll(num);
        const int den_twos = __builtin_ctzll(den);
        // Multiply the two independent factors first: the loop-carried chain
        // is then one multiplication per entry.
        odd *= static_cast<std::uint32_t>(num >> num_twos) *
               inverse_odd(static_cast<std::uint32_t>(den >> den_twos));
        exp += num_twos - den_twos;
        const std::uint32_t entry = exp < 32 ? odd << exp : 0u;
        out[k + 1] = entry;
        out[m - k - 1] = entry;
    }
}

}  // namespace pascal::detail
