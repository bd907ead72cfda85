// Row kernels: one portable, and vector ones for x86-64 and aarch64 CPUs that
// have the instructions. All produce bit-identical rows; one is picked per process.
#ifndef PASCAL_SRC_ROW_KERNEL_HPP
#define PASCAL_SRC_ROW_KERNEL_HPP

#include <cstddef>
#include <cstdint>

#include "binomial.hpp"
#include "compiler.hpp"

namespace pascal::detail {

// Writes row n (entries C(n-1, k) mod 2^32, k = 0..n-1) to out[0..n-1].
// n >= 1; out has room for n entries. O(n) time, no allocation.
using FillRow = void (*)(std::size_t n, std::uint32_t* out) noexcept;

// Writes entries k0 .. k0 + count - 1 of row m + 1 (C(m, k) mod 2^32) to
// out[0..count-1], given the parts of the first, C(m, k0). count >= 1 and
// k0 + count - 1 <= m; any 64-bit m. O(count) time, no allocation.
using FillRange = void (*)(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                           std::uint32_t* out) noexcept;

struct RowKernel {
    const char* name;
    bool (*supported)() noexcept;  // can this CPU run it?
    FillRow fill;
    FillRange range;
};

void fill_row_scalar(std::size_t n, std::uint32_t* out) noexcept;
void fill_range_scalar(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                       std::uint32_t* out) noexcept;
#if PASCAL_AARCH64
void fill_row_neon(std::size_t n, std::uint32_t* out) noexcept;
void fill_range_neon(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                     std::uint32_t* out) noexcept;
#endif
#if PASCAL_X86_64
void fill_row_avx2(std::size_t n, std::uint32_t* out) noexcept;
void fill_range_avx2(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                     std::uint32_t* out) noexcept;
void fill_row_avx512(std::size_t n, std::uint32_t* out) noexcept;
void fill_range_avx512(std::uint64_t m, std::uint64_t k0, std::size_t count, BinomialParts start,
                       std::uint32_t* out) noexcept;
#endif

// Every kernel built into the library, fastest first; the last is portable.
extern const RowKernel row_kernels[];
extern const std::size_t row_kernel_count;

// The fastest kernel this CPU supports, chosen on first use.
const RowKernel& selected_row_kernel() noexcept;

inline void fill_row(std::size_t n, std::uint32_t* out) noexcept { selected_row_kernel().fill(n, out); }

// Entries k0 .. k0 + count - 1 of row m + 1 (count >= 1, k0 + count - 1 <= m):
// the first from binomial_parts(), O(log^2 m), the rest by the kernel.
inline void fill_range(std::uint64_t m, std::uint64_t k0, std::size_t count, std::uint32_t* out) noexcept {
    selected_row_kernel().range(m, k0, count, binomial_parts(m, k0), out);
}

}  // namespace pascal::detail

#endif
