// No global state: many threads at once get the same rows as one thread.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <iterator>
#include <thread>
#include <vector>

#include "pascal/pascal.h"
#include "reference.hpp"

TEST_CASE("many threads calling every function at once get correct rows", "[threads]") {
    constexpr std::size_t sizes[] = {1, 3, 35, 36, 41, 1000, 4097};
    std::vector<std::vector<std::uint32_t>> expected;
    for (std::size_t n : sizes)
        expected.push_back(reference::recurrence_row(n));

    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&, t] {
            std::vector<std::uint32_t> buffer(4097);
            for (int i = 0; i < 400; ++i) {
                const std::size_t which = static_cast<std::size_t>(i + t) % std::size(sizes);
                const std::size_t n = sizes[which];
                std::size_t size = 0;
                std::uint32_t* row = pascal_row(n, &size);
                if (row == nullptr || size != n || !std::equal(row, row + n, expected[which].begin())) ++mismatches;
                deallocate_vec(row, size);
                if (pascal_row_into(n, buffer.data(), buffer.size()) != n ||
                    !std::equal(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(n),
                                expected[which].begin()))
                    ++mismatches;
                if (pascal_version_number() != PASCAL_VERSION_NUMBER) ++mismatches;
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    CHECK(mismatches == 0);
}
