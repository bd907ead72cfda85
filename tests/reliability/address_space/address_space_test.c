/* Large arrays under an address-space limit (RLIMIT_AS): memory that malloc
 * holds free after earlier frees serves a large row when no new mapping can
 * be had, and the array goes back to malloc when it is freed. Arrays of
 * 32 MiB and more are mapped by the library itself (src/array_memory.cpp),
 * so without the fallback to malloc this process reports ENOMEM for a row
 * that a plain malloc of the same size gets.
 *
 * glibc's malloc keeps freed heap memory while a live block above it stops
 * the heap from shrinking: that is the state this program makes, then it
 * allows itself only 16 MiB of new address space. Linux only, and not under
 * a sanitizer or an emulator, whose allocators and mappings are their own. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "pascal/pascal.h"

static unsigned checks;
static unsigned failed;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        ++checks;                                                                    \
        if (!(cond)) {                                                               \
            ++failed;                                                                \
            fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
        }                                                                            \
    } while (0)

enum {
    block_bytes = 64 << 10, /* below glibc's mmap threshold: heap memory */
    blocks = 768,           /* 48 MiB that malloc keeps after they are freed */
    headroom = 16 << 20     /* new address space allowed: less than a large row's mapping */
};

#define ROW_N ((size_t)10000000)     /* 40 MB: mapped by the library, were there room */
#define TRIANGLE_ROWS ((size_t)4200) /* 8,822,100 entries, 35 MB: mapped too */

/* This process's address space in bytes, from /proc/self/status. */
static size_t address_space(void) {
    char line[256];
    size_t kib = 0;
    FILE* status = fopen("/proc/self/status", "r");
    if (status == NULL) return 0;
    while (fgets(line, sizeof line, status) != NULL) {
        if (sscanf(line, "VmSize: %zu kB", &kib) == 1) break;
    }
    fclose(status);
    return kib << 10;
}

/* Row n's first two and last entries, which do not depend on the kernel. */
static int looks_like_row(const uint32_t* row, size_t n) {
    return row[0] == 1 && row[n - 1] == 1 && row[1] == (uint32_t)(n - 1);
}

int main(void) {
    /* volatile: a compiler may drop a malloc whose block is only freed
     * (clang does), and then malloc would hold nothing. */
    static void* volatile heap[blocks];
    void* volatile fence;
    void* volatile plain;
    struct rlimit limit;
    size_t size = 0, i;
    int round;
    uint32_t* row;

    for (i = 0; i < blocks; ++i)
        heap[i] = malloc(block_bytes);
    fence = malloc(block_bytes);
    for (i = 0; i < blocks; ++i)
        free(heap[i]);

    limit.rlim_cur = address_space() + headroom;
    limit.rlim_max = RLIM_INFINITY;
    if (fence == NULL || limit.rlim_cur == headroom || setrlimit(RLIMIT_AS, &limit) != 0) {
        fprintf(stderr, "could not set up the address-space limit\n");
        return 1;
    }

    /* The premise: malloc can serve a row this large here. */
    plain = malloc(ROW_N * sizeof(uint32_t));
    CHECK(plain != NULL);
    free(plain);

    /* Three rounds: each array must go back to malloc when freed, or the
     * next does not fit. */
    for (round = 0; round < 3; ++round) {
        errno = 0;
        row = pascal_row(ROW_N, &size);
        CHECK(row != NULL && size == ROW_N && errno == 0);
        if (row != NULL) CHECK(looks_like_row(row, ROW_N));
        deallocate_vec(row, size);

        row = pascal_triangle(TRIANGLE_ROWS, &size);
        CHECK(row != NULL && size == TRIANGLE_ROWS * (TRIANGLE_ROWS + 1) / 2);
        if (row != NULL) CHECK(looks_like_row(row + size - TRIANGLE_ROWS, TRIANGLE_ROWS));
        deallocate_vec(row, size);
    }

    /* More than malloc holds and more than may be mapped: ENOMEM as ever. */
    errno = 0;
    size = 12345;
    row = pascal_row(4 * ROW_N, &size);
    CHECK(row == NULL && errno == ENOMEM && size == 0);

    free(fence);
    printf("%u passed, %u failed\n", checks - failed, failed);
    return failed != 0;
}
