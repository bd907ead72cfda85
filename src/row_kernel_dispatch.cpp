// Picks the fastest kernel the CPU supports, once per process.
#include "row_kernel.hpp"

namespace pascal::detail {
namespace {

bool always() noexcept { return true; }

#if defined(__x86_64__)
bool has_avx2() noexcept { return __builtin_cpu_supports("avx2"); }
bool has_avx512() noexcept {
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512cd");
}
#endif

}  // namespace

const RowKernel row_kernels[] = {
#if defined(__x86_64__)
    {"avx512", has_avx512, fill_row_avx512},
    {"avx2", has_avx2, fill_row_avx2},
#endif
    {"scalar", always, fill_row_scalar},
};
const std::size_t row_kernel_count = sizeof row_kernels / sizeof row_kernels[0];

const RowKernel& selected_row_kernel() noexcept {
    // A function-local static is initialised once, thread-safely, and never
    // changes afterwards: the library still has no mutable global state.
    static const RowKernel& selected = [] () -> const RowKernel& {
        __builtin_cpu_init();
        for (std::size_t i = 0; i < row_kernel_count; ++i)
            if (row_kernels[i].supported()) return row_kernels[i];
        return row_kernels[row_kernel_count - 1];
    }();
    return selected;
}

}  // namespace pascal::detail
