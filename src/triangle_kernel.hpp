// Many consecutive rows at once.
#ifndef PASCAL_SRC_TRIANGLE_KERNEL_HPP
#define PASCAL_SRC_TRIANGLE_KERNEL_HPP

#include <cstddef>
#include <cstdint>

namespace pascal::detail {

// Writes rows 1..rows one after another to out (rows * (rows + 1) / 2
// entries). rows >= 1.
void fill_triangle(std::size_t rows, std::uint32_t* out) noexcept;

}  // namespace pascal::detail

#endif
