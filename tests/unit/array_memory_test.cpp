// Where large arrays live (src/array_memory.cpp): on Linux, arrays of
// 32 MiB and more are their own mappings, 2 MiB-aligned and marked
// MADV_HUGEPAGE, and deallocate_vec() unmaps them.
#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "pascal/pascal.h"

namespace {
constexpr std::size_t large_n = (std::size_t{32} << 20) / sizeof(std::uint32_t) + 12345;  // past 32 MiB
}

// PASCAL_TEST_MAPPINGS: 1 in native builds (tests/unit/CMakeLists.txt).
// Under qemu-user the guest's madvise is not passed to the kernel and
// unmapped guest ranges stay reserved, so /proc/self/smaps cannot show either.
#if defined(__linux__) && PASCAL_TEST_MAPPINGS

namespace {

constexpr std::uintptr_t huge_page = std::uintptr_t{2} << 20;

struct Mapping {
    bool found = false;
    std::uintptr_t start = 0, end = 0;
    std::string flags;  // smaps' VmFlags: "hg" is MADV_HUGEPAGE
};

// The mapping of this process that holds `address`, from /proc/self/smaps.
Mapping mapping_of(const void* address) {
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    std::ifstream smaps("/proc/self/smaps");
    Mapping current;
    for (std::string line; std::getline(smaps, line);) {
        std::uintptr_t start = 0, end = 0;
        char dash = 0;
        std::istringstream fields(line);
        if (line.find("VmFlags:") == 0) {
            if (current.found) {
                current.flags = line.substr(8) + " ";
                return current;
            }
        } else if (fields >> std::hex >> start >> dash >> end && dash == '-') {
            current.found = start <= at && at < end;
            current.start = start;
            current.end = end;
        }
    }
    return Mapping{};
}

}  // namespace

TEST_CASE("a row of 32 MiB or more is its own 2 MiB-aligned mapping, marked for huge pages", "[memory]") {
    unsetenv("PASCAL_HUGEPAGES");
    std::size_t size = 0;
    std::uint32_t* row = pascal_row(large_n, &size);
    REQUIRE(row != nullptr);
    CHECK(reinterpret_cast<std::uintptr_t>(row) % huge_page == 0);
    const Mapping mapping = mapping_of(row);
    REQUIRE(mapping.found);
    CHECK(mapping.flags.find(" hg ") != std::string::npos);
    CHECK(row[large_n - 1] == 1);
    deallocate_vec(row, size);
}

TEST_CASE("PASCAL_HUGEPAGES=0 leaves large rows unmarked", "[memory]") {
    setenv("PASCAL_HUGEPAGES", "0", 1);
    std::size_t size = 0;
    std::uint32_t* row = pascal_row(large_n, &size);
    REQUIRE(row != nullptr);
    const Mapping mapping = mapping_of(row);
    REQUIRE(mapping.found);
    CHECK(mapping.flags.find(" hg ") == std::string::npos);
    deallocate_vec(row, size);
    unsetenv("PASCAL_HUGEPAGES");
}

TEST_CASE("deallocate_vec unmaps a large row: no huge-page mark is left for malloc to reuse", "[memory]") {
    std::size_t size = 0;
    std::uint32_t* row = pascal_row(large_n, &size);
    REQUIRE(row != nullptr);
    deallocate_vec(row, size);
    CHECK_FALSE(mapping_of(row).found);
}

#endif

#if defined(__linux__)
TEST_CASE("a large row leaves errno as it was", "[memory]") {
    errno = 12345;
    std::size_t size = 0;
    std::uint32_t* row = pascal_row(large_n, &size);
    REQUIRE(row != nullptr);
    CHECK(errno == 12345);
    deallocate_vec(row, size);
    CHECK(errno == 12345);
}

#endif
