// The extern "C" boundary: argument checks, allocation and errno. Nothing
// here throws: memory comes from malloc or mmap (array_memory.cpp), whose
// failure is a NULL, and the kernels touch only the caller's array. Every function is noexcept all the
// way down, so no C++ exception can ever reach a C caller.
#include "pascal/pascal.h"

#include <cerrno>
#include <cstdint>

#include "array_memory.hpp"
#include "binomial.hpp"
#include "compiler.hpp"
#include "row_kernel.hpp"
#include "triangle_kernel.hpp"

namespace {

// No object may be larger than PTRDIFF_MAX bytes (glibc's malloc refuses
// more), so larger rows fail here without asking the allocator.
constexpr std::size_t max_entries = PTRDIFF_MAX / sizeof(std::uint32_t);

// rows * (rows + 1) / 2, or false if it does not fit in size_t.
bool triangle_entries(std::size_t rows, std::size_t* entries) noexcept {
    // One of rows, rows + 1 is even: halve that one before multiplying (for
    // odd rows, (rows + 1) / 2 is rows / 2 + 1, which cannot overflow).
    if (rows % 2 == 0) return !PASCAL_MUL_OVERFLOW(rows / 2, rows + 1, entries);
    return !PASCAL_MUL_OVERFLOW(rows, rows / 2 + 1, entries);
}

// Allocate + fill, shared by every allocating function: 0 and *out holding
// the new array ({NULL, 0} for no entries, not an error), or ENOMEM and
// *out = {NULL, 0}.
template <typename Fill>
int allocate_and_fill(std::size_t entries, pascal_array* out, Fill fill) noexcept {
    *out = pascal_array{nullptr, 0};
    if (entries == 0) return 0;
    if (entries > max_entries) return ENOMEM;
    auto* data = pascal::detail::allocate_array(entries);
    if (data == nullptr) return ENOMEM;
    fill(data);
    *out = pascal_array{data, entries};
    return 0;
}

int row_array(std::size_t n, pascal_array* out) noexcept {
    return allocate_and_fill(n, out, [n](uint32_t* data) noexcept { pascal::detail::fill_row(n, data); });
}

int triangle_array(std::size_t rows, pascal_array* out) noexcept {
    std::size_t entries = 0;
    if (!triangle_entries(rows, &entries)) {
        *out = pascal_array{nullptr, 0};
        return ENOMEM;
    }
    return allocate_and_fill(entries, out,
                             [rows](uint32_t* data) noexcept { pascal::detail::fill_triangle(rows, data); });
}

// The errno convention over the error-code one, for pascal_row() and
// pascal_triangle(): make()'s array, *size_out its size, errno set on failure.
uint32_t* with_errno(int (*make)(std::size_t, pascal_array*), std::size_t arg, std::size_t* size_out) noexcept {
    if (size_out == nullptr) {
        errno = EINVAL;
        return nullptr;
    }
    pascal_array array;
    const int error = make(arg, &array);
    *size_out = array.size;
    if (error != 0) errno = error;
    return array.data;
}

}  // namespace

extern "C" {

uint32_t pascal_version_number(void) noexcept { return PASCAL_VERSION_NUMBER; }

const char* pascal_version_string(void) noexcept { return PASCAL_VERSION_STRING; }

size_t pascal_row_exact_max(void) noexcept { return PASCAL_ROW_EXACT_MAX; }

uint32_t* pascal_row(size_t n, size_t* size_out) noexcept { return with_errno(row_array, n, size_out); }

void deallocate_vec(uint32_t* ptr, size_t len) noexcept { pascal::detail::free_array(ptr, len); }

size_t pascal_row_into(size_t n, uint32_t* out, size_t capacity) noexcept {
    if (out == nullptr && capacity > 0) {
        errno = EINVAL;
        return 0;
    }
    if (n == 0 || capacity < n) return n;
    pascal::detail::fill_row(n, out);
    return n;
}

uint32_t* pascal_triangle(size_t rows, size_t* size_out) noexcept { return with_errno(triangle_array, rows, size_out); }

size_t pascal_triangle_into(size_t rows, uint32_t* out, size_t capacity) noexcept {
    if (out == nullptr && capacity > 0) {
        errno = EINVAL;
        return 0;
    }
    size_t entries = 0;
    if (!triangle_entries(rows, &entries)) {
        errno = EOVERFLOW;
        return 0;
    }
    if (entries == 0 || capacity < entries) return entries;
    pascal::detail::fill_triangle(rows, out);
    return entries;
}

int pascal_row_alloc(size_t n, pascal_array* out) noexcept {
    if (out == nullptr) return EINVAL;
    return row_array(n, out);
}

int pascal_triangle_alloc(size_t rows, pascal_array* out) noexcept {
    if (out == nullptr) return EINVAL;
    return triangle_array(rows, out);
}

int pascal_entry(uint64_t n, uint64_t k, uint32_t* out) noexcept {
    if (out == nullptr) return EINVAL;
    if (k >= n) return EDOM;
    *out = pascal::detail::entry_of(pascal::detail::binomial_parts(n - 1, k));
    return 0;
}

size_t pascal_row_range(uint64_t n, uint64_t k0, uint32_t* out, size_t count) noexcept {
    if (out == nullptr && count > 0) {
        errno = EINVAL;
        return 0;
    }
    // k0 + count <= n, written so that nothing overflows.
    if (k0 > n || count > n - k0) {
        errno = EDOM;
        return 0;
    }
    if (count == 0) return 0;
    pascal::detail::fill_range(n - 1, k0, count, out);
    return count;
}

void pascal_array_free(pascal_array* a) noexcept {
    if (a == nullptr) return;
    deallocate_vec(a->data, a->size);
    *a = pascal_array{nullptr, 0};
}

}  // extern "C"
