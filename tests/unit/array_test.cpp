// pascal_row_alloc(), pascal_triangle_alloc() and pascal_array_free(): the
// same arrays as pascal_row() and pascal_triangle(), written into a
// caller's pascal_array, the error as the return value.
#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdint>
#include <vector>

#include "pascal/pascal.h"
#include "reference.hpp"

namespace {

std::vector<std::uint32_t> contents(const pascal_array& array) { return {array.data, array.data + array.size}; }

// What a caller's array might hold before the call: never read, never freed.
pascal_array garbage() {
    static std::uint32_t unrelated[1];
    return pascal_array{unrelated, 12345};
}

}  // namespace

TEST_CASE("pascal_row_alloc(n) holds row n and returns 0", "[array]") {
    for (std::size_t n : {1u, 2u, 35u, 36u, 1000u, 4097u}) {
        pascal_array array = garbage();
        REQUIRE(pascal_row_alloc(n, &array) == 0);
        CHECK(array.size == n);
        CHECK(contents(array) == reference::recurrence_row(n));
        pascal_array_free(&array);
    }
}

TEST_CASE("pascal_row_alloc(0) is the empty row, not an error", "[array]") {
    pascal_array array = garbage();
    CHECK(pascal_row_alloc(0, &array) == 0);
    CHECK(array.data == nullptr);
    CHECK(array.size == 0);
}

TEST_CASE("pascal_row_alloc returns ENOMEM and empties the array when the row cannot be allocated", "[array][errors]") {
    for (std::size_t n : {SIZE_MAX, SIZE_MAX / 4 + 1, std::size_t{PTRDIFF_MAX / 4 + 1}}) {
        pascal_array array = garbage();
        CHECK(pascal_row_alloc(n, &array) == ENOMEM);
        CHECK(array.data == nullptr);
        CHECK(array.size == 0);
    }
}

TEST_CASE("pascal_row_alloc and pascal_triangle_alloc without an array return EINVAL", "[array][errors]") {
    CHECK(pascal_row_alloc(5, nullptr) == EINVAL);
    CHECK(pascal_triangle_alloc(5, nullptr) == EINVAL);
}

TEST_CASE("pascal_triangle_alloc(rows) holds what pascal_triangle(rows) returns", "[array][triangle]") {
    for (std::size_t rows : {1u, 4u, 100u}) {
        std::size_t size = 0;
        std::uint32_t* expected = pascal_triangle(rows, &size);
        pascal_array array = garbage();
        REQUIRE(pascal_triangle_alloc(rows, &array) == 0);
        CHECK(array.size == size);
        CHECK(contents(array) == std::vector<std::uint32_t>(expected, expected + size));
        pascal_array_free(&array);
        deallocate_vec(expected, size);
    }
    pascal_array empty = garbage();
    CHECK(pascal_triangle_alloc(0, &empty) == 0);
    CHECK((empty.data == nullptr && empty.size == 0));
}

TEST_CASE("pascal_triangle_alloc returns ENOMEM when the entries or their count do not fit",
          "[array][triangle][errors]") {
    for (std::size_t rows : {SIZE_MAX, SIZE_MAX / 2, std::size_t{1} << (sizeof(std::size_t) * 4 + 1)}) {
        pascal_array array = garbage();
        CHECK(pascal_triangle_alloc(rows, &array) == ENOMEM);
        CHECK((array.data == nullptr && array.size == 0));
    }
}

TEST_CASE("pascal_array_free frees, empties the array, and then does nothing", "[array]") {
    pascal_array array{};
    REQUIRE(pascal_row_alloc(10, &array) == 0);
    pascal_array_free(&array);
    CHECK((array.data == nullptr && array.size == 0));
    pascal_array_free(&array);
    pascal_array_free(nullptr);
    pascal_array zeroed{};
    pascal_array_free(&zeroed);
}
