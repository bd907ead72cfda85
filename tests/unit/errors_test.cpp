// Every failure: NULL or 0, a documented errno, nothing else.
#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdint>
#include <vector>

#include "pascal/pascal.h"

TEST_CASE("NULL size_out is EINVAL", "[errors]") {
    errno = 0;
    CHECK(pascal_row(5, nullptr) == nullptr);
    CHECK(errno == EINVAL);
}

TEST_CASE("a row whose byte size overflows size_t is ENOMEM, size 0", "[errors]") {
    for (std::size_t n : {SIZE_MAX, SIZE_MAX / 2, SIZE_MAX / 4 + 1}) {
        std::size_t size = 99;
        errno = 0;
        CHECK(pascal_row(n, &size) == nullptr);
        CHECK(errno == ENOMEM);
        CHECK(size == 0);
    }
}

TEST_CASE("a row too large to allocate is ENOMEM, size 0", "[errors]") {
    // SIZE_MAX / 4 entries (all but 4 bytes of the address space) and the
    // smallest row over PTRDIFF_MAX bytes both fit in size_t, and no
    // allocator has them; with a 64-bit size_t, so does 2^60 (4 EiB).
    std::vector<std::size_t> sizes{SIZE_MAX / 4, PTRDIFF_MAX / 4 + 1};
    if constexpr (sizeof(std::size_t) == 8) sizes.push_back(std::size_t{1} << (sizeof(std::size_t) * 8 - 4));
    for (std::size_t n : sizes) {
        std::size_t size = 99;
        errno = 0;
        CHECK(pascal_row(n, &size) == nullptr);
        CHECK(errno == ENOMEM);
        CHECK(size == 0);
    }
}

TEST_CASE("the library still works after every error", "[errors]") {
    std::size_t size = 0;
    CHECK(pascal_row(SIZE_MAX, &size) == nullptr);
    CHECK(pascal_row(3, nullptr) == nullptr);
    std::uint32_t* row = pascal_row(3, &size);
    REQUIRE(row != nullptr);
    CHECK(size == 3);
    CHECK(row[1] == 2u);
    deallocate_vec(row, size);
}

TEST_CASE("deallocate_vec(NULL, len) does nothing, for any len", "[errors][free]") {
    deallocate_vec(nullptr, 0);
    deallocate_vec(nullptr, 5);
    deallocate_vec(nullptr, SIZE_MAX);
    SUCCEED("no crash");
}

TEST_CASE("errno is untouched by every successful call", "[errors]") {
    errno = 0;
    std::size_t size = 0;
    std::uint32_t buffer[10];
    deallocate_vec(pascal_row(1000, &size), size);
    deallocate_vec(pascal_triangle(100, &size), size);
    CHECK(pascal_row_into(10, buffer, 10) == 10u);
    CHECK(pascal_triangle_into(4, buffer, 10) == 10u);
    deallocate_vec(nullptr, 0);
    CHECK(errno == 0);
}
