// The portable kernel: one entry per step (see row_math.hpp for the maths).
#include "row_kernel.hpp"
#include "row_math.hpp"

namespace pascal::detail {

void fill_row_scalar(std::size_t n, std::uint32_t* out) noexcept {
    const std::uint64_t m = n - 1;
    out[0] = 1;
    out[m] = 1;

    std::uint32_t odd = 1;  // odd part of C(m, k), mod 2^32
    int exp = 0;            // the power of two in C(m, k)
    for (std::uint64_t k = 1; k <= m / 2; ++k) {
        // From C(m, k-1) to C(m, k) = C(m, k-1) * (m - k + 1) / k.
        const std::uint64_t num = m - k + 1;
        const int num_twos = PASCAL_CTZ64(num);
        const int den_twos = PASCAL_CTZ64(k);
        // The two factors multiply first so that the loop-carried chain is a
        // single multiplication per entry.
        odd *= static_cast<std::uint32_t>(num >> num_twos) * inverse_odd(static_cast<std::uint32_t>(k >> den_twos));
        exp += num_twos - den_twos;
        const std::uint32_t entry = exp < 32 ? odd << exp : 0u;
        out[k] = entry;
        out[m - k] = entry;
    }
}

}  // namespace pascal::detail
