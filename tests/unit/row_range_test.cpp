// pascal_row_range(): entries k0 .. k0 + count - 1 of row n into the caller's buffer.
#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdint>
#include <vector>

#include "pascal/pascal.h"
#include "reference.hpp"

using Row = std::vector<std::uint32_t>;

namespace {

Row range(std::uint64_t n, std::uint64_t k0, std::size_t count) {
    Row out(count + 2, 0xA5A5A5A5u);  // a guard entry past the end
    REQUIRE(pascal_row_range(n, k0, out.data(), count) == count);
    CHECK(out[count] == 0xA5A5A5A5u);
    out.resize(count);
    return out;
}

}  // namespace

TEST_CASE("pascal_row_range(n, k0, count) is entries k0 to k0 + count - 1 of row n", "[range]") {
    for (std::size_t n : {1u, 2u, 35u, 100u, 1001u, 65537u, 300007u}) {
        const Row row = reference::library_row(n);
        for (std::size_t k0 : {std::size_t{0}, std::size_t{1}, n / 3, n / 2, n - 1}) {
            for (std::size_t count : {std::size_t{1}, std::size_t{17}, n - k0}) {
                if (k0 + count > n) continue;
                INFO("n = " << n << ", k0 = " << k0 << ", count = " << count);
                CHECK(range(n, k0, count) == Row(row.begin() + static_cast<std::ptrdiff_t>(k0),
                                                 row.begin() + static_cast<std::ptrdiff_t>(k0 + count)));
            }
        }
    }
}

TEST_CASE("pascal_row_range of a huge row equals pascal_entry one entry at a time", "[range]") {
    for (std::uint64_t n : {(std::uint64_t{1} << 32) + 1, (std::uint64_t{1} << 63) + 12345, UINT64_MAX}) {
        for (std::uint64_t k0 : {std::uint64_t{0}, n / 2 - 50, n - 300}) {
            const Row got = range(n, k0, 300);
            for (std::size_t i = 0; i < got.size(); ++i) {
                std::uint32_t expected = 0;
                REQUIRE(pascal_entry(n, k0 + i, &expected) == 0);
                INFO("n = " << n << ", k = " << k0 + i);
                REQUIRE(got[i] == expected);
            }
        }
    }
}

TEST_CASE("pascal_row_range with count 0 writes nothing and returns 0", "[range]") {
    std::uint32_t slot = 7;
    errno = 0;
    CHECK(pascal_row_range(10, 3, &slot, 0) == 0);
    CHECK(pascal_row_range(10, 10, nullptr, 0) == 0);  // the empty range at the row's end
    CHECK(slot == 7);
    CHECK(errno == 0);
}

TEST_CASE("pascal_row_range sets EDOM for a range that leaves the row, and writes nothing", "[range][errors]") {
    std::uint32_t out[4] = {7, 7, 7, 7};
    errno = 0;
    CHECK(pascal_row_range(10, 8, out, 3) == 0);
    CHECK(errno == EDOM);
    errno = 0;
    CHECK(pascal_row_range(10, 11, out, 0) == 0);  // k0 past the end, even empty
    CHECK(errno == EDOM);
    errno = 0;
    CHECK(pascal_row_range(UINT64_MAX, UINT64_MAX - 1, out, 2) == 0);  // k0 + count overflows 64 bits
    CHECK(errno == EDOM);
    CHECK((out[0] == 7 && out[1] == 7 && out[2] == 7 && out[3] == 7));
}

TEST_CASE("pascal_row_range sets EINVAL for a NULL out with count > 0", "[range][errors]") {
    errno = 0;
    CHECK(pascal_row_range(10, 0, nullptr, 3) == 0);
    CHECK(errno == EINVAL);
}
