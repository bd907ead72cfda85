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

TEST_CASE("every supported kernel's range equals the portable one's, in rows below and above 2^32", "[kernels]") {
    const auto& portable = row_kernels[row_kernel_count - 1];
    constexpr std::uint32_t guard = 0xA5A5A5A5u;
    for (std::uint64_t m :
         {std::uint64_t{1000}, std::uint64_t{4000000007}, std::uint64_t{UINT32_MAX}, (std::uint64_t{1} << 40) + 3}) {
        for (std::uint64_t k0 : {std::uint64_t{0}, std::uint64_t{1}, m / 2 - 37, m - 999}) {
            for (std::size_t count :
                 {std::size_t{1}, std::size_t{15}, std::size_t{16}, std::size_t{17}, std::size_t{999}}) {
                if (k0 + count - 1 > m) continue;  // the kernels' precondition: the range lies in the row
                Row expected(count);
                const auto start = pascal::detail::binomial_parts(m, k0);
                portable.range(m, k0, count, start, expected.data());
                for (std::size_t i = 0; i + 1 < row_kernel_count; ++i) {
                    if (!row_kernels[i].supported()) continue;
                    Row padded(count + 32, guard);
                    row_kernels[i].range(m, k0, count, start, padded.data() + 16);
                    INFO("kernel " << row_kernels[i].name << ", m = " << m << ", k0 = " << k0 << ", count = " << count);
                    for (std::size_t g = 0; g < 16; ++g) {
                        REQUIRE(padded[g] == guard);
                        REQUIRE(padded[count + 16 + g] == guard);
                    }
                    REQUIRE(Row(padded.begin() + 16, padded.end() - 16) == expected);
                }
            }
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
