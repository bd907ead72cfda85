// The extern "C" boundary: argument checks, allocation and errno. Nothing
// here throws: memory comes from malloc, whose failure is a NULL, and the
// kernels touch only the caller's array. Every function is noexcept all the
// way down, so no C++ exception can ever reach a C caller.
#include "pascal/pascal.h"

#include <cerrno>
#include <cstdint>
#include <cstdlib>

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
    if (rows % 2 == 0) return !__builtin_mul_overflow(rows / 2, rows + 1, entries);
    return !__builtin_mul_overflow(rows, rows / 2 + 1, entries);
}

// malloc + fill, shared by pascal_row() and pascal_triangle(): on failure
// errno = ENOMEM and NULL, with *size_out already 0.
template <typename Fill>
uint32_t* allocate_and_fill(std::size_t entries, std::size_t* size_out, Fill fill) noexcept {
    if (entries > max_entries) {
        errno = ENOMEM;
        return nullptr;
    }
    // malloc, not new: it reports failure without throwing, and
    // deallocate_vec() pairs it with free().
    auto* out = static_cast<uint32_t*>(std::malloc(entries * sizeof(uint32_t)));
    if (out == nullptr) {
        errno = ENOMEM;
        return nullptr;
    }
    fill(out);
    *size_out = entries;
    return out;
}

}  // namespace

extern "C" {

uint32_t pascal_version_number(void) noexcept { return PASCAL_VERSION_NUMBER; }

const char* pascal_version_string(void) noexcept { return PASCAL_VERSION_STRING; }

size_t pascal_row_exact_max(void) noexcept { return PASCAL_ROW_EXACT_MAX; }

uint32_t* pascal_row(size_t n, size_t* size_out) noexcept {
    if (size_out == nullptr) {
        errno = EINVAL;
        return nullptr;
    }
    *size_out = 0;
    if (n == 0) return nullptr;
    return allocate_and_fill(n, size_out,
                             [n](uint32_t* out) noexcept { pascal::detail::fill_row(n, out); });
}

void deallocate_vec(uint32_t* ptr, size_t /*len: the allocator knows it*/) noexcept {
    std::free(ptr);
}

size_t pascal_row_into(size_t n, uint32_t* out, size_t capacity) noexcept {
    if (out == nullptr && capacity > 0) {
        errno = EINVAL;
        return 0;
    }
    if (n == 0 || capacity < n) return n;
    pascal::detail::fill_row(n, out);
    return n;
}

uint32_t* pascal_triangle(size_t rows, size_t* size_out) noexcept {
    if (size_out == nullptr) {
        errno = EINVAL;
        return nullptr;
    }
    *size_out = 0;
    if (rows == 0) return nullptr;
    size_t entries = 0;
    if (!triangle_entries(rows, &entries)) {
        errno = ENOMEM;
        return nullptr;
    }
    return allocate_and_fill(entries, size_out,
                             [rows](uint32_t* out) noexcept { pascal::detail::fill_triangle(rows, out); });
}

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

}  // extern "C"
