// Where a returned array lives. Small arrays come from malloc, whose free
// lists make a second row of the same size cheap. Large ones (32 MiB and up,
// where glibc's malloc maps fresh memory for every call anyway) are mapped
// here, aligned to 2 MiB and marked MADV_HUGEPAGE: the kernel then faults
// them in 2 MiB at a time instead of 4 KiB, which is most of what a fresh
// row costs (pascal_row(10^7) took 61x pascal_row_into into a warm buffer
// with malloc's 4 KiB pages). deallocate_vec() unmaps them again, which is
// why it takes the length: no huge-page mark is ever left on memory malloc
// will reuse (numpy#31590: a THP mark left on heap memory after free stalls
// later page faults of unrelated allocations).
//
// When no mapping can be had (an RLIMIT_AS near its end, a full address
// space), a large array comes from malloc after all: free memory that malloc
// holds from earlier frees may still serve it. Such an array never starts on
// a huge-page boundary, and a mapped one always does: that is how
// free_array() tells them apart.
//
// PASCAL_HUGEPAGES=0 in the environment skips the mark (the mapping stays),
// as NUMPY_MADVISE_HUGEPAGE=0 does for numpy. Without Linux's mmap and
// MADV_HUGEPAGE (Windows, macOS), every array comes from malloc.
#include "array_memory.hpp"

#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <cstring>

#if defined(__linux__)
#include <sys/mman.h>
#endif
#if defined(__linux__) && defined(MADV_HUGEPAGE)
#define PASCAL_MAP_LARGE_ARRAYS 1
#else
#define PASCAL_MAP_LARGE_ARRAYS 0
#endif

namespace pascal::detail {
namespace {

#if PASCAL_MAP_LARGE_ARRAYS
// The transparent huge page size of x86-64 and of aarch64 with 4 KiB pages.
// Elsewhere the alignment is merely generous and the mark still applies.
constexpr std::size_t huge_page = std::size_t{2} << 20;
// glibc's largest mmap threshold on 64-bit targets (DEFAULT_MMAP_THRESHOLD_MAX):
// from here on malloc maps fresh memory every time, so mapping it ourselves
// loses nothing malloc would have reused.
constexpr std::size_t mapped_from = std::size_t{32} << 20;

bool is_mapped(std::size_t bytes) noexcept { return bytes >= mapped_from; }

// The mapping is whole huge pages, so that its last one can be huge too.
std::size_t mapping_bytes(std::size_t bytes) noexcept { return (bytes + huge_page - 1) & ~(huge_page - 1); }

bool huge_pages_wanted() noexcept {
    const char* setting = std::getenv("PASCAL_HUGEPAGES");
    return setting == nullptr || std::strcmp(setting, "0") != 0;
}

// Maps `size` bytes (a multiple of huge_page) at a huge_page boundary: a
// mapping one huge page longer, whose unaligned head and tail are unmapped.
void* map_aligned(std::size_t size) noexcept {
    void* reserved = mmap(nullptr, size + huge_page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (reserved == MAP_FAILED) return nullptr;
    const auto start = reinterpret_cast<std::uintptr_t>(reserved);
    const std::uintptr_t aligned = (start + huge_page - 1) & ~std::uintptr_t{huge_page - 1};
    const std::size_t head = aligned - start;
    if (head != 0) munmap(reserved, head);
    munmap(reinterpret_cast<void*>(aligned + size), huge_page - head);
    return reinterpret_cast<void*>(aligned);
}

bool on_huge_page_boundary(const void* data) noexcept {
    return reinterpret_cast<std::uintptr_t>(data) % huge_page == 0;
}

// A large array from malloc, for when map_aligned() fails. The array starts
// one or two max_align_t past malloc's block (two if one would put it on a
// huge-page boundary); the size_t just before it says which, for free.
constexpr std::size_t step = alignof(std::max_align_t);

void* allocate_unmapped(std::size_t bytes) noexcept {
    // bytes fits in a ptrdiff_t, so the sum cannot wrap.
    auto* block = static_cast<unsigned char*>(std::malloc(bytes + 2 * step));
    if (block == nullptr) return nullptr;
    std::size_t offset = step;
    if (on_huge_page_boundary(block + offset)) offset += step;
    std::memcpy(block + offset - sizeof offset, &offset, sizeof offset);
    return block + offset;
}

void free_unmapped(void* data) noexcept {
    std::size_t offset = 0;
    std::memcpy(&offset, static_cast<unsigned char*>(data) - sizeof offset, sizeof offset);
    std::free(static_cast<unsigned char*>(data) - offset);
}
#endif

}  // namespace

std::uint32_t* allocate_array(std::size_t entries) noexcept {
    const std::size_t bytes = entries * sizeof(std::uint32_t);
    const int saved_errno = errno;  // a success leaves errno as it was
    void* data = nullptr;
#if PASCAL_MAP_LARGE_ARRAYS
    if (is_mapped(bytes)) {
        const std::size_t size = mapping_bytes(bytes);
        data = map_aligned(size);
        if (data == nullptr) {
            data = allocate_unmapped(bytes);
        } else if (huge_pages_wanted()) {
            // Refused (THP disabled, an old kernel): plain pages, still correct.
            madvise(data, size, MADV_HUGEPAGE);
        }
    } else
#endif
    {
        // malloc, not new: it reports failure without throwing.
        data = std::malloc(bytes);
    }
    errno = saved_errno;
    return static_cast<std::uint32_t*>(data);
}

void free_array(std::uint32_t* data, std::size_t entries) noexcept {
    if (data == nullptr) return;
#if PASCAL_MAP_LARGE_ARRAYS
    const std::size_t bytes = entries * sizeof(std::uint32_t);
    if (is_mapped(bytes)) {
        if (!on_huge_page_boundary(data)) {
            free_unmapped(data);
            return;
        }
        const int saved_errno = errno;
        munmap(data, mapping_bytes(bytes));
        errno = saved_errno;
        return;
    }
#else
    static_cast<void>(entries);
#endif
    std::free(data);
}

}  // namespace pascal::detail
