// Memory for the arrays the library hands to callers (pascal_row,
// pascal_triangle and their _alloc twins), freed by deallocate_vec().
#pragma once

#include <cstddef>
#include <cstdint>

namespace pascal::detail {

// A new array of `entries` uint32_t, or nullptr if it cannot be had.
// entries * 4 must fit in a ptrdiff_t (the caller checks). errno is left as
// it was, whatever happens inside.
std::uint32_t* allocate_array(std::size_t entries) noexcept;

// Frees an array allocate_array(entries) returned; nullptr does nothing.
// `entries` must be the count it was allocated with: large arrays are
// unmapped by size.
void free_array(std::uint32_t* data, std::size_t entries) noexcept;

}  // namespace pascal::detail
