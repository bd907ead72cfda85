/* The library inside a wheel, checked on its own architecture where no Python
 * of that architecture can be had here (riscv64 on Debian 12, Windows): built
 * for the target, run under qemu-user or wine, it opens the file by absolute
 * path as the package's loader does, and checks what the Python suite checks
 * first: the version's major, rows against the recurrence (mod 2^32), the
 * triangle, entries and ranges against those rows, and the errors.
 *   wheel_library_check PATH MAJOR
 * Prints one line and exits 0, or names the first difference and exits 1.
 * The function types come from pascal.h (__typeof__), never retyped. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pascal/pascal.h"

#ifdef _WIN32
#include <windows.h>
typedef HMODULE library_t;
static library_t open_library(const char* path) { return LoadLibraryA(path); }
static void* symbol(library_t library, const char* name) {
    /* FARPROC to void*: the documented way to hold a function from a DLL. */
    void* found;
    FARPROC proc = GetProcAddress(library, name);
    memcpy(&found, &proc, sizeof found);
    return found;
}
#else
#include <dlfcn.h>
typedef void* library_t;
static library_t open_library(const char* path) { return dlopen(path, RTLD_NOW | RTLD_LOCAL); }
static void* symbol(library_t library, const char* name) { return dlsym(library, name); }
#endif

static int failures;

static void check(int ok, const char* what, unsigned long long n, unsigned long long k) {
    if (!ok && failures++ < 10) fprintf(stderr, "wheel_library_check: %s (n = %llu, k = %llu)\n", what, n, k);
}

#define BIND(name)                                                               \
    __typeof__(name)* name##_ = NULL;                                            \
    {                                                                            \
        void* found_ = symbol(library, #name);                                   \
        if (!found_) {                                                           \
            fprintf(stderr, "wheel_library_check: %s is not exported\n", #name); \
            return 1;                                                            \
        }                                                                        \
        memcpy(&name##_, &found_, sizeof found_);                                \
    }

int main(int argc, char** argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: wheel_library_check PATH MAJOR\n");
        return 2;
    }
    library_t library = open_library(argv[1]);
    if (!library) {
        fprintf(stderr, "wheel_library_check: cannot open %s\n", argv[1]);
        return 1;
    }
    BIND(pascal_version_number)
    BIND(pascal_version_string)
    BIND(pascal_row)
    BIND(deallocate_vec)
    BIND(pascal_triangle_into)
    BIND(pascal_entry)
    BIND(pascal_row_range)
    BIND(pascal_row_alloc)
    BIND(pascal_array_free)

    unsigned long major = strtoul(argv[2], NULL, 10);
    check(pascal_version_number_() / 10000 == major, "the major version", pascal_version_number_(), major);

    /* Rows 0..300 against the recurrence, whose uint32_t sums wrap mod 2^32. */
    enum { ROWS = 300 };
    static uint32_t expected[ROWS + 1][ROWS + 1];
    static uint32_t triangle[ROWS * (ROWS + 1) / 2];
    expected[1][0] = 1;
    for (size_t n = 2; n <= ROWS; ++n) {
        expected[n][0] = expected[n][n - 1] = 1;
        for (size_t k = 1; k + 1 < n; ++k)
            expected[n][k] = expected[n - 1][k - 1] + expected[n - 1][k];
    }
    check(pascal_triangle_into_(ROWS, triangle, sizeof triangle / sizeof triangle[0]) ==
              sizeof triangle / sizeof triangle[0],
          "pascal_triangle_into's count", ROWS, 0);
    for (size_t n = 0; n <= ROWS; ++n) {
        size_t size = 99;
        uint32_t* row = pascal_row_(n, &size);
        check(size == n && (n == 0 || row != NULL), "pascal_row's size", n, size);
        for (size_t k = 0; row && k < n; ++k) {
            check(row[k] == expected[n][k], "pascal_row", n, k);
            check(triangle[n * (n - 1) / 2 + k] == expected[n][k], "pascal_triangle_into", n, k);
            uint32_t entry = 0;
            check(pascal_entry_(n, k, &entry) == 0 && entry == expected[n][k], "pascal_entry", n, k);
        }
        if (n >= 3) {
            uint32_t range[2];
            check(pascal_row_range_(n, n / 2, range, 2) == 2 && range[0] == expected[n][n / 2] &&
                      range[1] == expected[n][n / 2 + 1],
                  "pascal_row_range", n, n / 2);
        }
        deallocate_vec_(row, size);
    }

    /* A row far past what could be allocated: entries still come from the
     * ends (C(n-1, 1) = n-1 mod 2^32), and the errors are the header's. */
    const uint64_t huge = UINT64_C(1) << 62;
    uint32_t entry = 0;
    check(pascal_entry_(huge, 1, &entry) == 0 && entry == (uint32_t)(huge - 1), "pascal_entry of row 2^62", huge, 1);
    check(pascal_entry_(5, 5, &entry) == EDOM, "pascal_entry(5, 5) is EDOM", 5, 5);
    pascal_array array = {NULL, 0};
    check(pascal_row_alloc_((size_t)-1, &array) == ENOMEM, "pascal_row_alloc(SIZE_MAX) is ENOMEM", 0, 0);
    check(pascal_row_alloc_(10, &array) == 0 && array.size == 10 && array.data[4] == 126, "pascal_row_alloc", 10, 4);
    pascal_array_free_(&array);

    if (failures) return 1;
    printf("%s: libpascal %s, rows 0..%d, entries, ranges and errors as the header says\n", argv[1],
           pascal_version_string_(), ROWS);
    return 0;
}
