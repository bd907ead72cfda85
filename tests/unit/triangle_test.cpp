// pascal_triangle() and pascal_triangle_into(): many rows in one call.
#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdint>
#include <vector>

#include "pascal/pascal.h"
#include "reference.hpp"

using Row = std::vector<std::uint32_t>;

namespace {

Row library_triangle(std::size_t rows) {
    std::size_t size = 12345;
    std::uint32_t* p = pascal_triangle(rows, &size);
    Row all(p, p + size);
    deallocate_vec(p, size);
    return all;
}

}  // namespace

TEST_CASE("pascal_triangle(4) is rows 1 to 4 one after another", "[triangle]") {
    CHECK(library_triangle(4) == Row{1, 1, 1, 1, 2, 1, 1, 3, 3, 1});
}

TEST_CASE("pascal_triangle(rows) holds rows*(rows+1)/2 entries, row r at r*(r-1)/2", "[triangle]") {
    for (std::size_t rows : {1u, 2u, 17u, 36u, 100u, 1000u, 2001u}) {
        const Row all = library_triangle(rows);
        REQUIRE(all.size() == rows * (rows + 1) / 2);
        for (std::size_t r = 1; r <= rows; ++r) {
            INFO("rows = " << rows << ", r = " << r);
            const auto start = all.begin() + static_cast<std::ptrdiff_t>(r * (r - 1) / 2);
            REQUIRE(Row(start, start + static_cast<std::ptrdiff_t>(r)) == reference::library_row(r));
        }
    }
}

TEST_CASE("rows == 0 is the empty triangle: NULL, size 0, errno untouched", "[triangle]") {
    std::size_t size = 99;
    errno = 0;
    CHECK(pascal_triangle(0, &size) == nullptr);
    CHECK(size == 0);
    CHECK(errno == 0);
}

TEST_CASE("pascal_triangle with NULL size_out is EINVAL", "[triangle][errors]") {
    errno = 0;
    CHECK(pascal_triangle(3, nullptr) == nullptr);
    CHECK(errno == EINVAL);
}

TEST_CASE("a triangle too large to count or allocate is ENOMEM, size 0", "[triangle][errors]") {
    // SIZE_MAX and 2^(bits/2 + 1) rows overflow the entry count; 2^(bits/2 - 1)
    // rows (2^(bits - 3) entries, 2^(bits - 1) bytes: 2^63 with a 64-bit
    // size_t) fit in size_t but no allocator has them.
    constexpr int half_bits = sizeof(std::size_t) * 4;
    for (std::size_t rows :
         {SIZE_MAX, SIZE_MAX - 1, std::size_t{1} << (half_bits + 1), std::size_t{1} << (half_bits - 1)}) {
        std::size_t size = 99;
        errno = 0;
        CHECK(pascal_triangle(rows, &size) == nullptr);
        CHECK(errno == ENOMEM);
        CHECK(size == 0);
    }
}

TEST_CASE("pascal_triangle_into writes the same entries as pascal_triangle", "[triangle][into]") {
    for (std::size_t rows : {1u, 5u, 300u}) {
        Row buffer(rows * (rows + 1) / 2);
        CHECK(pascal_triangle_into(rows, buffer.data(), buffer.size()) == buffer.size());
        CHECK(buffer == library_triangle(rows));
    }
}

TEST_CASE("pascal_triangle_into(rows, NULL, 0) asks for the size", "[triangle][into]") {
    CHECK(pascal_triangle_into(4, nullptr, 0) == 10u);
    CHECK(pascal_triangle_into(0, nullptr, 0) == 0u);
}

TEST_CASE("pascal_triangle_into with too small a buffer writes nothing", "[triangle][into]") {
    Row buffer(9, 0xDEADBEEFu);
    CHECK(pascal_triangle_into(4, buffer.data(), buffer.size()) == 10u);
    CHECK(buffer == Row(9, 0xDEADBEEFu));
}

TEST_CASE("pascal_triangle_into with NULL out and capacity > 0 is EINVAL", "[triangle][into][errors]") {
    errno = 0;
    CHECK(pascal_triangle_into(4, nullptr, 10) == 0u);
    CHECK(errno == EINVAL);
}

TEST_CASE("pascal_triangle_into whose entry count overflows size_t is EOVERFLOW", "[triangle][into][errors]") {
    for (std::size_t rows : {SIZE_MAX, std::size_t{1} << (sizeof(std::size_t) * 4 + 1)}) {
        errno = 0;
        CHECK(pascal_triangle_into(rows, nullptr, 0) == 0u);
        CHECK(errno == EOVERFLOW);
    }
}
