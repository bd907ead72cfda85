// The row algorithm, kept apart from the C API so it can be specialised
// (and benchmarked) on its own.
#ifndef PASCAL_SRC_ROW_KERNEL_HPP
#define PASCAL_SRC_ROW_KERNEL_HPP

#include <cstddef>
#include <cstdint>

namespace pascal::detail {

// Writes row n (entries C(n-1, k) mod 2^32, k = 0..n-1) to out[0..n-1].
// n >= 1; out has room for n entries. O(n) time, no allocation.
void fill_row(std::size_t n, std::uint32_t* out) noexcept;

}  // namespace pascal::detail

#endif
