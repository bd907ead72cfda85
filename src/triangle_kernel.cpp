// A triangle is built by Pascal's rule, row r+1 [k] = row r [k-1] + row r [k]:
// one addition per entry, cheaper than the row kernel's multiplications, and
// every row after the first is read from the cache line just written.
#include "triangle_kernel.hpp"

#include <cstring>

#include "compiler.hpp"

namespace pascal::detail {
namespace {

// Four lanes with wrapping addition, as GCC and Clang vector extensions: SSE2
// on any x86-64, NEON on arm64, plain code elsewhere.
using Lanes = PASCAL_VECTOR_OF(std::uint32_t, 16);
constexpr std::size_t lanes = sizeof(Lanes) / sizeof(std::uint32_t);

// next[0..r] from prev[0..r-1] (row r to row r + 1).
void next_row(const std::uint32_t* prev, std::size_t r, std::uint32_t* next) noexcept {
    next[0] = 1;
    std::size_t k = 1;
    for (; k + lanes <= r; k += lanes) {
        // Unaligned loads and store through memcpy. No function takes or
        // returns a Lanes: where vectors are not native (i686 without SSE),
        // that would change the calling convention (-Wpsabi).
        Lanes left, right;
        std::memcpy(&left, prev + k - 1, sizeof left);
        std::memcpy(&right, prev + k, sizeof right);
        const Lanes sum = left + right;
        std::memcpy(next + k, &sum, sizeof sum);
    }
    for (; k < r; ++k)
        next[k] = prev[k - 1] + prev[k];
    next[r] = 1;
}

}  // namespace

void fill_triangle(std::size_t rows, std::uint32_t* out) noexcept {
    out[0] = 1;
    std::uint32_t* row = out;
    for (std::size_t r = 1; r < rows; ++r) {
        next_row(row, r, row + r);
        row += r;
    }
}

}  // namespace pascal::detail
