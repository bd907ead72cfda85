// The portable kernel: one entry per step (see row_math.hpp for the maths).
#include "row_kernel.hpp"
#include "row_math.hpp"

namespace pascal::detail {

void fill_row_scalar(std::size_t n, std::uint32_t* out) noexcept {
    const std::uint64_t m = n - 1;
    out[0] = 1;
    out[m] = 1;
    fill_row_tail(m, 1, RowState{}, out);
}

}  // namespace pascal::detail
