// libFuzzer target for the whole C API. An input is a short program: each
// step picks a function, its size argument, a capacity and whether pointers
// are NULL, calls the library and checks everything the header promises
// (result, *size_out, errno, which buffer entries were written). Rows are
// compared with the textbook recurrence, and each allocating function with
// its _into twin. A broken promise aborts, which libFuzzer reports as a crash.
//
// Built twice: with clang -fsanitize=fuzzer for the timed fuzz run
// (scripts/sanitize), and with replay_main.cpp in every build, where CTest
// replays the seed corpus (make_seed_corpus.py) through the same checks.
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
// Triangles up to here (45,150 entries) are checked row by row.
constexpr std::size_t triangle_rows = 300;
// Steps per input: bounds the time of one input whatever its length.
constexpr int max_steps = 32;
// errno is set to this before each call that must leave it untouched.
constexpr int errno_canary = 0x5eed;
constexpr std::uint32_t sentinel = 0xDEADBEEFu;

// Sizes the library must refuse with ENOMEM: counts whose byte size
// overflows, and byte sizes no allocator has (with a 64-bit size_t 16 TiB and
// more, past ASan's 1 TiB limit too, so the sanitizer returns NULL instead of
// reporting; with a 32-bit one, more than PTRDIFF_MAX bytes). The fuzzer
// never asks for a row or triangle between these and the checked ones.
#if SIZE_MAX > 0xFFFFFFFFu
constexpr std::size_t unallocatable_n[] = {SIZE_MAX,     SIZE_MAX / 2,         SIZE_MAX / 4 + 1,
                                           SIZE_MAX / 4, std::size_t{1} << 60, std::size_t{1} << 42};
constexpr std::size_t unallocatable_rows[] = {std::size_t{1} << 23, (std::size_t{1} << 32) - 1,
                                              std::size_t{1} << 32, std::size_t{1} << 33,
                                              SIZE_MAX / 2,         SIZE_MAX};
constexpr std::size_t huge_n = std::size_t{1} << 42;
constexpr std::size_t huge_rows = std::size_t{1} << 23;
// Triangle sizes in 128 bits, so the expectation cannot overflow the way the
// library must not.
__extension__ typedef unsigned __int128 wide;
#else
constexpr std::size_t unallocatable_n[] = {SIZE_MAX, SIZE_MAX / 2, SIZE_MAX / 4 + 1, SIZE_MAX / 4, PTRDIFF_MAX / 4 + 1};
constexpr std::size_t unallocatable_rows[] = {std::size_t{1} << 15, (std::size_t{1} << 16) - 1,
                                              std::size_t{1} << 16, std::size_t{1} << 17,
                                              SIZE_MAX / 2,         SIZE_MAX};
constexpr std::size_t huge_n = PTRDIFF_MAX / 4 + 1;
constexpr std::size_t huge_rows = std::size_t{1} << 15;
typedef std::uint64_t wide;  // twice size_t's width
#endif
wide triangle_entries(std::size_t rows) { return wide{rows} * (wide{rows} + 1) / 2; }

[[noreturn]] void broken(int line, const char* what, std::size_t arg, std::size_t capacity) {
    std::fprintf(stderr, "api_fuzzer.cpp:%d: broken promise: %s (size argument %zu, capacity %zu)\n", line, what, arg,
                 capacity);
    std::abort();
}

// Every step names its size argument `arg` and its capacity `capacity`, so a
// failure report says which call broke.
#define PROMISE(cond)                                        \
    do {                                                     \
        if (!(cond)) broken(__LINE__, #cond, arg, capacity); \
    } while (0)

const std::vector<std::vector<std::uint32_t>>& reference_rows() {
    static const auto rows = [] {
        std::vector<std::vector<std::uint32_t>> t(table_rows + 1);
        for (std::size_t n = 1; n <= table_rows; ++n) {
            t[n] = t[n - 1];
            t[n].push_back(1);
            for (std::size_t j = n - 1; j-- > 1;)
                t[n][j] += t[n][j - 1];
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
        for (int i = 0; i < count; ++i)
            value = value << 8 | byte();
        return value;
    }
    template <std::size_t count>
    std::size_t one_of(const std::size_t (&values)[count]) {
        return values[byte() % count];
    }

private:
    const std::uint8_t* data_;
    std::size_t left_;
};

std::size_t pick_n(Input& in) {
    switch (in.byte() % 8) {
        case 0:
            return static_cast<std::size_t>(in.byte() % 64);
        case 1:
        case 2:
        case 3:
        case 4:
            return static_cast<std::size_t>(in.bytes(2) % (table_rows + 1));
        case 5:
            return static_cast<std::size_t>(in.bytes(3) % (large_rows + 1));
        case 6:
            return in.one_of(unallocatable_n);
        default:
            return static_cast<std::size_t>(in.bytes(8) | huge_n);
    }
}

std::size_t pick_rows(Input& in) {
    switch (in.byte() % 8) {
        case 0:
        case 1:
            return static_cast<std::size_t>(in.byte() % 64);
        case 2:
        case 3:
        case 4:
        case 5:
            return static_cast<std::size_t>(in.bytes(2) % (triangle_rows + 1));
        case 6:
            return in.one_of(unallocatable_rows);
        default:
            return static_cast<std::size_t>(in.bytes(8) | huge_rows);
    }
}

// A capacity around the entry count (the edges are where off-by-ones live)
// or anywhere. Capacities are allocated, so they stay below large_rows + 64.
std::size_t pick_capacity(Input& in, std::size_t entries) {
    const std::size_t near = entries <= large_rows ? entries : 0;
    switch (in.byte() % 6) {
        case 0:
            return 0;
        case 1:
            return near > 0 ? near - 1 : 0;
        case 2:
        case 3:
            return near;
        case 4:
            return near + 1 + static_cast<std::size_t>(in.byte() % 63);
        default:
            return static_cast<std::size_t>(in.bytes(3) % (large_rows + 64));
    }
}

// For a NULL buffer: capacity 0 (a size query) or any other.
std::size_t pick_null_capacity(Input& in) { return in.byte() % 2 == 0 ? 0 : static_cast<std::size_t>(in.bytes(8) | 1); }

// Row n as the reference says it must be. Past the table, row n-1 comes from
// the library and the recurrence is checked between the two rows, so with
// the table as the base case every row is checked by induction.
void check_row(std::size_t arg, const std::uint32_t* row) {
    const std::size_t n = arg, capacity = n;
    if (n <= table_rows) {
        PROMISE(std::memcmp(row, reference_rows()[n].data(), n * sizeof *row) == 0);
        return;
    }
    std::vector<std::uint32_t> previous(n - 1);
    PROMISE(pascal_row_into(n - 1, previous.data(), previous.size()) == n - 1);
    PROMISE(row[0] == 1 && row[n - 1] == 1);
    for (std::size_t j = 1; j + 1 < n; ++j)
        PROMISE(row[j] == previous[j] + previous[j - 1]);
}

// Rows 1..rows one after another.
void check_triangle(std::size_t arg, const std::uint32_t* entries) {
    const std::size_t rows = arg, capacity = 0;
    std::size_t offset = 0;
    for (std::size_t r = 1; r <= rows; offset += r, ++r)
        PROMISE(std::memcmp(entries + offset, reference_rows()[r].data(), r * sizeof *entries) == 0);
}

// Fills `capacity` fresh entries with the sentinel: exactly `capacity`, so a
// sanitizer sees any write past the end.
std::unique_ptr<std::uint32_t[]> sentinel_buffer(std::size_t capacity) {
    std::unique_ptr<std::uint32_t[]> out(new std::uint32_t[capacity]);
    for (std::size_t i = 0; i < capacity; ++i)
        out[i] = sentinel;
    return out;
}

void check_untouched(std::size_t arg, const std::uint32_t* out, std::size_t from, std::size_t capacity) {
    for (std::size_t i = from; i < capacity; ++i)
        PROMISE(out[i] == sentinel);
}

// pascal_row_alloc or pascal_triangle_alloc for `arg`: the array its errno
// twin returned (`expected`, `size` entries), or `error` and an empty array.
void check_alloc_twin(int (*alloc)(std::size_t, pascal_array*), std::size_t arg, int error,
                      const std::uint32_t* expected, std::size_t size) {
    const std::size_t capacity = 0;
    std::uint32_t unrelated = 0;
    pascal_array array{&unrelated, sentinel};  // what the caller's array held: never read or freed
    PROMISE(alloc(arg, &array) == error);
    PROMISE(array.size == size);
    if (size > 0)
        PROMISE(std::memcmp(array.data, expected, size * sizeof *expected) == 0);
    else
        PROMISE(array.data == nullptr);
    pascal_array_free(&array);
    PROMISE(array.data == nullptr && array.size == 0);
}

void step_row(Input& in) {
    const std::size_t arg = pick_n(in), n = arg, capacity = 0;
    std::size_t size = sentinel;
    errno = errno_canary;
    std::uint32_t* row = pascal_row(n, &size);
    if (n == 0) {
        PROMISE(row == nullptr && size == 0 && errno == errno_canary);
    } else if (n > large_rows) {
        PROMISE(row == nullptr && size == 0 && errno == ENOMEM);
    } else {
        PROMISE(row != nullptr && size == n && errno == errno_canary);
        check_row(n, row);
        std::vector<std::uint32_t> into(n);
        PROMISE(pascal_row_into(n, into.data(), n) == n);
        PROMISE(std::memcmp(row, into.data(), n * sizeof *row) == 0);
    }
    check_alloc_twin(pascal_row_alloc, n, n > large_rows ? ENOMEM : 0, row, size);
    deallocate_vec(row, size);
}

void step_triangle(Input& in) {
    const std::size_t arg = pick_rows(in), rows = arg, capacity = 0;
    std::size_t size = sentinel;
    errno = errno_canary;
    std::uint32_t* entries = pascal_triangle(rows, &size);
    if (rows == 0) {
        PROMISE(entries == nullptr && size == 0 && errno == errno_canary);
    } else if (rows > triangle_rows) {
        PROMISE(entries == nullptr && size == 0 && errno == ENOMEM);
    } else {
        const auto count = static_cast<std::size_t>(triangle_entries(rows));
        PROMISE(entries != nullptr && size == count && errno == errno_canary);
        check_triangle(rows, entries);
        std::vector<std::uint32_t> into(count);
        PROMISE(pascal_triangle_into(rows, into.data(), count) == count);
        PROMISE(std::memcmp(entries, into.data(), count * sizeof *entries) == 0);
    }
    check_alloc_twin(pascal_triangle_alloc, rows, rows > triangle_rows ? ENOMEM : 0, entries, size);
    deallocate_vec(entries, size);
}

void step_without_size_out(Input& in) {
    const bool triangle = in.byte() % 2 == 1;
    const std::size_t arg = triangle ? pick_rows(in) : pick_n(in), capacity = 0;
    errno = 0;
    PROMISE((triangle ? pascal_triangle(arg, nullptr) : pascal_row(arg, nullptr)) == nullptr);
    PROMISE(errno == EINVAL);
    PROMISE((triangle ? pascal_triangle_alloc(arg, nullptr) : pascal_row_alloc(arg, nullptr)) == EINVAL);
}

// pascal_entry and pascal_row_range on row n, driven from step_row_into
// without reading more input (so the corpus keeps its meaning): the ends and
// the middle against `row` when it was written (else against each other),
// and each one's errors.
void check_entry_and_range(std::size_t n, const std::uint32_t* row) {
    const std::size_t arg = n, capacity = 0;
    std::uint32_t value = 0xDEADBEEFu;
    PROMISE(pascal_entry(n, n, &value) == EDOM && value == 0xDEADBEEFu);
    PROMISE(pascal_entry(n, 0, nullptr) == EINVAL);
    errno = errno_canary;
    PROMISE(pascal_row_range(n, n, nullptr, 0) == 0 && errno == errno_canary);
    PROMISE(pascal_row_range(n, n, &value, 1) == 0 && errno == EDOM && value == 0xDEADBEEFu);
    PROMISE(pascal_row_range(n, 0, nullptr, 1) == 0 && errno == EINVAL);
    if (n == 0) return;
    const std::size_t k0 = n / 3, count = n - k0 < 64 ? n - k0 : 64;
    std::uint32_t slice[64];
    errno = errno_canary;
    PROMISE(pascal_row_range(n, k0, slice, count) == count && errno == errno_canary);
    for (std::size_t k : {std::size_t{0}, n / 2, n - 1, k0}) {
        PROMISE(pascal_entry(n, k, &value) == 0);
        if (row != nullptr) PROMISE(value == row[k]);
        if (k == k0) PROMISE(value == slice[0]);
    }
    if (row != nullptr)
        for (std::size_t i = 0; i < count; ++i)
            PROMISE(slice[i] == row[k0 + i]);
}

void step_row_into(Input& in) {
    const std::size_t arg = pick_n(in), n = arg;
    if (in.byte() % 4 == 0) {
        const std::size_t capacity = pick_null_capacity(in);
        errno = errno_canary;
        const std::size_t result = pascal_row_into(n, nullptr, capacity);
        if (capacity == 0)
            PROMISE(result == n && errno == errno_canary);
        else
            PROMISE(result == 0 && errno == EINVAL);
        return;
    }
    const std::size_t capacity = pick_capacity(in, n);
    const auto out = sentinel_buffer(capacity);
    errno = errno_canary;
    PROMISE(pascal_row_into(n, out.get(), capacity) == n);
    PROMISE(errno == errno_canary);
    const std::size_t written = capacity >= n ? n : 0;
    if (written > 0) check_row(n, out.get());
    check_untouched(arg, out.get(), written, capacity);
    check_entry_and_range(n, written > 0 ? out.get() : nullptr);
}

void step_triangle_into(Input& in) {
    const std::size_t arg = pick_rows(in), rows = arg;
    const wide count = triangle_entries(rows);
    const bool overflows = count > SIZE_MAX;
    if (in.byte() % 4 == 0) {
        const std::size_t capacity = pick_null_capacity(in);
        errno = errno_canary;
        const std::size_t result = pascal_triangle_into(rows, nullptr, capacity);
        if (capacity > 0)  // the header does not rank EINVAL against EOVERFLOW
            PROMISE(result == 0 && (errno == EINVAL || (overflows && errno == EOVERFLOW)));
        else if (overflows)
            PROMISE(result == 0 && errno == EOVERFLOW);
        else
            PROMISE(result == count && errno == errno_canary);
        return;
    }
    const std::size_t entries = overflows ? SIZE_MAX : static_cast<std::size_t>(count);
    const std::size_t capacity = pick_capacity(in, entries);
    const auto out = sentinel_buffer(capacity);
    errno = errno_canary;
    const std::size_t result = pascal_triangle_into(rows, out.get(), capacity);
    if (overflows) {
        PROMISE(result == 0 && errno == EOVERFLOW);
    } else {
        PROMISE(result == entries && errno == errno_canary);
    }
    const std::size_t written = !overflows && capacity >= entries ? entries : 0;
    if (written > 0) check_triangle(rows, out.get());
    check_untouched(arg, out.get(), written, capacity);
}

void step_constants(Input& in) {
    const std::size_t arg = 0, capacity = static_cast<std::size_t>(in.bytes(8));
    errno = errno_canary;
    deallocate_vec(nullptr, capacity);
    pascal_array_free(nullptr);
    pascal_array empty{nullptr, 0};
    pascal_array_free(&empty);
    PROMISE(errno == errno_canary);
    PROMISE(pascal_version_number() == PASCAL_VERSION_NUMBER);
    PROMISE(std::strcmp(pascal_version_string(), PASCAL_VERSION_STRING) == 0);
    PROMISE(pascal_row_exact_max() == PASCAL_ROW_EXACT_MAX);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Input in(data, size);
    for (int step = 0; step < max_steps && !in.empty(); ++step) {
        switch (in.byte() % 6) {
            case 0:
                step_row(in);
                break;
            case 1:
                step_row_into(in);
                break;
            case 2:
                step_triangle(in);
                break;
            case 3:
                step_triangle_into(in);
                break;
            case 4:
                step_without_size_out(in);
                break;
            default:
                step_constants(in);
                break;
        }
    }
    return 0;
}
