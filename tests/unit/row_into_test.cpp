// pascal_row_into(): the caller-owned buffer form.
#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdint>
#include <vector>

#include "pascal/pascal.h"
#include "reference.hpp"

TEST_CASE("pascal_row_into writes the same row as pascal_row and returns n", "[into]") {
    for (std::size_t n : {1u, 2u, 35u, 36u, 1000u, 100001u}) {
        std::vector<std::uint32_t> buffer(n);
        CHECK(pascal_row_into(n, buffer.data(), buffer.size()) == n);
        CHECK(buffer == reference::library_row(n));
    }
}

TEST_CASE("pascal_row_into with room to spare writes only n entries", "[into]") {
    std::vector<std::uint32_t> buffer(8, 0xDEADBEEFu);
    CHECK(pascal_row_into(3, buffer.data(), buffer.size()) == 3u);
    CHECK(buffer ==
          std::vector<std::uint32_t>{1, 2, 1, 0xDEADBEEFu, 0xDEADBEEFu, 0xDEADBEEFu, 0xDEADBEEFu, 0xDEADBEEFu});
}

TEST_CASE("pascal_row_into(n, NULL, 0) asks for the size", "[into]") {
    errno = 0;
    CHECK(pascal_row_into(10, nullptr, 0) == 10u);
    CHECK(pascal_row_into(SIZE_MAX, nullptr, 0) == SIZE_MAX);
    CHECK(errno == 0);
}

TEST_CASE("pascal_row_into with capacity < n writes nothing and returns n", "[into]") {
    std::vector<std::uint32_t> buffer(9, 0xDEADBEEFu);
    CHECK(pascal_row_into(10, buffer.data(), buffer.size()) == 10u);
    CHECK(buffer == std::vector<std::uint32_t>(9, 0xDEADBEEFu));
}

TEST_CASE("pascal_row_into with n == 0 returns 0 and writes nothing", "[into]") {
    std::uint32_t sentinel = 7;
    CHECK(pascal_row_into(0, &sentinel, 1) == 0u);
    CHECK(pascal_row_into(0, nullptr, 0) == 0u);
    CHECK(sentinel == 7u);
}

TEST_CASE("pascal_row_into with NULL out and capacity > 0 is EINVAL", "[into][errors]") {
    errno = 0;
    CHECK(pascal_row_into(3, nullptr, 3) == 0u);
    CHECK(errno == EINVAL);
}
