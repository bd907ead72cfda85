// Row kernels: one portable, and vector ones for x86-64 and aarch64 CPUs that
// have the instructions. All produce bit-identical rows; one is picked per process.
#ifndef PASCAL_SRC_ROW_KERNEL_HPP
#define PASCAL_SRC_ROW_KERNEL_HPP

#include <cstddef>
#include <cstdint>

#include "compiler.hpp"

namespace pascal::detail {

// Writes row n (entries C(n-1, k) mod 2^32, k = 0..n-1) to out[0..n-1].
// n >= 1; out has room for n entries. O(n) time, no allocation.
using FillRow = void (*)(std::size_t n, std::uint32_t* out) noexcept;

struct RowKernel {
    const char* name;
    bool (*supported)() noexcept;  // can this CPU run it?
    FillRow fill;
};

void fill_row_scalar(std::size_t n, std::uint32_t* out) noexcept;
#if PASCAL_AARCH64
void fill_row_neon(std::size_t n, std::uint32_t* out) noexcept;
#endif
#if PASCAL_X86_64
void fill_row_avx2(std::size_t n, std::uint32_t* out) noexcept;
void fill_row_avx512(std::size_t n, std::uint32_t* out) noexcept;
#endif

// Every kernel built into the library, fastest first; the last is portable.
extern const RowKernel row_kernels[];
extern const std::size_t row_kernel_count;

// The fastest kernel this CPU supports, chosen on first use.
const RowKernel& selected_row_kernel() noexcept;

inline void fill_row(std::size_t n, std::uint32_t* out) noexcept { selected_row_kernel().fill(n, out); }

}  // namespace pascal::detail

#endif
