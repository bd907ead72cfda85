// The extern "C" boundary: argument checks, allocation and errno. Every
// function is noexcept and catches everything, so no C++ exception can reach
// a C caller (the kernel cannot throw today; the guard keeps it that way).
#include "pascal/pascal.h"

#include <cerrno>
#include <cstdlib>

#include "row_kernel.hpp"

namespace {

constexpr std::size_t max_entries = static_cast<std::size_t>(-1) / sizeof(std::uint32_t);

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
    if (n > max_entries) {
        errno = ENOMEM;
        return nullptr;
    }
    try {
        // malloc, not new: it reports failure without throwing, and
        // deallocate_vec() pairs it with free().
        auto* row = static_cast<uint32_t*>(std::malloc(n * sizeof(uint32_t)));
        if (row == nullptr) {
            errno = ENOMEM;
            return nullptr;
        }
        pascal::detail::fill_row(n, row);
        *size_out = n;
        return row;
    } catch (...) {
        errno = ENOMEM;
        return nullptr;
    }
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
    try {
        pascal::detail::fill_row(n, out);
        return n;
    } catch (...) {
        errno = EINVAL;
        return 0;
    }
}

}  // extern "C"
