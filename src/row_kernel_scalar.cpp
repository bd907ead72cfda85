// The portable kernel: one entry per step (see row_math.hpp for the maths).
#include "row_kernel.hpp"
#include "row_math.hpp"

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
