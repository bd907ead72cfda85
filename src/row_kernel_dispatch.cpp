// Picks the fastest kernel the CPU supports, once per process.
#include "row_kernel.hpp"

#include "compiler.hpp"

namespace pascal::detail {
namespace {

bool always() noexcept { return true; }

}  // namespace

const RowKernel row_kernels[] = {
#if PASCAL_X86_64
    {"avx512", cpu::has_avx512, fill_row_avx512, fill_range_avx512},
    {"avx2", cpu::has_avx2, fill_row_avx2, fill_range_avx2},
#endif
#if PASCAL_AARCH64
    {"neon", cpu::has_neon, fill_row_neon, fill_range_neon},
#endif
    {"scalar", always, fill_row_scalar, fill_range_scalar},
};
const std::size_t row_kernel_count = sizeof row_kernels / sizeof row_kernels[0];

const RowKernel& selected_row_kernel() noexcept {
    // A function-local static is initialised once, thread-safely, and never
    // changes afterwards: the library still has no mutable global state.
    static const RowKernel& selected = []() -> const RowKernel& {
        for (std::size_t i = 0; i < row_kernel_count; ++i)
            if (row_kernels[i].supported()) return row_kernels[i];
        return row_kernels[row_kernel_count - 1];
    }();
    return selected;
}

}  // namespace pascal::detail
