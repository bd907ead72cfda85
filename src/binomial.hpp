// One binomial coefficient C(m, k) mod 2^32 for any 64-bit m, in
// O(log^2 m) steps, without computing the row (the maths: binomial.cpp).
#ifndef PASCAL_SRC_BINOMIAL_HPP
#define PASCAL_SRC_BINOMIAL_HPP

#include <cstdint>

#include "row_math.hpp"

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
