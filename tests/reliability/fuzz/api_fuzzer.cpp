// libFuzzer target for the whole C API. An input is a short program: each
// step picks a function, an n, a capacity and whether pointers are NULL, calls
// the library and checks everything the header promises (result, *size_out,
// errno, which buffer entries were written). Rows are compared with the
// textbook recurrence and pascal_row() with pascal_row_into(). A broken
// promise aborts, which libFuzzer reports as a crash.
//
// Built twice: with clang -fsanitize=fuzzer for the timed fuzz run
// (scripts/sanitize), and with replay_main.cpp in every build, where CTest
// replays the seed corpus through the same checks.
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "pascal/pascal.h"

namespace {

// Rows up to here are checked entry by entry against a triangle built once
// with row[j] += row[j-1]; 1100 passes the 1024 boundary of the exponent of 2.
constexpr std::size_t table_rows = 1100;
// Rows up to here are checked against the recurrence applied to the previous
// row, in O(n): big enough for every kernel's blocking and for exponents of 2
// up to 16, small enough that one input stays in milliseconds.
constexpr std::size_t large_rows = std::size_t{1} << 16;
// Steps per input: bounds the time of one input whatever its length.
constexpr int max_steps = 32;
// errno is set to this before each call that must leave it untouched.
constexpr int errno_canary = 0x5eed;

// n the library must refuse with ENOMEM: overflowing n * 4, and sizes no
// allocator has (16 TiB and more, far past ASan's 1 TiB limit too, so the
// sanitizer returns NULL instead of reporting).
constexpr std::size_t unallocatable[] = {
    SIZE_MAX, SIZE_MAX / 2, SIZE_MAX / 4 + 1, SIZE_MAX / 4, std::size_t{1} << 60,
    std::size_t{1} << 42};
constexpr std::size_t unallocatable_count = sizeof unallocatable / sizeof unallocatable[0];

constexpr std::uint32_t sentinel = 0xDEADBEEFu;

[[noreturn]] void broken(int line, const char* what, std::size_t n, std::size_t capacity) {
    std::fprintf(stderr, "api_fuzzer.cpp:%d: broken promise: %s (n=%zu, capacity=%zu)\n", line,
                 what, n, capacity);
    std::abort();
}

#define PROMISE(cond) \
    do { \
        if (!(cond)) broken(__LINE__, #cond, n, capacity); \
    } while (0)

const std::vector<std::vector<std::uint32_t>>& triangle() {
    static const auto rows = [] {
        std::vector<std::vector<std::uint32_t>> t(table_rows + 1);
        for (std::size_t n = 1; n <= table_rows; ++n) {
            t[n] = t[n - 1];
            t[n].push_back(1);
            for (std::size_t j = n - 1; j-- > 1;) t[n][j] += t[n][j - 1];
        }
        return t;
    }();
    return rows;
}

// Reads the input; past its end every read is 0, so any byte string is valid.
class Input {
public:
    Input(const std::uint8_t* data, std::size_t size) : data_(data), left_(size) {}
    bool empty() const { return left_ == 0; }
    std::uint8_t byte() {
        if (left_ == 0) return 0;
        --left_;
        return *data_++;
    }
    std::uint64_t bytes(int count) {
        std::uint64_t value = 0;
        for (int i = 0; i < count; ++i) value = value << 8 | byte();
        return value;
    }

private:
    const std::uint8_t* data_;
    std::size_t left_;
};

// Every n is either a row this target checks (<= large_rows) or one no
// allocator has (>= 2^42 entries), never a multi-gigabyte row in between.
std::size_t pick_n(Input& in) {
    switch (in.byte() % 8) {
        case 0: return static_cast<std::size_t>(in.byte() % 64);
        case 1: case 2: case 3: case 4:
            return static_cast<std::size_t>(in.bytes(2) % (table_rows + 1));
        case 5: return static_cast<std::size_t>(in.bytes(3) % (large_rows + 1));
        case 6: return unallocatable[in.byte() % unallocatable_count];
        default: return static_cast<std::size_t>(in.bytes(8) | std::uint64_t{1} << 42);
    }
}

bool allocatable(std::size_t n) { return n <= large_rows; }

// A capacity around n (the edges are where off-by-ones live) or anywhere.
// Capacities are allocated, so they stay below large_rows + 64.
std::size_t pick_capacity(Input& in, std::size_t n) {
    const std::size_t near = allocatable(n) ? n : 0;
    switch (in.byte() % 6) {
        case 0: return 0;
        case 1: return near > 0 ? near - 1 : 0;
        case 2: case 3: return near;
        case 4: return near + 1 + static_cast<std::size_t>(in.byte() % 63);
        default: return static_cast<std::size_t>(in.bytes(3) % (large_rows + 64));
    }
}

// Row n, as the reference says it must be. For n past the table, row n-1
// comes from the library and the recurrence is checked between the two rows,
// so with the table as the base case every row is checked by induction.
void check_row(std::size_t n, const std::uint32_t* row) {
    const std::size_t capacity = n;
    if (n <= table_rows) {
        PROMISE(std::memcmp(row, triangle()[n].data(), n * sizeof *row) == 0);
        return;
    }
    std::vector<std::uint32_t> previous(n - 1);
    PROMISE(pascal_row_into(n - 1, previous.data(), previous.size()) == n - 1);
    PROMISE(row[0] == 1 && row[n - 1] == 1);
    for (std::size_t j = 1; j + 1 < n; ++j) PROMISE(row[j] == previous[j] + previous[j - 1]);
}

void step_row(Input& in) {
    const std::size_t n = pick_n(in);
    const std::size_t capacity = 0;
    std::size_t size = sentinel;
    errno = errno_canary;
    std::uint32_t* row = pascal_row(n, &size);
    if (n == 0) {
        PROMISE(row == nullptr && size == 0 && errno == errno_canary);
    } else if (!allocatable(n)) {
        PROMISE(row == nullptr && size == 0 && errno == ENOMEM);
    } else {
        PROMISE(row != nullptr && size == n && errno == errno_canary);
        check_row(n, row);
        std::vector<std::uint32_t> into(n);
        PROMISE(pascal_row_into(n, into.data(), n) == n);
        PROMISE(std::memcmp(row, into.data(), n * sizeof *row) == 0);
    }
    deallocate_vec(row, size);
}

void step_row_without_size_out(Input& in) {
    const std::size_t n = pick_n(in);
    const std::size_t capacity = 0;
    errno = 0;
    PROMISE(pascal_row(n, nullptr) == nullptr && errno == EINVAL);
}

void step_row_into(Input& in) {
    const std::size_t n = pick_n(in);
    const std::size_t capacity = pick_capacity(in, n);
    // Exactly `capacity` entries, so a sanitizer sees any write past the end.
    const std::unique_ptr<std::uint32_t[]> out(new std::uint32_t[capacity]);
    for (std::size_t i = 0; i < capacity; ++i) out[i] = sentinel;
    errno = errno_canary;
    PROMISE(pascal_row_into(n, out.get(), capacity) == n);
    PROMISE(errno == errno_canary);
    const std::size_t written = capacity >= n ? n : 0;
    if (written > 0) check_row(n, out.get());
    for (std::size_t i = written; i < capacity; ++i) PROMISE(out[i] == sentinel);
}

void step_row_into_null(Input& in) {
    const std::size_t n = pick_n(in);
    const std::size_t capacity = in.byte() % 2 == 0 ? 0 : static_cast<std::size_t>(in.bytes(8) | 1);
    errno = errno_canary;
    const std::size_t result = pascal_row_into(n, nullptr, capacity);
    if (capacity == 0)
        PROMISE(result == n && errno == errno_canary);
    else
        PROMISE(result == 0 && errno == EINVAL);
}

void step_deallocate_null(Input& in) {
    const std::size_t n = 0;
    const std::size_t capacity = static_cast<std::size_t>(in.bytes(8));
    errno = errno_canary;
    deallocate_vec(nullptr, capacity);
    PROMISE(errno == errno_canary);
}

void step_constants() {
    const std::size_t n = 0;
    const std::size_t capacity = 0;
    PROMISE(pascal_version_number() == PASCAL_VERSION_NUMBER);
    PROMISE(std::strcmp(pascal_version_string(), PASCAL_VERSION_STRING) == 0);
    PROMISE(pascal_row_exact_max() == PASCAL_ROW_EXACT_MAX);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Input in(data, size);
    for (int step = 0; step < max_steps && !in.empty(); ++step) {
        switch (in.byte() % 6) {
            case 0: step_row(in); break;
            case 1: step_row_without_size_out(in); break;
            case 2: step_row_into(in); break;
            case 3: step_row_into_null(in); break;
            case 4: step_deallocate_null(in); break;
            default: step_constants(); break;
        }
    }
    return 0;
}
