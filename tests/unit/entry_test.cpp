// pascal_entry(): any entry of any row, without the row.
#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdint>
#include <vector>

#include "pascal/pascal.h"
#include "reference.hpp"

namespace {

std::uint32_t entry(std::uint64_t n, std::uint64_t k) {
    std::uint32_t value = 0xDEADBEEFu;
    REQUIRE(pascal_entry(n, k, &value) == 0);
    return value;
}

// The first k at which pascal_entry(n, k) fails or differs from row[k]; n if none.
std::size_t first_difference(std::size_t n, const std::vector<std::uint32_t>& row) {
    for (std::size_t k = 0; k < n; ++k) {
        std::uint32_t value = 0xDEADBEEFu;
        if (pascal_entry(n, k, &value) != 0 || value != row[k]) return k;
    }
    return n;
}

}  // namespace

// Each call costs about half a microsecond (16 under ASan), so every k of
// every row is walked only up to 1024 (rows whose index has up to 10 bits);
// past that, every k of the rows either side of 2^11, 2^12 and 2^16, and of
// row 5000, against pascal_row. No Catch2 macro runs per entry: its
// bookkeeping would cost more than the call.
TEST_CASE("pascal_entry(n, k) is entry k of row n for every k of every row up to 1024", "[entry]") {
    std::vector<std::uint32_t> row{1};
    for (std::size_t n = 1; n <= 1024; ++n) {
        const std::size_t k = first_difference(n, row);
        INFO("n = " << n << ", k = " << k);
        REQUIRE(k == n);
        reference::next_row(row);
    }
}

TEST_CASE("pascal_entry(n, k) is entry k of pascal_row(n) for every k of rows near 2^11, 2^12, 2^16 and 5000",
          "[entry]") {
    for (std::size_t n : {2047u, 2048u, 2049u, 4095u, 4096u, 4097u, 5000u, 65535u, 65536u, 65537u}) {
        const std::size_t k = first_difference(n, reference::library_row(n));
        INFO("n = " << n << ", k = " << k);
        REQUIRE(k == n);
    }
}

TEST_CASE("pascal_entry is exact up to row 35: C(34, 17) = 2333606220", "[entry]") {
    CHECK(entry(35, 17) == 2333606220u);
    for (std::uint64_t k = 0; k < 63; ++k)
        CHECK(entry(63, k) == static_cast<std::uint32_t>(reference::exact_binomial(62, k)));
}

TEST_CASE("pascal_entry takes any 64-bit row index: the ends of row 2^64 - 1 are 1", "[entry]") {
    CHECK(entry(UINT64_MAX, 0) == 1u);
    CHECK(entry(UINT64_MAX, UINT64_MAX - 1) == 1u);
    // C(2^64 - 2, 1) = 2^64 - 2, whose low 32 bits are 2^32 - 2.
    CHECK(entry(UINT64_MAX, 1) == 0xFFFFFFFEu);
    // C(2^63, 2^62) has one carry in base 2 (Kummer): exactly one factor of 2.
    const std::uint32_t middle = entry((std::uint64_t{1} << 63) + 1, std::uint64_t{1} << 62);
    CHECK(middle % 2 == 0);
    CHECK(middle % 4 != 0);
}

TEST_CASE("pascal_entry returns EDOM for k outside row n, and leaves *out alone", "[entry][errors]") {
    std::uint32_t value = 7;
    CHECK(pascal_entry(5, 5, &value) == EDOM);
    CHECK(pascal_entry(5, UINT64_MAX, &value) == EDOM);
    CHECK(pascal_entry(0, 0, &value) == EDOM);  // row 0 has no entries
    CHECK(pascal_entry(UINT64_MAX, UINT64_MAX, &value) == EDOM);
    CHECK(value == 7);
}

TEST_CASE("pascal_entry returns EINVAL for a NULL out", "[entry][errors]") {
    CHECK(pascal_entry(5, 2, nullptr) == EINVAL);
    CHECK(pascal_entry(5, 9, nullptr) == EINVAL);
}

TEST_CASE("pascal_entry leaves errno alone", "[entry][errors]") {
    std::uint32_t value = 0;
    errno = 12345;
    CHECK(pascal_entry(1000, 500, &value) == 0);
    CHECK(pascal_entry(3, 3, &value) == EDOM);
    CHECK(errno == 12345);
}
