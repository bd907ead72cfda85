// Independent oracles for the tests: the original O(n^2) recurrence and exact
// binomials. Deliberately simple; never used by the library itself.
#ifndef PASCAL_TESTS_REFERENCE_HPP
#define PASCAL_TESTS_REFERENCE_HPP

#include <cstddef>
#include <cstdint>
#include <vector>

#include "pascal/pascal.h"

namespace reference {

// The original design: row[j] += row[j-1], right to left, in uint32_t.
inline std::vector<std::uint32_t> recurrence_row(std::size_t n) {
    std::vector<std::uint32_t> row(n, 0);
    if (n == 0) return row;
    row[0] = 1;
    for (std::size_t i = 1; i < n; ++i)
        for (std::size_t j = i; j >= 1; --j)
            row[j] += row[j - 1];
    return row;
}

// Steps a row of the triangle to the next one with the same recurrence, so a
// test can walk every row up to N in O(N^2) in total.
inline void next_row(std::vector<std::uint32_t>& row) {
    row.push_back(0);
    for (std::size_t j = row.size() - 1; j >= 1; --j)
        row[j] += row[j - 1];
}

// Exact C(m, k) for m <= 62: multiplying before dividing stays exact because
// C(m, i) * (m - i) / (i + 1) is C(m, i+1) and every prefix fits.
inline std::uint64_t exact_binomial(std::uint64_t m, std::uint64_t k) {
    std::uint64_t c = 1;
    for (std::uint64_t i = 0; i < k; ++i)
        c = c * (m - i) / (i + 1);
    return c;
}

// pascal_row() into a vector, freeing through the library.
inline std::vector<std::uint32_t> library_row(std::size_t n) {
    std::size_t size = 12345;
    std::uint32_t* p = pascal_row(n, &size);
    std::vector<std::uint32_t> row(p, p + size);
    deallocate_vec(p, size);
    return row;
}

}  // namespace reference

#endif
