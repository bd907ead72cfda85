// What a row contains.
#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdint>
#include <vector>

#include "pascal/pascal.h"
#include "reference.hpp"

using reference::library_row;
using Row = std::vector<std::uint32_t>;

TEST_CASE("rows start 1, 1 1, 1 2 1, 1 3 3 1", "[rows]") {
    CHECK(library_row(1) == Row{1});
    CHECK(library_row(2) == Row{1, 1});
    CHECK(library_row(3) == Row{1, 2, 1});
    CHECK(library_row(4) == Row{1, 3, 3, 1});
    CHECK(library_row(10) == Row{1, 9, 36, 84, 126, 126, 84, 36, 9, 1});
}

TEST_CASE("pascal_row(n) has n entries and reports n in size_out", "[rows]") {
    for (std::size_t n : {1u, 2u, 7u, 35u, 36u, 1000u, 65537u}) {
        std::size_t size = 0;
        std::uint32_t* row = pascal_row(n, &size);
        REQUIRE(row != nullptr);
        CHECK(size == n);
        deallocate_vec(row, size);
    }
}

TEST_CASE("every row up to 2000 equals the wrapping uint32 recurrence", "[rows]") {
    Row expected{1};
    for (std::size_t n = 1; n <= 2000; ++n) {
        REQUIRE(library_row(n) == expected);
        reference::next_row(expected);
    }
}

TEST_CASE("assorted larger rows equal the wrapping uint32 recurrence", "[rows]") {
    for (std::size_t n : {2048u, 2049u, 4097u, 5000u, 8191u, 10007u}) {
        INFO("n = " << n);
        CHECK(library_row(n) == reference::recurrence_row(n));
    }
}

TEST_CASE("rows up to PASCAL_ROW_EXACT_MAX are exact binomials", "[rows][exact]") {
    for (std::size_t n = 1; n <= PASCAL_ROW_EXACT_MAX; ++n) {
        const Row row = library_row(n);
        for (std::size_t k = 0; k < n; ++k) {
            INFO("n = " << n << ", k = " << k);
            CHECK(row[k] == reference::exact_binomial(n - 1, k));
        }
    }
}

TEST_CASE("PASCAL_ROW_EXACT_MAX is the last exact row: row 36 wraps", "[rows][exact]") {
    CHECK(pascal_row_exact_max() == PASCAL_ROW_EXACT_MAX);
    CHECK(library_row(35)[17] == 2333606220u);  // C(34, 17), above 2^31
    const std::uint64_t middle = reference::exact_binomial(35, 17);
    CHECK(middle > UINT32_MAX);
    CHECK(library_row(36)[17] == static_cast<std::uint32_t>(middle));
}

TEST_CASE("wrapped entries are C(n-1, k) mod 2^32: row 41 entry 20 is 407575348", "[rows]") {
    CHECK(library_row(41)[20] == 407575348u);
}

TEST_CASE("rows are symmetric", "[rows]") {
    for (std::size_t n : {1u, 2u, 3u, 36u, 999u, 1000u, 123457u, 1000000u}) {
        const Row row = library_row(n);
        for (std::size_t k = 0; k < n; ++k)
            REQUIRE(row[k] == row[n - 1 - k]);
    }
}

TEST_CASE("row sums are 2^(n-1) mod 2^32", "[rows]") {
    for (std::size_t n : {1u, 2u, 5u, 32u, 33u, 34u, 1000u, 1000001u}) {
        std::uint32_t sum = 0;
        for (std::uint32_t v : library_row(n))
            sum += v;
        const std::uint32_t expected = n - 1 < 32 ? (1u << (n - 1)) : 0u;
        INFO("n = " << n);
        CHECK(sum == expected);
    }
}

TEST_CASE("Pascal's rule links large consecutive rows", "[rows]") {
    // row(n+1)[k] = row(n)[k-1] + row(n)[k]: with the small-n checks above,
    // this ties large rows to the recurrence without its O(n^2) cost.
    for (std::size_t n : {65536u, 65537u, 999999u, 1u << 21}) {
        const Row row = library_row(n);
        const Row next = library_row(n + 1);
        REQUIRE(next.front() == 1u);
        REQUIRE(next.back() == 1u);
        for (std::size_t k = 1; k < n; ++k) {
            if (next[k] != static_cast<std::uint32_t>(row[k - 1] + row[k])) {  // no per-entry INFO: see entry_test
                INFO("n = " << n << ", k = " << k);
                REQUIRE(next[k] == static_cast<std::uint32_t>(row[k - 1] + row[k]));
            }
        }
    }
}

TEST_CASE("n == 0 is the empty row: NULL, size 0, errno untouched", "[rows]") {
    std::size_t size = 99;
    errno = 0;
    CHECK(pascal_row(0, &size) == nullptr);
    CHECK(size == 0);
    CHECK(errno == 0);
}
