// Every kernel computes the same rows, bit for bit, whichever one the
// dispatcher would pick on this CPU.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "reference.hpp"
#include "row_kernel.hpp"

using pascal::detail::row_kernel_count;
using pascal::detail::row_kernels;
using Row = std::vector<std::uint32_t>;

namespace {

// Fills n entries between guard words, so a kernel writing out of bounds fails.
Row kernel_row(const pascal::detail::RowKernel& kernel, std::size_t n) {
    constexpr std::uint32_t guard = 0xA5A5A5A5u;
    Row padded(n + 32, guard);
    kernel.fill(n, padded.data() + 16);
    for (std::size_t i = 0; i < 16; ++i) {
        REQUIRE(padded[i] == guard);
        REQUIRE(padded[n + 16 + i] == guard);
    }
    return Row(padded.begin() + 16, padded.end() - 16);
}

}  // namespace

TEST_CASE("every supported kernel equals the recurrence for every n up to 5000", "[kernels]") {
    for (std::size_t i = 0; i < row_kernel_count; ++i) {
        const auto& kernel = row_kernels[i];
        DYNAMIC_SECTION("kernel " << kernel.name) {
            if (!kernel.supported()) {
                WARN("this CPU cannot run kernel " << kernel.name << ": not tested here");
                continue;
            }
            Row expected{1};
            for (std::size_t n = 1; n <= 5000; ++n) {
                INFO("n = " << n);
                REQUIRE(kernel_row(kernel, n) == expected);
                reference::next_row(expected);
            }
        }
    }
}

TEST_CASE("every supported kernel equals the portable one on large rows", "[kernels]") {
    const auto& portable = row_kernels[row_kernel_count - 1];
    REQUIRE(std::string(portable.name) == "scalar");
    for (std::size_t n : {65535u, 65536u, 65537u, 100003u, (1u << 20) + 1, 3000017u}) {
        const Row expected = kernel_row(portable, n);
        for (std::size_t i = 0; i + 1 < row_kernel_count; ++i) {
            if (!row_kernels[i].supported()) continue;
            INFO("kernel " << row_kernels[i].name << ", n = " << n);
            REQUIRE(kernel_row(row_kernels[i], n) == expected);
        }
    }
}

TEST_CASE("the dispatcher picks the first kernel the CPU supports", "[kernels]") {
    std::size_t first = 0;
    while (!row_kernels[first].supported())
        ++first;
    const auto& selected = pascal::detail::selected_row_kernel();
    CHECK(&selected == &row_kernels[first]);
    WARN("selected kernel: " << selected.name);
}
